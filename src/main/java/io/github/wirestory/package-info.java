/**
 * The entry point: {@link io.github.wirestory.WireStoryParser} turns a wire story into a
 * {@link io.github.wirestory.WireStory}.
 *
 * <pre>{@code
 * WireStory story = WireStoryParser.defaults().parse(text);
 * story.dateline().ifPresent(d -> log.info(d.text()));
 * }</pre>
 */
@NullMarked
package io.github.wirestory;

import org.jspecify.annotations.NullMarked;
