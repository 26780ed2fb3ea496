package io.github.wirestory.model;

import java.util.Objects;

/**
 * A piece of text that a cleaner (or the parser) removed or rewrote, so that nothing disappears silently.
 *
 * <pre>{@code
 * story.removed().forEach(r -> log.info(r.cleaner() + " removed " + r.text()));
 * // page-noise removed Oops!
 * }</pre>
 *
 * @param cleaner the name of the cleaner (or parser step) that made the change
 * @param text the text as it was before the change
 * @param replacement what replaced it; empty for a plain removal
 */
public record Removal(String cleaner, String text, String replacement) {
    /**
     * Validates the components.
     *
     * @param cleaner the name of the cleaner (or parser step) that made the change
     * @param text the text as it was before the change
     * @param replacement what replaced it; empty for a plain removal
     * @throws NullPointerException if any component is null
     */
    public Removal {
        Objects.requireNonNull(cleaner, "cleaner");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(replacement, "replacement");
    }

    /**
     * Whether the text was deleted rather than rewritten.
     *
     * @return true when {@link #replacement()} is empty
     */
    public boolean isDeletion() {
        return replacement.isEmpty();
    }
}
