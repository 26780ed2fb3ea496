package io.github.wirestory;

/**
 * The input is longer than the parser's configured limit ({@link WireStoryParser.Builder#maxInputLength(int)}).
 *
 * <pre>{@code
 * catch (InputTooLargeException e) { log.warn(e.length() + " chars > limit " + e.limit()); }
 * }</pre>
 */
public final class InputTooLargeException extends WireStoryException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;
    /** The configured limit, in chars. */
    private final int limit;
    /** The rejected input's length, in chars. */
    private final int length;

    /**
     * @param limit the configured limit, in chars
     * @param length the input's length, in chars
     */
    public InputTooLargeException(int limit, int length) {
        super("input of " + length + " chars exceeds maxInputLength " + limit
                + " (raise it with WireStoryParser.builder().maxInputLength(n))", null);
        this.limit = limit;
        this.length = length;
    }

    /**
     * The configured limit.
     *
     * @return the limit, in chars
     */
    public int limit() {
        return limit;
    }

    /**
     * The rejected input's length.
     *
     * @return the length, in chars
     */
    public int length() {
        return length;
    }
}
