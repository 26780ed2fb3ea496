package io.github.wirestory.internal.clean;

/**
 * Per-thread reuse of the cleaners' working {@link StringBuilder}, so that a cleaner that rewrites the text
 * allocates little more than the result (the same technique as jsoup's {@code StringUtil.borrowBuilder}).
 * Nothing large is retained: a builder over {@value #MAX_KEPT} chars is left to the garbage collector.
 * Borrowing is reentrant-safe: a builder is out of the pool while it is borrowed.
 */
final class Reuse {
    static final int MAX_KEPT = 1 << 16;
    private static final ThreadLocal<StringBuilder> BUILDER = new ThreadLocal<>();

    private Reuse() {}

    /**
     * An empty builder with room for {@code capacity} chars.
     *
     * @param capacity the expected length
     * @return this thread's pooled builder, or a new one
     */
    static StringBuilder builder(int capacity) {
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
        StringBuilder sb = BUILDER.get();
        if (sb == null) {
            if (!wide) {
                return new StringBuilder(capacity);
            }
            StringBuilder utf16 = new StringBuilder("\u0100");
            utf16.setLength(0);
            utf16.ensureCapacity(capacity);
            return utf16;
        }
        BUILDER.set(null);
        sb.ensureCapacity(capacity);
        return sb;
    }

    /**
     * The builder's text; the builder goes back to the pool.
     *
     * @param sb a builder from {@link #builder(int)}
     * @return its text
     */
    static String finish(StringBuilder sb) {
        String s = sb.toString();
        if (sb.capacity() <= MAX_KEPT) {
            sb.setLength(0);
            BUILDER.set(sb);
        }
        return s;
    }
}
