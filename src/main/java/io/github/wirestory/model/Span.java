package io.github.wirestory.model;

/**
 * A half-open range {@code [begin, end)} of character offsets into {@link io.github.wirestory.WireStory#text()}.
 *
 * <pre>{@code
 * Quote q = story.quotes().get(0);
 * String same = story.text().substring(q.span().begin(), q.span().end()); // equals q.text()
 * }</pre>
 *
 * @param begin offset of the first character, inclusive
 * @param end offset after the last character, exclusive
 */
public record Span(int begin, int end) {
    /**
     * Validates the range.
     *
     * @param begin offset of the first character, inclusive
     * @param end offset after the last character, exclusive
     * @throws IllegalArgumentException if {@code begin < 0} or {@code end < begin}
     */
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("invalid span [" + begin + ", " + end + ")");
        }
    }

    /**
     * Creates a span.
     *
     * @param begin inclusive start offset
     * @param end exclusive end offset
     * @return the span
     */
    public static Span of(int begin, int end) {
        return new Span(begin, end);
    }

    /**
     * The number of characters covered.
     *
     * @return {@code end - begin}
     */
    public int length() {
        return end - begin;
    }

    /**
     * Whether this span lies entirely within {@code other}.
     *
     * @param other the enclosing candidate
     * @return true if {@code other.begin <= begin && end <= other.end}
     */
    public boolean isWithin(Span other) {
        return other.begin <= begin && end <= other.end;
    }
}
