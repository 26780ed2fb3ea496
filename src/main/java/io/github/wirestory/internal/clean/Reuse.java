package io.github.wirestory.internal.clean;

/**
 * Per-thread reuse of the cleaners' working {@link StringBuilder}s, so that a cleaner that rewrites the text
 * allocates little more than the result (the same technique as jsoup's {@code StringUtil.borrowBuilder}).
 * Nothing large is retained: a builder over {@value #MAX_KEPT} chars is left to the garbage collector. As in
 * jsoup's pool, a returned builder is emptied ({@code setLength(0)}), not zeroed: zeroing cost about 4% of a
 * parse, and the stale chars are no string and never read again. Borrowing is reentrant-safe: a builder is out
 * of the pool while it is borrowed.
 */
public final class Reuse {
    static final int MAX_KEPT = 1 << 16;
    /** Builders kept per thread: a cleaner chain passes its text between two. */
    private static final int KEPT = 2;
    private static final ThreadLocal<StringBuilder[]> BUILDERS = ThreadLocal.withInitial(() -> new StringBuilder[KEPT]);

    private Reuse() {}

    /**
     * An empty builder with room for {@code capacity} chars.
     *
     * @param capacity the expected length
     * @return this thread's pooled builder, or a new one
     */
    public static StringBuilder builder(int capacity) {
        return builder(capacity, false);
    }

    /**
     * An empty builder with room for {@code capacity} chars.
     *
     * @param capacity the expected length
     * @param wide whether the text will hold chars beyond Latin-1: a new builder then starts in UTF-16, so it is
     *     not allocated twice (Latin-1, then widened on the first such char)
     * @return this thread's pooled builder, or a new one
     */
    static StringBuilder builder(int capacity, boolean wide) {
        StringBuilder[] pool = BUILDERS.get();
        for (int i = 0; i < KEPT; i++) {
            StringBuilder sb = pool[i];
            if (sb != null) {
                pool[i] = null;
                sb.ensureCapacity(capacity);
                return sb;
            }
        }
        if (!wide) {
            return new StringBuilder(capacity);
        }
        StringBuilder utf16 = new StringBuilder("\u0100");
        utf16.setLength(0);
        utf16.ensureCapacity(capacity);
        return utf16;
    }

    /**
     * An empty builder, with whatever room it has: a cleaner that writes to it makes room with {@link #reserve}
     * first, so a text that no cleaner changes never needs a builder of its size.
     *
     * @return this thread's pooled builder, or a new one
     */
    public static StringBuilder borrow() {
        StringBuilder[] pool = BUILDERS.get();
        for (int i = 0; i < KEPT; i++) {
            StringBuilder sb = pool[i];
            if (sb != null) {
                pool[i] = null;
                return sb;
            }
        }
        return new StringBuilder(0);
    }

    /**
     * Makes room in the empty builder {@code out} for a text as long as {@code text}, before the first write. A
     * builder that must grow for a text with chars beyond Latin-1 is made UTF-16 while it is empty, so that its
     * array is allocated once, at the width it will need (not in Latin-1 and then again, twice as large).
     *
     * @param out an empty builder from {@link #borrow}
     * @param text the text about to be cleaned into it
     */
    public static void reserve(StringBuilder out, CharSequence text) {
        reserve(out, text, c -> true);
    }

    /**
     * {@link #reserve(StringBuilder, CharSequence)} for a cleaner that drops or replaces some chars beyond Latin-1:
     * the builder is made UTF-16 only for a char that it keeps.
     *
     * @param out an empty builder from {@link #borrow}
     * @param text the text about to be cleaned into it
     * @param kept whether a char beyond Latin-1 may stay in the output
     */
    static void reserve(StringBuilder out, CharSequence text, java.util.function.IntPredicate kept) {
        int n = text.length();
        if (out.capacity() >= n) {
            return;
        }
        if (out.length() == 0 && hasWide(text, kept)) {
            out.trimToSize(); // nothing to copy when it widens
            out.append('\u0100');
            out.setLength(0);
        }
        out.ensureCapacity(n);
    }

    /** Whether some char of the text is beyond Latin-1. */
    static boolean hasWide(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) > 0xFF) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWide(CharSequence text, java.util.function.IntPredicate kept) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c > 0xFF && kept.test(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The builder's text; the builder goes back to the pool.
     *
     * @param sb a builder from {@link #builder(int)}
     * @return its text
     */
    public static String finish(StringBuilder sb) {
        String s = sb.toString();
        release(sb);
        return s;
    }

    /**
     * Gives a builder back to the pool without reading it.
     *
     * @param sb a builder from {@link #builder(int)}
     */
    public static void release(StringBuilder sb) {
        if (sb.capacity() > MAX_KEPT) {
            return;
        }
        sb.setLength(0);
        StringBuilder[] pool = BUILDERS.get();
        for (int i = 0; i < KEPT; i++) {
            if (pool[i] == null) {
                pool[i] = sb;
                return;
            }
        }
    }
}
