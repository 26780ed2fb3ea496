package io.github.wirestory.internal;

/**
 * Regions of a text read in place, without copies: bounds without their leading or trailing white space
 * ({@link Character#isWhitespace}, as {@link String#strip()} trims), the words of a short text between single
 * spaces, and comparisons of a region, lower-cased, with a lower-case ASCII word.
 */
public final class Regions {
    private Regions() {}

    /**
     * Where {@code s[b, e)} starts once its leading white space is skipped.
     *
     * @param s the text
     * @param b where the region starts
     * @param e where it ends
     * @return the first index of the region that is no white space, or {@code e}
     */
    public static int stripBegin(CharSequence s, int b, int e) {
        while (b < e && Character.isWhitespace(s.charAt(b))) {
            b++;
        }
        return b;
    }

    /**
     * Where {@code s[b, e)} ends once its trailing white space is dropped.
     *
     * @param s the text
     * @param b where the region starts
     * @param e where it ends
     * @return the end without trailing white space, at least {@code b}
     */
    public static int stripEnd(CharSequence s, int b, int e) {
        while (e > b && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /**
     * Whether {@code s[from, to)} starts with {@code lower} (ASCII, lower case) once lower-cased:
     * {@code s.substring(from, to).toLowerCase(Locale.ROOT).startsWith(lower)}, without the copies. Exact for
     * ASCII text; for other text as long as {@code lower} has no {@code k} (the Kelvin sign lower-cases to it)
     * and no {@code i} last (so does the dotted capital I, followed by a combining dot).
     *
     * @param s the text
     * @param from where the region starts
     * @param to where it ends
     * @param lower the word, lower-case ASCII
     * @return whether the region starts with it
     */
    public static boolean startsLower(String s, int from, int to, String lower) {
        if (to - from < lower.length()) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            char c = s.charAt(from + k);
            char p = lower.charAt(k);
            if (c != p && !(p >= 'a' && p <= 'z' && c == p - ('a' - 'A'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code s[from, to)}, lower-cased, ends with {@code lower}; as {@link #startsLower}.
     *
     * @param s the text
     * @param from where the region starts
     * @param to where it ends
     * @param lower the word, lower-case ASCII
     * @return whether the region ends with it
     */
    public static boolean endsLower(String s, int from, int to, String lower) {
        return to - from >= lower.length() && startsLower(s, to - lower.length(), to, lower);
    }

    /**
     * Where {@code s[from, to)}, lower-cased, first holds {@code lower}; as {@link #startsLower}.
     *
     * @param s the text
     * @param from where the region starts
     * @param to where it ends
     * @param lower the word, lower-case ASCII
     * @return its first index in the region, or -1
     */
    public static int indexOfLower(String s, int from, int to, String lower) {
        for (int i = from; i <= to - lower.length(); i++) {
            if (startsLower(s, i, to, lower)) {
                return i;
            }
        }
        return -1;
    }

    /** A test of one word, {@code s[b, e)}. */
    @FunctionalInterface
    public interface WordTest {
        /**
         * Tests a word.
         *
         * @param s the text
         * @param b where the word starts
         * @param e where it ends
         * @return whether the word passes
         */
        boolean test(String s, int b, int e);
    }

    /**
     * Whether the words of {@code s.split(" ")} (trailing spaces dropped), read in place, are at most
     * {@code maxWords} and all pass {@code test}; an empty word (two spaces in a row, a leading space) fails, and so
     * does a text of no word (empty, or only spaces).
     *
     * @param s the text
     * @param maxWords the most words allowed
     * @param test the test each word must pass
     * @return whether the text is such words
     */
    public static boolean words(String s, int maxWords, WordTest test) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        int words = 0;
        for (int b = 0; b <= end; ) {
            int space = s.indexOf(' ', b);
            int e = space < 0 || space > end ? end : space;
            if (++words > maxWords || b == e || !test.test(s, b, e)) {
                return false;
            }
            b = e + 1;
        }
        return true;
    }
}
