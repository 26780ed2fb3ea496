package io.github.wirestory.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A direct quote: the words between quotation marks, without the marks.
 *
 * <pre>{@code
 * for (Quote q : story.quotes()) {
 *     assert story.text().substring(q.span().begin(), q.span().end()).equals(q.text());
 * }
 * }</pre>
 *
 * @param text the quoted words, verbatim, without the enclosing marks
 * @param span where the words stand in {@link io.github.wirestory.WireStory#text()}; for a quote that runs
 *     over several paragraphs, from its first word to its last
 * @param paragraph index of the paragraph where the quote opens; {@code -1} for the headline
 * @param source who the quote is attributed to, when an attribution was found
 * @param cue the attribution cue, such as {@code "said"}, when an attribution was found
 * @param hasEllipsis whether the quote contains an ellipsis ({@code ...} or {@code …}), marking an omission
 * @param hasEditorialBrackets whether the quote contains editorial brackets such as {@code serve[d]}
 */
public record Quote(
        String text,
        Span span,
        int paragraph,
        Optional<Source> source,
        Optional<String> cue,
        boolean hasEllipsis,
        boolean hasEditorialBrackets) {

    /**
     * Validates the components.
     *
     * @param text the quoted words, verbatim, without the enclosing marks
     * @param span where the words stand in {@link io.github.wirestory.WireStory#text()}; for a quote that runs over several paragraphs, from its first word to its last
     * @param paragraph index of the paragraph where the quote opens; {@code -1} for the headline
     * @param source who the quote is attributed to, when an attribution was found
     * @param cue the attribution cue, such as {@code "said"}, when an attribution was found
     * @param hasEllipsis whether the quote contains an ellipsis ({@code ...} or {@code …}), marking an omission
     * @param hasEditorialBrackets whether the quote contains editorial brackets such as {@code serve[d]}
     * @throws NullPointerException if any component is null
     */
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cue, "cue");
    }
}
