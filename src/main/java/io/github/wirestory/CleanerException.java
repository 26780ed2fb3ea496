package io.github.wirestory;

import java.util.Objects;

/**
 * A cleaner in the chain threw an exception or returned {@code null}. The parse is abandoned; the message and
 * {@link #cleanerName()} name the cleaner, and {@link #getCause()} holds what it threw.
 *
 * <pre>{@code
 * catch (CleanerException e) { log.error("cleaner " + e.cleanerName() + " failed", e); }
 * }</pre>
 */
public final class CleanerException extends WireStoryException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;
    /** The failing cleaner's name. */
    private final String cleanerName;

    /**
     * @param cleanerName the failing cleaner's name
     * @param message what went wrong
     * @param cause what the cleaner threw, or null
     */
    public CleanerException(String cleanerName, String message, Throwable cause) {
        super("cleaner '" + Objects.requireNonNull(cleanerName, "cleanerName") + "' " + message, cause);
        this.cleanerName = cleanerName;
    }

    /**
     * The name of the cleaner that failed.
     *
     * @return the cleaner's {@link io.github.wirestory.clean.Cleaner#name()}
     */
    public String cleanerName() {
        return cleanerName;
    }
}
