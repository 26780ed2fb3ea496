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
        StringBuilder sb = BUILDER.get();
        if (sb == null) {
            return new StringBuilder(capacity);
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
