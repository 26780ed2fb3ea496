package io.github.wirestory.model;

import java.util.Objects;

/**
 * One body paragraph of a story. The lede is paragraph 0, without its dateline.
 *
 * <pre>{@code
 * for (Paragraph p : story.paragraphs()) {
 *     log.info(p.index() + ": " + p.text());
 * }
 * }</pre>
 *
 * @param index 0-based position among the body paragraphs
 * @param text the paragraph's text; line breaks inside a hard-wrapped paragraph become single spaces
 * @param span where the paragraph stands in {@link io.github.wirestory.WireStory#text()}
 */
public record Paragraph(int index, String text, Span span) {
    /**
     * Validates the components.
     *
     * @param index 0-based position among the body paragraphs
     * @param text the paragraph's text; line breaks inside a hard-wrapped paragraph become single spaces
     * @param span where the paragraph stands in {@link io.github.wirestory.WireStory#text()}
     * @throws NullPointerException if any component is null
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
    }
}
