package io.github.wirestory.internal.attribution;

import io.github.wirestory.internal.Regions;
import java.util.List;
import java.util.Set;

/**
 * Finds direct quotes in one left-to-right pass over each unit. Quote marks: straight {@code "}, curly
 * {@code “ ”}, German {@code „ “}, guillemets {@code « »} {@code ‹ ›} (and the reversed German {@code » «}),
 * CJK {@code 「」 『』}, and single {@code ‘ ’} (straight {@code '} only in the headline). Apostrophes inside
 * words ({@code don't}, {@code Koreans'}) and elisions ({@code '90s}) are not marks. Marks of other families
 * inside an open quote are nested and stay part of it.
 *
 * <p>A quote still open at the end of a paragraph continues into the next paragraph when that paragraph opens
 * with a mark of the same family (the news convention for long quotes); otherwise the opening mark was stray
 * and is dropped, so an unbalanced mark never reaches past its paragraph. Quoted titles ("the song
 * "Arirang"", "an article headlined "..."") are not quotes.
 */
final class QuoteFinder {
    private static final Set<String> TITLE_CUES = Set.of("titled", "entitled", "headlined", "headline", "song",
            "songs", "film", "movie", "book", "album", "opera", "poem", "novel", "play", "documentary", "series",
            "column", "programme", "program", "show");

    /** {@link #TITLE_CUES} as an array: iterating it allocates nothing. */
    private static final String[] TITLE_CUE_LIST = TITLE_CUES.toArray(new String[0]);

    private QuoteFinder() {}

    private static final int NONE = 0;
    private static final int DOUBLE = 1;   // "..."
    private static final int CURLY = 2;    // “...” or „...“
    private static final int GUIL = 3;     // «...» or »...«
    private static final int SGUIL = 4;    // ‹...› or ›...‹
    private static final int CJK = 5;      // 「...」
    private static final int CJK2 = 6;     // 『...』
    private static final int SINGLE = 7;   // ‘...’ or '...'

    /** Finds quotes in the units, which must be in text order, adding them to {@code out} (empty); returns it. */
    static List<RawQuote> find(String text, List<Unit> units, List<RawQuote> out) {
        return find(text, units, out, false);
    }

    /**
     * {@link #find(String, List, List)}; with {@code everyChar} the body's paragraphs are read char by char, as the
     * headline always is, rather than from mark to mark with {@link Marks} (the same quotes: for tests).
     */
    static List<RawQuote> find(String text, List<Unit> units, List<RawQuote> out, boolean everyChar) {
        Marks marks = everyChar ? null : new Marks(text);
        int family = NONE;
        char closer = 0;
        char altCloser = 0;
        int open = -1;
        int openParagraph = 0;
        int skipTo = -1;      // where a unit read again starts
        int nested = 0;       // straight marks nested inside an open straight quote ("a "b" c")
        boolean flat = false; // after a failed nesting: a straight mark closes at once
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            boolean again = skipTo >= 0; // the unit is read again from its opening mark
            int i = again ? skipTo : unit.begin();
            skipTo = -1;
            boolean headline = unit.paragraph() < 0;
            if (family != NONE) {
                // continued from the previous paragraph: this one opens with a mark of the same family
                i = Regions.stripBegin(text, i, unit.end());
                i++; // the continuation mark, checked before we kept the quote open
            }
            boolean nestedHere = false;
            // the headline (where a straight single mark may open a quote) and a unit read again are read char by
            // char from an array (Marks only moves forward: searching back from each re-read would cost a search
            // to the text's end per mark and re-read); a paragraph goes from one mark that can open or close a
            // quote to the next, which Marks finds with the JDK's searches; the checks around a mark read the text
            boolean everyCharHere = marks == null || headline || again;
            int end = unit.end();
            int base = unit.begin();
            char[] cs = everyCharHere ? Tok.chars(text, base, Math.max(base, end)) : null;
            for (i = everyCharHere ? i : marks.next(i, end); i < end; i = everyCharHere ? i + 1 : marks.next(i + 1, end)) {
                char c = everyCharHere ? cs[i - base] : text.charAt(i);
                if (c != '"' && c != '\'' && c < '\u00AB') {
                    continue; // every mark below is one of these: most chars need no other test
                }
                if (family != NONE) {
                    if (family == DOUBLE && c == '"' && !flat && openerShaped(text, i, unit)) {
                        nested++; // '"The report on alleged "actual destruction" is fake", TASS said'
                        nestedHere = true;
                        continue;
                    }
                    if (family == DOUBLE && c == '"' && nested > 0) {
                        nested--;
                        continue;
                    }
                    if ((c == closer || c == altCloser) && isCloser(text, i, unit, family)) {
                        emit(text, open, i, openParagraph, out);
                        family = NONE;
                        continue;
                    }
                    if (c >= '\u201C' && opensSame(family, c) && isOpener(text, i, unit, headline, c)) {
                        open = i; // the earlier mark was stray: restart here
                        openParagraph = unit.paragraph();
                    }
                    continue;
                }
                if (!maybeOpener(c) || !isOpener(text, i, unit, headline, c)) {
                    continue;
                }
                family = familyOf(c);
                closer = closerOf(c);
                altCloser = c == '\u201E' ? '\u201D' : c == '\u201C' ? '\u201D' : closer;
                open = i;
                openParagraph = unit.paragraph();
                nested = 0;
            }
            if (family == DOUBLE && nestedHere && !flat && openParagraph == unit.paragraph()) {
                // the nesting did not balance within the paragraph: read it again from the opening mark with
                // every straight mark closing at once (each unit is read at most twice)
                family = NONE;
                nested = 0;
                flat = true;
                skipTo = open;
                u--;
                continue;
            }
            flat = false;
            if (family != NONE) {
                Unit next = u + 1 < units.size() ? units.get(u + 1) : null;
                if (next == null || headline || !continues(text, next, family)) {
                    family = NONE; // stray opening mark: dropped, never swallows the story
                }
            }
        }
        return out;
    }

    /**
     * The marks that matter in a body paragraph, each found with {@link String#indexOf(int, int)}: {@code "} and the
     * marks from U+00AB up ({@link #maybeOpener}'s, the closers and {@code \u201D}). A straight single mark opens
     * only in the headline, so it opens no quote a paragraph reads (a headline's quote ends with the headline), and
     * every other char a paragraph holds leaves the scan's state alone. Only the marks the story has are searched,
     * each from where the scan is; the next place of each is kept, so the text is searched about once per mark.
     * The places asked for never go back (a unit read again is read char by char), which keeps the searches linear:
     * each mark's searches cover disjoint stretches of the text.
     */
    private static final class Marks {
        private static final char[] ALL = {'"', '\u00AB', '\u00BB', '\u2018', '\u2019', '\u201C', '\u201D',
            '\u201E', '\u2039', '\u203A', '\u300C', '\u300D', '\u300E', '\u300F'};
        private final String text;
        private final char[] marks = new char[ALL.length];
        /** The next place of each mark at or after {@link #from}, or {@link Integer#MAX_VALUE} when none. */
        private final int[] at = new int[ALL.length];
        private int count;

        Marks(String text) {
            this.text = text;
            for (char m : ALL) {
                int k = text.indexOf(m);
                if (k >= 0) {
                    marks[count] = m;
                    at[count++] = k;
                }
            }
        }

        /**
         * The place of the first mark in {@code [i, end)}, or {@code end} when there is none; {@code i} is never
         * less than in the call before.
         */
        int next(int i, int end) {
            int best = end;
            for (int k = 0; k < count; k++) {
                int a = at[k];
                if (a < i) {
                    a = text.indexOf(marks[k], i);
                    at[k] = a = a < 0 ? Integer.MAX_VALUE : a;
                }
                if (a < best) {
                    best = a;
                }
            }
            return best;
        }
    }

    private static boolean continues(String text, Unit next, int family) {
        int j = Regions.stripBegin(text, next.begin(), next.end());
        if (j >= next.end()) {
            return false;
        }
        char c = text.charAt(j);
        switch (family) {
            case DOUBLE: return c == '"';
            case CURLY: return c == '\u201C' || c == '\u201E';
            case GUIL: return c == '\u00AB' || c == '\u00BB';
            case SGUIL: return c == '\u2039' || c == '\u203A';
            case CJK: return c == '\u300C';
            case CJK2: return c == '\u300E';
            default: return c == '\u2018';
        }
    }

    private static int familyOf(char c) {
        switch (c) {
            case '"': return DOUBLE;
            case '\u201C': case '\u201E': return CURLY;
            case '\u00AB': case '\u00BB': return GUIL;
            case '\u2039': case '\u203A': return SGUIL;
            case '\u300C': return CJK;
            case '\u300E': return CJK2;
            default: return SINGLE;
        }
    }

    private static char closerOf(char c) {
        switch (c) {
            case '"': return '"';
            case '\u201C': return '\u201D';
            case '\u201E': return '\u201C';
            case '\u00AB': return '\u00BB';
            case '\u00BB': return '\u00AB';
            case '\u2039': return '\u203A';
            case '\u203A': return '\u2039';
            case '\u300C': return '\u300D';
            case '\u300E': return '\u300F';
            case '\'': return '\'';
            default: return '\u2019';
        }
    }

    private static boolean opensSame(int family, char c) {
        return (family == CURLY && (c == '\u201C' || c == '\u201E')) || (family == CJK && c == '\u300C')
                || (family == CJK2 && c == '\u300E');
    }

    /** The marks {@link #isOpener} can accept: a cheap test before it reads the neighbours. */
    private static boolean maybeOpener(char c) {
        return c < 0x80 ? c == '"' || c == '\'' : c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '\u2039'
                || c == '\u00BB' || c == '\u203A' || c == '\u300C' || c == '\u300E' || c == '\u2018';
    }

    private static boolean isOpener(String text, int i, Unit unit, boolean headline, char c) {
        char next = i + 1 < unit.end() ? text.charAt(i + 1) : ' ';
        char prev = i > unit.begin() ? text.charAt(i - 1) : ' ';
        switch (c) {
            case '"':
            case '\u201C':
            case '\u201E':
            case '\u00AB':
            case '\u2039':
                return !Character.isWhitespace(next) || c == '\u00AB' || c == '\u2039';
            case '\u00BB':
            case '\u203A':
                // German reversed guillemets: »Wort« ; the mark hugs the next word, not the previous one
                return !Character.isWhitespace(next) && !Character.isLetterOrDigit(prev);
            case '\u300C':
            case '\u300E':
                return true;
            case '\u2018':
                return Character.isLetter(next) && !Character.isLetterOrDigit(prev);
            case '\'':
                return headline && Character.isLetter(next) && !Character.isLetterOrDigit(prev);
            default:
                return false;
        }
    }

    /** A straight mark that hugs the next word after a space: {@code  "word}. */
    private static boolean openerShaped(String text, int i, Unit unit) {
        char next = i + 1 < unit.end() ? text.charAt(i + 1) : ' ';
        char prev = i > unit.begin() ? text.charAt(i - 1) : ' ';
        return (Character.isWhitespace(prev) || prev == '(') && Character.isLetterOrDigit(next);
    }

    private static boolean isCloser(String text, int i, Unit unit, int family) {
        if (family != SINGLE) {
            return true;
        }
        // a single closing mark is an apostrophe when a letter follows (don't, Korea's)
        char next = i + 1 < unit.end() ? text.charAt(i + 1) : ' ';
        char prev = i > unit.begin() ? text.charAt(i - 1) : ' ';
        return !Character.isLetterOrDigit(next) && !Character.isWhitespace(prev);
    }

    private static void emit(String text, int open, int close, int paragraph, List<RawQuote> out) {
        int b = open + 1;
        int e = close;
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        if (e <= b || isTitle(text, open)) {
            return;
        }
        out.add(new RawQuote(open, close + 1, b, e, paragraph));
    }

    /** Whether the word before the opening mark (within 30 chars) introduces a title. */
    private static boolean isTitle(String text, int open) {
        int j = open - 1;
        int stop = Math.max(0, open - 30);
        while (j >= stop && (Character.isWhitespace(text.charAt(j)) || text.charAt(j) == ',' || text.charAt(j) == ':')) {
            j--;
        }
        int e = j + 1;
        while (j >= stop && Character.isLetter(text.charAt(j))) {
            j--;
        }
        if (e <= j + 1 || e - j - 1 > 11) {
            return false; // the longest title cue, "documentary", has 11 letters
        }
        for (String cue : TITLE_CUE_LIST) {
            if (cue.length() == e - j - 1 && text.regionMatches(true, j + 1, cue, 0, cue.length())) {
                return true; // compared in place: no substring per quote
            }
        }
        return false;
    }
}
