package io.github.wirestory.internal.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A token of story text: a word (letters and digits, with inner hyphens, apostrophes and dots, as in
 * {@code state-run}, {@code Korea's}, {@code U.S}) or one punctuation character.
 */
final class Tok {
    final int begin;
    final int end;
    final boolean word;
    /** Lower case, curly apostrophe folded to {@code '}. */
    final String norm;
    /** As written. */
    final String raw;
    /** Inside a direct quote. */
    boolean quoted;

    /** Shared one-character strings for punctuation and one-letter tokens, so hostile input allocates little. */
    private static final String[] PUNCT = new String[0x3100];

    private Tok(String text, int begin, int end, boolean word) {
        this.begin = begin;
        this.end = end;
        this.word = word;
        if (word && end - begin > MAX_SHARED) {
            this.raw = text.substring(begin, end);
            this.norm = raw.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        } else if (word && (end - begin > 1 || text.charAt(begin) >= 0x80)) {
            Word w = shared(text, begin, end);
            this.raw = w.raw;
            this.norm = w.norm;
        } else if (word) {
            char c = text.charAt(begin); // one ASCII letter or digit: shared strings, as for punctuation
            this.raw = one(c);
            this.norm = c >= 'A' && c <= 'Z' ? one((char) (c + ('a' - 'A'))) : raw;
        } else {
            this.raw = one(text.charAt(begin));
            this.norm = raw;
        }
    }

    /** Words up to this length share their strings through {@link #WORDS}. */
    private static final int MAX_SHARED = 24;
    /**
     * Recently seen words and their norms, by hash of the chars: common words ("the", "said", "Korea") then cost
     * no substring, no lower-casing and no re-hashing (a shared string keeps its hash). A slot holds the last word
     * that hashed to it; an immutable pair, so a racing thread sees a whole entry or another one (benign race, as
     * for {@link #PUNCT}). Holds at most 4,096 words of at most {@value #MAX_SHARED} chars.
     */
    private static final Word[] WORDS = new Word[4096];

    private record Word(String raw, String norm) {}

    private static Word shared(String text, int begin, int end) {
        int h = 0;
        for (int k = begin; k < end; k++) {
            h = 31 * h + text.charAt(k);
        }
        int slot = (h ^ (h >>> 12)) & (WORDS.length - 1);
        int n = end - begin;
        Word w = WORDS[slot];
        if (w != null && w.raw.length() == n && text.regionMatches(begin, w.raw, 0, n)) {
            return w;
        }
        String raw = text.substring(begin, end);
        w = new Word(raw, raw.replace('\u2019', '\'').toLowerCase(Locale.ROOT));
        WORDS[slot] = w;
        return w;
    }

    private static String one(char c) {
        String p = c < PUNCT.length ? PUNCT[c] : null;
        if (p == null) {
            p = String.valueOf(c);
            if (c < PUNCT.length) {
                PUNCT[c] = p; // benign race: any thread may fill a slot with an equal string
            }
        }
        return p;
    }

    boolean isCapitalized() {
        return word && (Character.isUpperCase(raw.charAt(0)) || Character.isDigit(raw.charAt(0))
                || (raw.length() > 3 && (raw.startsWith("al-") || raw.startsWith("el-"))
                    && Character.isUpperCase(raw.charAt(3)))); // "al-Mayadeen", "el-Sisi"
    }

    boolean is(String lower) {
        return norm.equals(lower);
    }

    boolean isPunct(char c) {
        return !word && raw.charAt(0) == c;
    }

    /** Norm without a possessive {@code 's} or {@code s'}. */
    String base() {
        if (norm.endsWith("'s")) {
            return norm.substring(0, norm.length() - 2);
        }
        return norm;
    }

    boolean possessive() {
        return norm.endsWith("'s") || (norm.endsWith("s'"));
    }

    @Override
    public String toString() {
        return raw;
    }

    private static boolean hasDot(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '.') {
                return true;
            }
        }
        return false;
    }

    /** Tokenises {@code text[begin, end)} in one pass. */
    static List<Tok> of(String text, int begin, int end) {
        List<Tok> out = new ArrayList<>(Math.min(1 << 16, (end - begin) / 4 + 4)); // about one token per 5 chars
        int i = begin;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < end) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                    } else if (d == '.' && j + 2 < end && Character.isLowerCase(text.charAt(j - 1))
                            && Character.isUpperCase(text.charAt(j + 1)) && Character.isLowerCase(text.charAt(j + 2))
                            && !hasDot(text, i, j)) {
                        break; // "the factory.Kim inspected": a lost space between sentences, not one word
                    } else if ((d == '-' || d == '\'' || d == '\u2019' || d == '.' || d == '&')
                            && j + 1 < end && Character.isLetterOrDigit(text.charAt(j + 1))) {
                        j += 2;
                    } else if ((d == '\'' || d == '\u2019') && text.charAt(j - 1) == 's'
                            && (j + 1 >= end || !Character.isLetterOrDigit(text.charAt(j + 1)))
                            && j - i > 2 && Character.isUpperCase(text.charAt(i))) {
                        j++; // plural possessive: Workers'
                        break;
                    } else {
                        break;
                    }
                }
                if (j < end && text.charAt(j) == '.' && hasDot(text, i, j)) {
                    j++; // U.S., U.N.: the final dot belongs to the abbreviation
                }
                out.add(new Tok(text, i, j, true));
                i = j;
            } else {
                out.add(new Tok(text, i, i + 1, false));
                i++;
            }
        }
        return out;
    }
}
