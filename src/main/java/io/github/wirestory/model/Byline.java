package io.github.wirestory.model;

import io.github.wirestory.internal.SealedList;
import java.util.List;
import java.util.Objects;

/**
 * The byline of a story, such as {@code By Kim Tong-Hyung, Associated Press}.
 *
 * <pre>{@code
 * story.byline().map(Byline::names).orElse(List.of()); // ["Kim Tong-Hyung"]
 * }</pre>
 *
 * @param text the byline exactly as written
 * @param names the people it names, in order
 * @param span where the byline stands in {@link io.github.wirestory.WireStory#text()}
 */
public record Byline(String text, List<String> names, Span span) {
    /**
     * Validates and copies the components.
     *
     * @param text the byline exactly as written
     * @param names the people it names, in order
     * @param span where the byline stands in {@link io.github.wirestory.WireStory#text()}
     * @throws NullPointerException if any component is null
     */
    public Byline {
        Objects.requireNonNull(text, "text");
        names = SealedList.keep(names, "names");
        Objects.requireNonNull(span, "span");
    }
}
