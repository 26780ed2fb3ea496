package io.github.wirestory;

/**
 * The base of every exception the library throws on purpose. Parsing text never fails for its content;
 * these exceptions report configuration errors, input over the configured size limit, and failing user
 * cleaners.
 *
 * <pre>{@code
 * try {
 *     story = parser.parse(text);
 * } catch (WireStoryException e) {
 *     log.warn("skipped story: " + e.getMessage());
 * }
 * }</pre>
 */
public class WireStoryException extends RuntimeException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param cause the underlying failure, or null
     */
    protected WireStoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
