/**
 * Quote finding, sentence splitting, the cue lexicon and source matching behind
 * {@link io.github.wirestory.WireStory#quotes()} and {@link io.github.wirestory.WireStory#claims()}.
 * Internal: do not depend on this package.
 */
package io.github.wirestory.internal.attribution;
