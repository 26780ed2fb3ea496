package io.github.wirestory.clean;

/**
 * Where a {@link Cleaner} reports what it removed or rewrote. The parser supplies the implementation and
 * attaches the cleaner's name to every report.
 *
 * <pre>{@code
 * Cleaner c = Cleaner.named("sponsored", (text, removals) -> {
 *     if (!text.contains("Sponsored\n")) return text;
 *     removals.removed("Sponsored");
 *     return text.replace("Sponsored\n", "");
 * });
 * }</pre>
 */
public interface Removals {

    /**
     * Reports text that was deleted.
     *
     * @param text the deleted text, as it was
     */
    void removed(String text);

    /**
     * Reports text that was rewritten.
     *
     * @param text the text as it was
     * @param replacement what it became
     */
    void replaced(String text, String replacement);
}
