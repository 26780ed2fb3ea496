package io.github.wirestory.model;

import java.util.Objects;

/**
 * A note about something the parser met and could not make sense of, or chose to skip.
 * Diagnostics never stop a parse; they explain an empty or partial result.
 *
 * <pre>{@code
 * story.diagnostics().forEach(d -> log.info(d.code() + ": " + d.message()));
 * }</pre>
 *
 * @param code a short stable code such as {@code "no-headline"} or {@code "unbalanced-quote"}
 * @param message a human-readable explanation
 */
public record Diagnostic(String code, String message) {
    /**
     * Validates the components.
     *
     * @param code a short stable code such as {@code "no-headline"} or {@code "unbalanced-quote"}
     * @param message a human-readable explanation
     * @throws NullPointerException if any component is null
     */
    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The diagnostic as one line, {@code code: message}.
     *
     * @return the line
     */
    @Override
    public String toString() {
        return code + ": " + message;
    }
}
