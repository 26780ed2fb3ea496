package io.github.wirestory.internal.clean;

import io.github.wirestory.clean.Removals;

/**
 * A built-in cleaner that reads any {@link CharSequence} and writes into a builder it is given, so that a chain of
 * such cleaners passes its text from builder to builder and makes one string at the end, not one per cleaner
 * that changes something. Its {@code clean(String, Removals)} gives the same text and removals.
 */
public interface BufferCleaner {
    /**
     * Cleans {@code text} into {@code out}.
     *
     * @param text the input (not changed)
     * @param out an empty builder for the output; its content is unspecified when this returns false
     * @param removals where removals are reported, as {@code clean(String, Removals)} reports them
     * @return whether the text changed: {@code out} then holds the whole cleaned text
     */
    boolean clean(CharSequence text, StringBuilder out, Removals removals);

    /**
     * A quick test, without copying: false when {@link #clean(CharSequence, StringBuilder, Removals)} would surely
     * change nothing (and report nothing), so no builder need be lent to it.
     *
     * @param text the input
     * @return whether cleaning might change the text
     */
    default boolean mayChange(CharSequence text) {
        return true;
    }

    /**
     * {@code clean(String, Removals)} on top of the buffered form: cleans {@code text} into {@code out} (a borrowed
     * {@link Reuse} builder) and returns the cleaned text, or {@code text} itself when nothing changed.
     *
     * @param cleaner the cleaner
     * @param text the input
     * @param out a builder from {@link Reuse#builder}, finished or released here
     * @param removals where removals are reported
     * @return the cleaned text
     */
    static String cleanString(BufferCleaner cleaner, String text, StringBuilder out, Removals removals) {
        if (cleaner.clean(text, out, removals)) {
            return Reuse.finish(out);
        }
        Reuse.release(out);
        return text;
    }
}
