package io.github.wirestory.model;

import java.util.Objects;

/**
 * One metadata value read from a page, with where it came from.
 *
 * <pre>{@code
 * MetaValue h = story.metadata().headline().orElseThrow();
 * h.value();   // "Kim Jong Un shows off missiles to Russian defense minister"
 * h.source();  // JSON_LD
 * h.key();     // "NewsArticle.headline"
 * }</pre>
 *
 * @param value the value, whitespace-collapsed (for the site suffix removed from a title: the value after removal)
 * @param source which kind of markup gave it
 * @param key the exact field, such as {@code "og:title"}, {@code "NewsArticle.headline"}, {@code "h1"}
 */
public record MetaValue(String value, MetaSource source, String key) {
    /**
     * Validates the components.
     *
     * @param value the value, whitespace-collapsed (for the site suffix removed from a title: the value after removal)
     * @param source which kind of markup gave it
     * @param key the exact field, such as {@code "og:title"}, {@code "NewsArticle.headline"}, {@code "h1"}
     * @throws NullPointerException if any component is null
     */
    public MetaValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(key, "key");
    }
}
