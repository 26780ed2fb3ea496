package io.github.wirestory.internal.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A token of story text: a word (letters and digits, with inner hyphens, apostrophes and dots, as in
 * {@code state-run}, {@code Korea's}, {@code U.S}) or one punctuation character.
 */
final class Tok {
    // not final: during an extraction, token objects are recycled from a per-thread pool (see Words)
    int begin;
    int end;
    boolean word;
    /** {@link #norm()}, or null until it is first asked for. */
    private String norm;
    /** {@link #raw()}, or null until it is first asked for. */
    private String raw;
    /**
     * The text the token was cut from, while its strings may still be made from it ({@link #raw()}, {@link #norm()}):
     * an ASCII word outside the vocabulary gets its strings only when a rule reads them.
     */
    private String text;
    /** For a token whose strings are made late: its norm is its raw form (lower-case ASCII, no curly apostrophe). */
    private boolean plain;
    /** For a word of the vocabulary whose strings are made late: its slot in {@link #VOCABULARY}; else -1. */
    private int vocab;
    /**
     * For a token whose strings are made late: a word with a non-ASCII char, in no word list, whose norm is
     * {@link #nonAsciiNorm} of its chars. Such a token is never compared in place (its strings are made first).
     */
    private boolean wide;
    /** The word can open a cue of {@code AttributionExtractor.sentence}: its norm is in {@link #SENTENCE_CUES}. */
    static final int CUE = 1;
    /** The norm is in {@link Lexicon#OUTLET_HEADS}. */
    static final int OUTLET_HEAD = 2;
    /** The norm is in {@link Lexicon#SPEAKER_VERBS}. */
    static final int SPEAKER_VERB = 4;
    /** The norm is in {@link Sentences#ABBREVIATIONS}. */
    static final int ABBREVIATION = 8;
    /** The norm is in {@link Lexicon#CARRYING}. */
    static final int CARRYING = 16;
    /** The norm is in {@link Lexicon#OTHER_REPORTS}. */
    static final int OTHER_REPORT = 32;
    /**
     * Not a word class: in {@link #unitSummary()}, the unit has an opening parenthesis token. Outside the bits of
     * the classes.
     */
    static final int OPEN_PAREN = 1 << 30;
    /** The word classes of the norm ({@link #CUE}, ...), found with the word in the vocabulary. */
    int classes;
    /**
     * {@link #KNOWN} plus the bit of each {@link Lexicon.WordSet} the norm is in (see {@link Lexicon.WordSet#has}), for
     * a word of the vocabulary and for any other ASCII word of two chars or more (every such word of the sets is in the
     * vocabulary, so it is in none) or any word whose norm has a non-ASCII char outside {@link #NON_ASCII_LISTED}; 0 for
     * other tokens, whose norm the sets must be asked for.
     */
    long lists;
    /** The sign bit of {@link #lists}: the token's set bits are complete. */
    static final int KNOWN_BIT_INDEX = 63;
    static final long KNOWN = 1L << KNOWN_BIT_INDEX;
    /** {@link #isCapitalized()}, computed once. */
    private boolean capitalized;
    /** Inside a direct quote. */
    boolean quoted;
    /** {@code norm.hashCode()} for words (computed with the lookup, so no pass over the new string). */
    int hash;
    /** {@link #possessive()}, computed once. */
    private boolean possessive;
    /** The first char of {@link #raw}. */
    char first;
    /** {@link #base()}, made on first use. */
    private String base;

    /** Shared one-character strings for punctuation and one-letter tokens, so hostile input allocates little. */
    private static final String[] PUNCT = new String[0x3100];

    private Tok() {}

    /**
     * A token with these fields: a recycled object from the pool while one is open, else a new one. {@code first}
     * is the first char of {@code raw}; {@code flags} holds {@link #F_CAPITALIZED} and {@link #F_POSSESSIVE}, read
     * by the caller from the chars it has at hand (so no string is read again here); {@code lists} becomes
     * {@link #lists}.
     */
    private static Tok make(Words pool, int begin, int end, boolean word, String raw, String norm, int classes,
            long lists, int hash, char first, int flags) {
        Tok t;
        if (pool != null && pool.used < Words.MAX_POOLED) {
            t = pool.toks[pool.used];
            if (t == null) {
                t = new Tok();
                pool.toks[pool.used] = t;
            }
            pool.used++;
            if (pool.used > pool.high) {
                pool.high = pool.used;
            }
        } else {
            t = new Tok();
        }
        t.begin = begin;
        t.end = end;
        t.word = word;
        t.raw = raw;
        t.norm = norm;
        t.text = null;
        t.plain = false;
        t.vocab = -1;
        t.wide = false;
        t.classes = classes;
        t.lists = lists;
        t.quoted = false;
        t.capitalized = (flags & F_CAPITALIZED) != 0;
        t.hash = hash;
        t.first = first;
        t.possessive = (flags & F_POSSESSIVE) != 0;
        t.base = null;
        return t;
    }

    private static final int F_CAPITALIZED = 1;
    private static final int F_POSSESSIVE = 2;

    /**
     * {@link #F_CAPITALIZED} and {@link #F_POSSESSIVE} of the word {@code cs[from, to)} (two chars or more), whose
     * norm has the same length (ASCII letters lower-cased, curly apostrophes folded).
     */
    private static int wordFlags(char[] cs, int from, int to) {
        int flags = capitalized(cs, from, to) ? F_CAPITALIZED : 0;
        char a = cs[to - 2];
        char b = cs[to - 1];
        boolean apostropheA = a == '\'' || a == '\u2019';
        boolean apostropheB = b == '\'' || b == '\u2019';
        if (apostropheA && (b == 's' || b == 'S') || (a == 's' || a == 'S') && apostropheB) {
            flags |= F_POSSESSIVE; // 's or s'
        }
        return flags;
    }

    /** {@link #wordFlags} from the strings, for a word whose norm may differ in length from its chars. */
    private static int wordFlags(String raw, String norm) {
        int flags = capitalized(raw) ? F_CAPITALIZED : 0;
        int n = norm.length();
        if (n >= 2 && (norm.charAt(n - 2) == '\'' && norm.charAt(n - 1) == 's'
                || norm.charAt(n - 2) == 's' && norm.charAt(n - 1) == '\'')) {
            flags |= F_POSSESSIVE;
        }
        return flags;
    }

    private static boolean capitalized(char[] cs, int from, int to) {
        char c = cs[from];
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                return true;
            }
            // "al-Mayadeen", "el-Sisi"
            return (c == 'a' || c == 'e') && to - from > 3 && cs[from + 2] == '-' && cs[from + 1] == 'l'
                    && Character.isUpperCase(cs[from + 3]); // "al-" or "el-"
        }
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    private static boolean capitalized(String raw) {
        char c = raw.charAt(0);
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                return true;
            }
            // "al-Mayadeen", "el-Sisi"
            return (c == 'a' || c == 'e') && raw.length() > 3 && raw.charAt(2) == '-' && raw.charAt(1) == 'l'
                    && Character.isUpperCase(raw.charAt(3)); // "al-" or "el-"
        }
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    boolean has(int wordClass) {
        return (classes & wordClass) != 0;
    }

    private static int classes(String lower) {
        return (SENTENCE_CUES.contains(lower) ? CUE : 0) | (Lexicon.OUTLET_HEADS.contains(lower) ? OUTLET_HEAD : 0)
                | (Lexicon.SPEAKER_VERBS.contains(lower) ? SPEAKER_VERB : 0)
                | (Sentences.ABBREVIATIONS.contains(lower) ? ABBREVIATION : 0)
                | (Lexicon.CARRYING.contains(lower) ? CARRYING : 0)
                | (Lexicon.OTHER_REPORTS.contains(lower) ? OTHER_REPORT : 0);
    }

    /**
     * Per-thread state of one extraction, used only between {@link #openWords()} and {@link #closeWords()} and
     * emptied at the end, so no story text stays reachable from it: words of the story being read, so that a name
     * repeated in a story ("Shoigu", "Pyongyang") shares its strings; and a pool of token objects and a token list,
     * recycled for each unit ({@link #unit}), so that a story's tokens cost no allocation beyond their strings.
     */
    private static final class Words {
        /** Tokens kept per thread: a unit with more tokens allocates the rest. */
        static final int MAX_POOLED = 2048;
        final String[] raw = new String[256];
        final String[] norm = new String[256];
        final int[] hash = new int[256];
        /** The slots of {@link #raw} filled since {@link #openWords()}: {@code slots[0, slotsUsed)}. */
        final int[] slots = new int[256];
        int slotsUsed;
        final Tok[] toks = new Tok[MAX_POOLED];
        /** Pooled tokens in use since the last {@link #unit}. */
        int used;
        /** Pooled tokens used since {@link #openWords()}: the ones to clear at the end. */
        int high;
        /** The list {@link #unit} returns, reused from unit to unit. */
        ArrayList<Tok> list = new ArrayList<>(256);
        /** The indices in {@link #list} of the unit's punctuation that may end a sentence ({@link Tok#stops}). */
        final Marks stops = new Marks();
        /** The indices in {@link #list} of the unit's words of class {@link #CUE} ({@link Tok#cues}). */
        final Marks cues = new Marks();
        /**
         * The indices in {@link #list} of the unit's words that may start a name by {@link #startsFilter}
         * ({@link Tok#starts}).
         */
        final Marks starts = new Marks();
        /** The first-word filter {@link #starts} was noted with ({@link SourceMatcher#mayStartName}), or null. */
        long[] startsFilter;

        /** Forgets the noted indices: a new unit, or the end of the extraction ({@code shrink}: drop a large array). */
        void clearMarks(boolean shrink) {
            stops.clear(shrink);
            cues.clear(shrink);
            starts.clear(shrink);
        }
        int depth;
        /** The classes of the last tokenised text's words, with {@link #OPEN_PAREN} ({@link #unitSummary()}). */
        int summary;
        /** Sentence ranges of the current unit ({@link Sentences#split}), reused from unit to unit. */
        final Ranges sentences = new Ranges();
        /** The chars being tokenised; {@link #charsUsed} of them are zeroed at the end of the extraction. */
        char[] chars = new char[1024];
        int charsUsed;

        /** Notes that {@code slot} of {@link #raw} is about to be filled, so that it is emptied at the end. */
        void remember(int slot) {
            if (raw[slot] == null) {
                slots[slotsUsed++] = slot;
            }
        }

        /** A buffer for {@code length} chars: this thread's, or a new one for a long text. */
        char[] chars(int length) {
            if (length > chars.length) {
                if (length > MAX_CHARS) {
                    return new char[length];
                }
                chars = new char[Math.min(MAX_CHARS, Math.max(length, 2 * chars.length))];
                charsUsed = 0; // the old buffer is dropped, the new one is all zeros
            }
            charsUsed = Math.max(charsUsed, length);
            return chars;
        }
    }

    private static final int MAX_CHARS = 1 << 16;

    private static final int MAX_RANGES = 256;

    /**
     * Starts the sentence ranges of a unit: inside the thread's outermost extraction, the reused list (valid until
     * the next call on the thread or the end of the extraction); elsewhere a new list.
     */
    static List<int[]> sentenceRanges(List<Tok> toks) {
        Words w = WORDS.get();
        if (w.depth != 1) {
            return new ArrayList<>();
        }
        Ranges r = w.sentences;
        r.clear();
        r.used = 0;
        r.stops = toks == w.list ? w.stops.at : null;
        return r;
    }

    /**
     * For a list of {@link #sentenceRanges(List)} made for the token list of the unit last tokenised by {@link #unit}
     * on this thread (inside its outermost extraction): the indices, in order and ended by -1, of the unit's
     * punctuation tokens that may end a sentence (a {@code .}, {@code ?}, {@code !}, an ellipsis or a quote mark: the
     * only tokens {@link Sentences#split} acts on). Null for any other list (read every token).
     */
    static int[] stops(List<int[]> ranges) {
        return ranges instanceof Ranges r ? r.stops : null;
    }

    /** A sentence range {@code [from, to)} for the list of {@link #sentenceRanges(List)}. */
    static int[] range(List<int[]> list, int from, int to) {
        if (!(list instanceof Ranges w) || w.used >= MAX_RANGES) {
            return new int[] {from, to};
        }
        int[] r = w.ranges[w.used];
        if (r == null) {
            r = new int[2];
            w.ranges[w.used] = r;
        }
        w.used++;
        r[0] = from;
        r[1] = to;
        return r;
    }

    /** The reused sentence ranges of a thread's extraction, with the arrays it lends. */
    private static final class Ranges extends ArrayList<int[]> {
        private static final long serialVersionUID = 1L;
        final transient int[][] ranges = new int[MAX_RANGES][];
        transient int used;
        /** {@link Words#stops} when the ranges are of the unit's list, else null. */
        transient int[] stops;

        Ranges() {
            super(16);
        }
    }

    private static final ThreadLocal<Words> WORDS = ThreadLocal.withInitial(Words::new);

    /** Starts sharing word strings on this thread until {@link #closeWords()}. */
    static void openWords() {
        WORDS.get().depth++;
    }

    /** Ends what {@link #openWords()} started, forgetting the words seen. */
    static void closeWords() {
        Words w = WORDS.get();
        if (--w.depth <= 0) {
            w.depth = 0;
            for (int i = 0; i < w.slotsUsed; i++) { // only the slots this extraction filled
                w.raw[w.slots[i]] = null;
                w.norm[w.slots[i]] = null;
            }
            w.slotsUsed = 0;
            for (int i = 0; i < w.high; i++) {
                w.toks[i].raw = null;
                w.toks[i].norm = null;
                w.toks[i].text = null;
                w.toks[i].base = null;
            }
            w.used = 0;
            w.high = 0;
            w.sentences.clear();
            w.sentences.used = 0;
            w.sentences.stops = null;
            java.util.Arrays.fill(w.chars, 0, w.charsUsed, '\0');
            w.charsUsed = 0;
            if (w.list.size() > MAX_LIST) {
                w.list = new ArrayList<>(256); // do not keep a large array
            } else {
                w.list.clear();
            }
            w.clearMarks(true);
            w.startsFilter = null;
        }
    }

    private static final int MAX_LIST = 4096;

    /** Token indices noted while a unit is cut, in order: {@link #at} holds them, then -1. */
    static final class Marks {
        int[] at = {-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        private int count;

        void add(int index) {
            if (count + 2 > at.length) {
                at = java.util.Arrays.copyOf(at, 2 * at.length);
            }
            at[count++] = index;
            at[count] = -1;
        }

        void clear(boolean shrink) {
            if (shrink && at.length > MAX_LIST) {
                at = new int[16];
            }
            count = 0;
            at[0] = -1;
        }
    }

    /**
     * Tokenises a unit, {@code text[begin, end)}. Inside one extraction ({@link #openWords()}), on the thread's
     * outermost extraction only, the tokens and the list are recycled: they are valid until the next call of this
     * method on the thread or the end of the extraction, whichever comes first. Elsewhere the same as {@link #of}.
     */
    /**
     * The {@link #classes} of all the words of the unit last tokenised by {@link #unit} on this thread, or-ed, with
     * {@link #OPEN_PAREN} when it has a {@code (} token: a pass that opens only on a word of some class, or on a
     * parenthesis, can skip a unit without one. Only right after {@link #unit} inside the thread's outermost
     * extraction; elsewhere every bit is set (nothing may be skipped).
     */
    static int unitSummary() {
        Words w = WORDS.get();
        return w.depth == 1 ? w.summary : ~0;
    }

    static List<Tok> unit(String text, int begin, int end) {
        return unit(text, begin, end, null);
    }

    /**
     * {@link #unit(String, int, int)}, noting the words that may start a name by this first-word filter
     * ({@link SourceMatcher#mayStartName(long[], int)}, or possessive) for {@link #starts} when not null.
     */
    static List<Tok> unit(String text, int begin, int end, long[] nameFilter) {
        Words words = WORDS.get();
        if (words.depth != 1) {
            return of(text, begin, end);
        }
        words.used = 0; // the previous unit's tokens are no longer used
        ArrayList<Tok> list = words.list;
        list.clear();
        words.clearMarks(false);
        words.startsFilter = nameFilter;
        tokenize(text, begin, end, words, words, list);
        return list;
    }

    /**
     * For the token list of the unit last tokenised by {@link #unit(String, int, int, long[])} on this thread (inside
     * its outermost extraction) with this name filter: the indices, in order and ended by -1, of its words that are
     * possessive or may start a name by the filter (the only tokens a name match can start on). Null for any other
     * list or filter (read every token).
     */
    static int[] starts(List<Tok> toks, long[] nameFilter) {
        Words w = WORDS.get();
        return w.depth == 1 && toks == w.list && nameFilter != null && w.startsFilter == nameFilter ? w.starts.at : null;
    }

    /**
     * For the token list of the unit last tokenised by {@link #unit} on this thread (inside its outermost
     * extraction): the indices, in order and ended by -1, of its words of class {@link #CUE}. Null for any other
     * list (read every token).
     */
    static int[] cues(List<Tok> toks) {
        Words w = WORDS.get();
        return w.depth == 1 && toks == w.list ? w.cues.at : null;
    }

    /**
     * A word token: its strings come from {@link #VOCABULARY} when it is a known word. {@code cs[k - base]} is
     * {@code text.charAt(k)}: the chars are read from the array, strings are cut from the text.
     */
    private static Tok word(String text, char[] cs, int base, int begin, int end, Words words, Words pool,
            int h, int scan) {
        if (end - begin == 1 && cs[begin - base] < 0x80) {
            char c = cs[begin - base]; // one ASCII letter or digit: shared strings, as for punctuation
            String raw = one(c);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            boolean cap = c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            return make(pool, begin, end, true, raw, lower == c ? raw : one(lower), 0, ONE_CHAR_LISTS[lower], lower, c,
                    cap ? F_CAPITALIZED : 0);
        }
        // h is the hash of the norm (String.hashCode of the lower-cased word) for ASCII words and curly apostrophes,
        // found by the scan that cut the word, with what it saw of the chars (scan)
        boolean known = (scan & S_NON_ASCII) == 0;
        boolean firstUpper = (scan & S_FIRST_UPPER) != 0;
        boolean otherUpper = (scan & S_OTHER_UPPER) != 0;
        boolean curly = (scan & S_CURLY) != 0;
        if (known) {
            int mask = VOCABULARY.length - 1;
            int length = end - begin;
            long key = (long) h << 32 | length;
            long[] keys = VOCABULARY_KEYS;
            for (int i = (h ^ (h >>> 16)) & mask; keys[2 * i] != 0; i = (i + 1) & mask) {
                long slot = keys[2 * i];
                if ((slot & ~OFFSET_BITS) == key
                        && matches(cs, begin - base, end - base, (int) ((slot & OFFSET_BITS) >>> 8))) {
                    // the word's bits sit next to its key: the entry and its strings are read only when a rule
                    // asks for the token's strings (strings())
                    long bits = keys[2 * i + 1];
                    Tok t = make(pool, begin, end, true, null, null, (int) (bits >>> CLASS_SHIFT) & 0xFF,
                            bits & ~CLASS_BITS, h, cs[begin - base], wordFlags(cs, begin - base, end - base));
                    t.text = text;
                    t.vocab = i;
                    return t;
                }
            }
        }
        int slot = (h ^ (h >>> 8)) & 255;
        if (known && words != null) {
            String seen = words.raw[slot];
            if (seen != null && words.hash[slot] == h && seen.length() == end - begin
                    && same(cs, begin - base, seen)) {
                // an unknown ASCII word: no classes, in no set
                return make(pool, begin, end, true, seen, words.norm[slot], 0, KNOWN, h, cs[begin - base],
                        wordFlags(cs, begin - base, end - base));
            }
        }
        if (known) {
            // an ASCII word outside the vocabulary: in no word list, and its strings are made when a rule reads
            // them (most never are)
            Tok t = make(pool, begin, end, true, null, null, 0, KNOWN, h, cs[begin - base],
                    wordFlags(cs, begin - base, end - base));
            t.text = text;
            t.plain = !firstUpper && !otherUpper && !curly;
            return t;
        }
        long wideHash = wideNormHash(cs, begin - base, end - base);
        if (wideHash >= 0 && java.util.Arrays.binarySearch(NON_ASCII_LISTED, (int) wideHash) < 0) {
            // a non-ASCII norm no listed word has ("s\u00e3o", Cyrillic, CJK), found from the chars: in no class and
            // no set, and its strings are made when a rule reads them (most never are)
            int from = begin - base;
            int flags = end - begin >= 2 ? wordFlags(cs, from, end - base)
                    : capitalized(cs, from, end - base) ? F_CAPITALIZED : 0;
            Tok t = make(pool, begin, end, true, null, null, 0, KNOWN, (int) wideHash, cs[from], flags);
            t.text = text;
            t.wide = true;
            return t;
        }
        String raw = text.substring(begin, end);
        // other words may still lower-case to a listed one ("\u212Aarried")
        String norm = nonAsciiNorm(raw);
        int nh = norm.hashCode();
        if (!ascii(norm) && java.util.Arrays.binarySearch(NON_ASCII_LISTED, nh) < 0) {
            // a non-ASCII norm no listed word has ("s\u00e3o", Cyrillic, CJK): in no class and no set, which the
            // token's bits say at once (no set is asked for it later)
            return make(pool, begin, end, true, raw, norm, 0, KNOWN, nh, cs[begin - base], wordFlags(raw, norm));
        }
        return make(pool, begin, end, true, raw, norm, classes(norm), 0, nh, cs[begin - base], wordFlags(raw, norm));
    }

    /**
     * {@code raw.replace('\u2019', '\'').toLowerCase(Locale.ROOT)} in one pass: char by char, as the JDK lower-cases
     * every char but a surrogate, U+0130 and U+03A3 (whose lower case depends on more than the char), for which it
     * asks the JDK.
     */
    static String nonAsciiNorm(String raw) {
        char[] buf = null;
        for (int k = 0, n = raw.length(); k < n; k++) {
            char c = raw.charAt(k);
            char l;
            if (c < 0x80) {
                l = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if (c >= 0x0400 && c <= 0x045F) {
                // basic Cyrillic: U+0400-040F lower-case 0x50 up, U+0410-042F 0x20 up, the rest is lower case
                l = c < 0x0410 ? (char) (c + 0x50) : c < 0x0430 ? (char) (c + 0x20) : c;
            } else if (c >= 0x4E00 && c <= 0x9FA5 || c >= 0xAC00 && c <= 0xD7A3) {
                l = c; // CJK ideographs and Hangul syllables have no case
            } else if (c == '\u2019') {
                l = '\'';
            } else if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
                return raw.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
            } else {
                int lower = Character.toLowerCase((int) c);
                if (lower > 0xFFFF) {
                    return raw.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
                }
                l = (char) lower;
            }
            if (l != c && buf == null) {
                buf = raw.toCharArray();
            }
            if (buf != null) {
                buf[k] = l;
            }
        }
        return buf == null ? raw : new String(buf);
    }

    /**
     * The hash of {@link #nonAsciiNorm} of {@code cs[from, to)} (as an unsigned int), computed char by char as that
     * method lower-cases, when the norm has the same length and a non-ASCII char; -1 when it may not (a char whose
     * lower case needs the JDK's string rules, or a non-ASCII char that lower-cases to ASCII, "\u212Aarried"): the
     * caller then makes the strings.
     */
    private static long wideNormHash(char[] cs, int from, int to) {
        int h = 0;
        boolean wide = false;
        for (int k = from; k < to; k++) {
            char c = cs[k];
            char l;
            if (c < 0x80) {
                l = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if (c >= 0x0400 && c <= 0x045F) {
                l = c < 0x0410 ? (char) (c + 0x50) : c < 0x0430 ? (char) (c + 0x20) : c;
                wide = true;
            } else if (c >= 0x4E00 && c <= 0x9FA5 || c >= 0xAC00 && c <= 0xD7A3) {
                l = c;
                wide = true;
            } else if (c == '\u2019') {
                l = '\'';
            } else if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
                return -1;
            } else {
                int lower = Character.toLowerCase((int) c);
                if (lower > 0xFFFF || lower < 0x80) {
                    return -1;
                }
                l = (char) lower;
                wide = true;
            }
            h = 31 * h + l;
        }
        return wide ? h & 0xFFFFFFFFL : -1;
    }

    /** Whether every char of {@code s} is ASCII. */
    static boolean ascii(String s) {
        for (int k = 0, n = s.length(); k < n; k++) {
            if (s.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int[] nonAsciiListed() {
        List<java.util.Collection<String>> all = new ArrayList<>(List.of(SENTENCE_CUES, Lexicon.OUTLET_HEADS,
                Lexicon.SPEAKER_VERBS, Sentences.ABBREVIATIONS, Lexicon.CARRYING));
        all.addAll(Lexicon.SETS);
        return all.stream().flatMap(java.util.Collection::stream).filter(w -> !ascii(w)).mapToInt(String::hashCode)
                .sorted().distinct().toArray();
    }

    /** As written. */
    String raw() {
        if (raw == null) {
            strings();
        }
        return raw;
    }

    /** Lower case, curly apostrophe folded to {@code '}. */
    String norm() {
        if (norm == null) {
            strings();
        }
        return norm;
    }

    /**
     * Makes the strings of a token that has none yet (an ASCII word outside the vocabulary), sharing them with an
     * equal word made earlier in the same extraction when the thread's table holds one.
     */
    private void strings() {
        if (vocab >= 0) {
            vocabularyStrings();
            return;
        }
        if (wide) {
            raw = text.substring(begin, end);
            norm = nonAsciiNorm(raw);
            return;
        }
        Words w = WORDS.get();
        boolean share = w.depth > 0;
        int slot = (hash ^ (hash >>> 8)) & 255;
        int length = end - begin;
        if (share) {
            String seen = w.raw[slot];
            if (seen != null && w.hash[slot] == hash && seen.length() == length
                    && text.regionMatches(begin, seen, 0, length)) {
                raw = seen;
                norm = w.norm[slot];
                return;
            }
        }
        String r = text.substring(begin, end);
        String n = plain ? r : asciiNorm(r);
        if (share) {
            w.remember(slot);
            w.raw[slot] = r;
            w.norm[slot] = n;
            w.hash[slot] = hash;
        }
        raw = r;
        norm = n;
    }

    /**
     * The strings of a word of the vocabulary: the entry's lower-case or capitalised string when the token is written
     * so, else its own chars (other capitals, a curly apostrophe).
     */
    private void vocabularyStrings() {
        Entry v = VOCABULARY[vocab];
        char c = text.charAt(begin);
        boolean firstUpper = c >= 'A' && c <= 'Z';
        boolean otherUpper = false;
        for (int k = begin + 1; k < end; k++) {
            char d = text.charAt(k);
            if (d >= 'A' && d <= 'Z' || d == '\u2019') {
                otherUpper = true; // a curly apostrophe too: the raw form is not the entry's
                break;
            }
        }
        raw = otherUpper ? text.substring(begin, end)
                : firstUpper ? (v.capitalized != null ? v.capitalized : text.substring(begin, end))
                : v.lower;
        norm = v.lower;
    }

    /** Whether the norm is {@code lower}; a token without strings yet is compared in place. */
    boolean is(String lower) {
        // the hash first (it is the norm's, and a literal's hash is cached): most answers are no
        if (lower.hashCode() != hash) {
            return false;
        }
        String n = wide ? norm() : norm;
        if (n != null) {
            return n.equals(lower);
        }
        int length = end - begin;
        return lower.length() == length && foldedMatch(lower, 0, begin, length);
    }

    /** Whether the norm ends with {@code suffix}, compared in place for a token without strings yet. */
    boolean endsWith(String suffix) {
        String n = wide ? norm() : norm;
        if (n != null) {
            return n.endsWith(suffix);
        }
        int length = end - begin;
        return suffix.length() <= length && foldedMatch(suffix, 0, end - suffix.length(), suffix.length());
    }

    /** The norm's length (that of the chars for a token without strings yet: ASCII, so the same). */
    int normLength() {
        String n = wide ? norm() : norm;
        return n != null ? n.length() : end - begin;
    }

    /** The length of the token as written. */
    int rawLength() {
        return end - begin;
    }

    /** Whether {@code lower[from, from + n)} equals {@code text[at, at + n)} lower-cased, apostrophes folded. */
    private boolean foldedMatch(String lower, int from, int at, int n) {
        for (int k = 0; k < n; k++) {
            char c = text.charAt(at + k);
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            } else if (c == '\u2019') {
                c = '\'';
            }
            if (c != lower.charAt(from + k)) {
                return false;
            }
        }
        return true;
    }

    /** The norm of an ASCII word (curly apostrophes allowed): lower case, apostrophes folded. */
    private static String asciiNorm(String raw) {
        char[] n = raw.toCharArray();
        for (int k = 0; k < n.length; k++) {
            char c = n[k];
            n[k] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c == '\u2019' ? '\'' : c;
        }
        return new String(n);
    }

    /**
     * Known words (every word of {@link Lexicon}'s lists, the abbreviations of {@link Sentences}, common function
     * words, {@link CommonWords}) with their lower-case and capitalised strings, in a fixed table built once from
     * the library's own word lists (never from story text): a token of a known word costs no substring, no set
     * look-ups and no lower-casing, and its norm is the very string the lexicon sets hold (equals answers on
     * identity, once made). The probe reads flat arrays ({@link #VOCABULARY_KEYS}, {@link #VOCABULARY_CHARS}).
     */
    private static final Entry[] VOCABULARY;
    /**
     * Two longs per {@link #VOCABULARY} slot (open addressing, linear probing). The first is the slot's key: the
     * word's hash in the high half, where it starts in {@link #VOCABULARY_CHARS} in bits 8 to 31
     * ({@link #OFFSET_BITS}), its length in the low byte; 0 for an empty slot (words have 2 to 255 chars). The second
     * is the word's {@link #lists} with its {@link #classes} at {@link #CLASS_SHIFT}. One array for the probe and
     * what a hit needs (a known word's token reads no entry object until a rule asks for its strings), and the
     * words a byte per char.
     */
    private static final long[] VOCABULARY_KEYS;
    /**
     * Where a word's {@link #classes} sit in the second long of its {@link #VOCABULARY_KEYS} slot, above its
     * {@link #lists} (which use the low bits, one per word set, and the sign bit).
     */
    private static final int CLASS_SHIFT = 48;
    private static final long CLASS_BITS = 0xFFL << CLASS_SHIFT;
    /** The bits of a {@link #VOCABULARY_KEYS} slot that hold where its word starts in {@link #VOCABULARY_CHARS}. */
    private static final long OFFSET_BITS = 0xFFFFFF00L;
    /** The words of the table, one after the other (ASCII, a byte per char). */
    private static final byte[] VOCABULARY_CHARS;

    /** Whether {@code cs[from, from + seen.length())} holds the chars of {@code seen}. */
    private static boolean same(char[] cs, int from, String seen) {
        for (int k = 0, n = seen.length(); k < n; k++) {
            if (cs[from + k] != seen.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code cs[begin, end)}, lower-cased with curly apostrophes folded, is the word at {@code offset}. */
    private static boolean matches(char[] cs, int begin, int end, int offset) {
        byte[] chars = VOCABULARY_CHARS;
        for (int k = begin, o = offset; k < end; k++, o++) {
            char c = cs[k];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            } else if (c == '\u2019') {
                c = '\'';
            }
            if (c != chars[o]) {
                return false;
            }
        }
        return true;
    }

    private record Entry(String lower, String capitalized, int classes, long lists) {}

    /**
     * {@link #lists} of the one-char tokens whose norm is the char (punctuation up to the General Punctuation block,
     * one ASCII letter or digit lower-cased), worked out once.
     */
    private static final long[] ONE_CHAR_LISTS = new long[0x2070];

    static {
        for (char c = 0; c < ONE_CHAR_LISTS.length; c++) {
            ONE_CHAR_LISTS[c] = lists(String.valueOf(c));
        }
    }

    /** {@link #KNOWN} and the bits of the {@link Lexicon.WordSet}s that hold the word. */
    private static long lists(String lower) {
        long bits = KNOWN;
        for (Lexicon.WordSet set : Lexicon.SETS) {
            if (set.contains(lower)) {
                bits |= set.bit;
            }
        }
        return bits;
    }

    /**
     * Every word that can open a cue in {@code AttributionExtractor.sentence}: each branch there first tests the
     * word against one of these sets or words, so a word outside them is skipped at once ({@link #CUE}). A rule
     * that opens on another word must add it here; {@code SentenceCuesTest} checks the method's tests against it.
     */
    static final Set<String> SENTENCE_CUES = cues();

    /**
     * The hashes, sorted, of the listed words with a non-ASCII char ("communiqu\u00E9"): those of the class sets
     * ({@link #classes}) and of {@link Lexicon#SETS}. A norm with a non-ASCII char and another hash is in no class and
     * no set ({@code TokTest} checks it for every listed word).
     */
    static final int[] NON_ASCII_LISTED = nonAsciiListed();

    private static Set<String> cues() {
        Set<String> s = new java.util.HashSet<>(List.of("according", "cast", "casts", "citing", "claiming", "concluded", "concludes", "continued", "expressed",
                "went", "put", "puts",
                "continues", "delivered", "issue", "issued", "issues", "learned", "learnt", "made", "makes",
                "quoting", "read", "reads", "reporting", "reports", "saying", "sounded", "sounds", "warning", "was",
                "were"));
        s.addAll(Lexicon.CUES);
        s.addAll(Lexicon.OUTLET_CUES);
        s.addAll(Lexicon.CONTENT_MARKERS);
        s.addAll(Lexicon.CARRYING);
        s.addAll(Lexicon.HEADLINE_ONLY);
        s.addAll(Lexicon.PARTICIPLES);
        return Set.copyOf(s);
    }

    /** Common words of wire copy that no lexicon list holds. */
    private static final List<String> COMMON = List.of("the", "a", "an", "of", "in", "to", "and", "on", "at",
            "by", "for", "from", "with", "as", "that", "this", "these", "those", "is", "are", "was", "were", "be",
            "been", "has", "have", "had", "will", "would", "could", "should", "can", "may", "not", "no", "but", "or",
            "if", "than", "then", "also", "after", "before", "over", "into", "about", "against", "during", "while",
            "which", "who", "whom", "whose", "what", "when", "where", "its", "his", "her", "their", "our", "there",
            "here", "he", "she", "they", "it", "we", "i", "you", "them", "him", "us", "more", "most", "some", "all",
            "new", "two", "one", "three", "last", "year", "years", "week", "day", "people", "country", "north",
            "south", "korea", "korean", "china", "chinese", "russia", "russian", "iran", "iranian", "united",
            "states", "said", "says", "told", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "kim", "jong", "un", "military", "nuclear", "missile", "war");

    static {
        VOCABULARY = vocabulary(); // after COMMON
        VOCABULARY_KEYS = new long[2 * VOCABULARY.length];
        StringBuilder chars = new StringBuilder();
        for (int i = 0; i < VOCABULARY.length; i++) {
            Entry e = VOCABULARY[i];
            if (e != null) {
                String w = e.lower;
                VOCABULARY_KEYS[2 * i] = (long) w.hashCode() << 32 | (long) chars.length() << 8 | w.length();
                if ((e.lists & CLASS_BITS) != 0 || (e.classes & ~0xFF) != 0) {
                    throw new IllegalStateException("word sets or classes overlap in the vocabulary's bits");
                }
                VOCABULARY_KEYS[2 * i + 1] = e.lists | (long) e.classes << CLASS_SHIFT;
                chars.append(w);
            }
        }
        if (chars.length() >= 1 << 24) {
            throw new IllegalStateException("vocabulary too large for its offsets: " + chars.length());
        }
        VOCABULARY_CHARS = chars.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static Entry[] vocabulary() {
        java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>(Lexicon.VOCABULARY);
        words.addAll(Sentences.ABBREVIATIONS);
        words.addAll(COMMON);
        words.addAll(CommonWords.LIST);
        words.addAll(SENTENCE_CUES);
        // a load factor between 1/4 and 1/2 (2,409 words in 4,096 slots): 64 KB of probe keys, half the cache lines
        // a story's words miss after, say, a Jsoup.parse, than with twice the slots
        Entry[] table = new Entry[Integer.highestOneBit(Math.max(16, words.size() * 2))];
        for (String w : words) {
            if (w.isEmpty() || w.length() == 1 || !w.equals(w.toLowerCase(Locale.ROOT)) || w.indexOf('\u2019') >= 0
                    || !w.chars().allMatch(c -> c < 0x80) || w.chars().anyMatch(Character::isWhitespace)
                    || w.length() > 255) {
                continue; // one-letter words have their own path; only ASCII lower-case words are looked up
            }
            int h = w.hashCode();
            int slot = (h ^ (h >>> 16)) & (table.length - 1);
            while (table[slot] != null && !table[slot].lower.equals(w)) {
                slot = (slot + 1) & (table.length - 1);
            }
            if (table[slot] == null) {
                char c = w.charAt(0);
                String cap = c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) + w.substring(1) : null;
                table[slot] = new Entry(w, cap, classes(w), lists(w));
            }
        }
        return table;
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

    /**
     * Whether the token as written equals its upper-case form ({@code raw().equals(raw().toUpperCase(Locale.ROOT))}):
     * answered in place, with no string, for ASCII words (a curly apostrophe allowed).
     */
    boolean allUpper() {
        String r = wide ? raw() : raw;
        if (r == null) {
            for (int k = begin; k < end; k++) { // an ASCII word outside the vocabulary (curly apostrophes allowed)
                char c = text.charAt(k);
                if (c >= 'a' && c <= 'z') {
                    return false;
                }
            }
            return true;
        }
        for (int k = 0, n = r.length(); k < n; k++) {
            char c = r.charAt(k);
            if (c >= 'a' && c <= 'z') {
                return false;
            }
            if (c >= 0x80 && c != '\u2019') {
                return r.equals(r.toUpperCase(Locale.ROOT)); // other chars: the JDK's rules
            }
        }
        return true;
    }

    boolean isCapitalized() {
        return capitalized;
    }


    boolean isPunct(char c) {
        return !word && first == c;
    }

    /** Norm without a possessive {@code 's} or {@code s'}. */
    String base() {
        String b = base;
        if (b == null) {
            String n = norm();
            b = n.endsWith("'s") ? n.substring(0, n.length() - 2) : n;
            base = b;
        }
        return b;
    }

    /** The length of {@link #base()}: the norm's, less a final {@code 's}. */
    private int baseLength() {
        if (norm != null || wide) {
            return base().length();
        }
        int n = end - begin; // no strings yet: an ASCII word, compared in place
        char a = n >= 2 ? text.charAt(end - 2) : 0;
        char b = n >= 2 ? text.charAt(end - 1) : 0;
        return (a == '\'' || a == '\u2019') && (b == 's' || b == 'S') ? n - 2 : n;
    }

    /** {@code base().hashCode()}, computed in place for a token without strings yet. */
    int baseHash() {
        if (norm != null || wide) {
            return base().hashCode();
        }
        int h = 0;
        for (int k = begin, e = begin + baseLength(); k < e; k++) {
            char c = text.charAt(k);
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c == '\u2019' ? '\'' : c);
        }
        return h;
    }

    /** Whether {@link #base()} is {@code lower}; a token without strings yet is compared in place. */
    boolean baseIs(String lower) {
        if (norm != null || wide) {
            return base().equals(lower);
        }
        int n = baseLength();
        return lower.length() == n && foldedMatch(lower, 0, begin, n);
    }

    boolean possessive() {
        return possessive;
    }

    @Override
    public String toString() {
        return raw();
    }

    private static boolean hasDot(char[] cs, int from, int to) {
        for (int k = from; k < to; k++) {
            if (cs[k] == '.') {
                return true;
            }
        }
        return false;
    }

    /** Tokenises {@code text[begin, end)} in one pass. */
    // ASCII answers without a lookup in the JDK's character tables; the same answers as Character's methods
    private static boolean isWhitespace(char c) {
        return c < 0x80 ? c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F : Character.isWhitespace(c);
    }

    static boolean isLetterOrDigit(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        // the basic Cyrillic block (U+0400-045F), CJK ideographs of Unicode 1.1 (U+4E00-9FA5) and Hangul syllables
        // (U+AC00-D7A3) are letters; General Punctuation (U+2000-206F) has none
        return c <= 0x045F ? c >= 0x0400 || Character.isLetterOrDigit(c)
                : c >= 0x4E00 && c <= 0x9FA5 || c >= 0xAC00 && c <= 0xD7A3
                || !(c >= 0x2000 && c <= 0x206F) && Character.isLetterOrDigit(c);
    }

    private static boolean isLowerCase(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    private static boolean isUpperCase(char c) {
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /**
     * The chars of {@code text[begin, end)}, from index 0: inside the thread's outermost extraction in its reused
     * buffer (valid until the next call of this method, {@link #unit} or {@link #of} on the thread, zeroed at the
     * end of the extraction), elsewhere, or for a range longer than the buffer keeps, a new array.
     */
    static char[] chars(String text, int begin, int end) {
        Words w = WORDS.get();
        char[] cs = w.depth == 1 ? w.chars(end - begin) : new char[end - begin];
        text.getChars(begin, end, cs, 0);
        return cs;
    }

    /**
     * Tokenises {@code text[begin, end)} into a new list; inside an extraction the tokens come from the pool and
     * are valid until the next {@link #unit} call.
     */
    static List<Tok> of(String text, int begin, int end) {
        List<Tok> out = new ArrayList<>(Math.min(1 << 16, (end - begin) / 4 + 4)); // about one token per 5 chars
        Words words = WORDS.get();
        if (words.depth == 0) {
            words = null;
        }
        tokenize(text, begin, end, words, words != null && words.depth == 1 ? words : null, out);
        return out;
    }

    /** What the scan of a word saw ({@link #word}'s {@code scan}): an upper-case ASCII first char. */
    private static final int S_FIRST_UPPER = 1;
    /** An upper-case ASCII char after the first. */
    private static final int S_OTHER_UPPER = 2;
    /** A curly apostrophe (folded to {@code '} in the hash). */
    private static final int S_CURLY = 4;
    /** A non-ASCII char other than a curly apostrophe: the hash is not the norm's. */
    private static final int S_NON_ASCII = 8;

    private static void tokenize(String text, int begin, int end, Words words, Words pool, List<Tok> out) {
        Words marks = words != null && out == words.list ? words : null; // the unit's stops and cues are noted
        // the chars are read from an array (this thread's buffer inside an extraction, zeroed at its end)
        char[] cs = words != null ? words.chars(end - begin) : new char[end - begin];
        text.getChars(begin, end, cs, 0);
        int base = begin;
        int i = begin;
        int summary = 0; // the words' classes, or-ed, and OPEN_PAREN
        while (i < end) {
            char c = cs[i - base];
            if (isWhitespace(c)) {
                i++;
                continue;
            }
            if (isLetterOrDigit(c)) {
                // the norm's hash (String.hashCode of the word lower-cased, curly apostrophes folded) and what the
                // chars hold are worked out while the word's end is found: word() reads no char again for them
                int h;
                int scan;
                if (c < 0x80) {
                    boolean up = c >= 'A' && c <= 'Z';
                    h = up ? c + ('a' - 'A') : c;
                    scan = up ? S_FIRST_UPPER : 0;
                } else {
                    h = c;
                    scan = S_NON_ASCII;
                }
                int j = i + 1;
                while (j < end) {
                    char d = cs[j - base];
                    if (d < 0x80) { // ASCII letters and digits first: most chars of a word
                        if (d >= 'a' && d <= 'z' || d >= '0' && d <= '9') {
                            h = 31 * h + d;
                            j++;
                            continue;
                        }
                        if (d >= 'A' && d <= 'Z') {
                            h = 31 * h + d + ('a' - 'A');
                            scan |= S_OTHER_UPPER;
                            j++;
                            continue;
                        }
                    } else if (isLetterOrDigit(d)) {
                        scan |= S_NON_ASCII;
                        j++;
                        continue;
                    }
                    if (d == '.' && j + 2 < end && isLowerCase(cs[j - 1 - base])
                            && isUpperCase(cs[j + 1 - base]) && isLowerCase(cs[j + 2 - base])
                            && !hasDot(cs, i - base, j - base)) {
                        break; // "the factory.Kim inspected": a lost space between sentences, not one word
                    } else if ((d == '-' || d == '\'' || d == '\u2019' || d == '.' || d == '&')
                            && j + 1 < end && isLetterOrDigit(cs[j + 1 - base])) {
                        char e = cs[j + 1 - base];
                        if (d == '\u2019') {
                            d = '\'';
                            scan |= S_CURLY;
                        }
                        if (e >= 'A' && e <= 'Z') {
                            e += 'a' - 'A';
                            scan |= S_OTHER_UPPER;
                        } else if (e >= 0x80) {
                            scan |= S_NON_ASCII;
                        }
                        h = 31 * (31 * h + d) + e;
                        j += 2;
                    } else if ((d == '\'' || d == '\u2019') && cs[j - 1 - base] == 's'
                            && (j + 1 >= end || !isLetterOrDigit(cs[j + 1 - base]))
                            && j - i > 2 && isUpperCase(cs[i - base])) {
                        if (d == '\u2019') {
                            scan |= S_CURLY;
                        }
                        h = 31 * h + '\'';
                        j++; // plural possessive: Workers'
                        break;
                    } else {
                        break;
                    }
                }
                if (j < end && cs[j - base] == '.' && hasDot(cs, i - base, j - base)) {
                    h = 31 * h + '.';
                    j++; // U.S., U.N.: the final dot belongs to the abbreviation
                }
                Tok w = word(text, cs, base, i, j, words, pool, h, scan);
                summary |= w.classes;
                if (marks != null && (w.classes & CUE) != 0) {
                    marks.cues.add(out.size());
                }
                if (marks != null && marks.startsFilter != null
                        && (w.possessive() || SourceMatcher.mayStartName(marks.startsFilter, w.hash))) {
                    marks.starts.add(out.size());
                }
                out.add(w);
                i = j;
            } else {
                if (c == '(') {
                    summary |= OPEN_PAREN;
                }
                if (marks != null && (c == '.' || c == '?' || c == '!' || c == '\u2026' || Sentences.isQuoteMark(c))) {
                    marks.stops.add(out.size());
                }
                String p = one(c);
                out.add(make(pool, i, i + 1, false, p, p, 0, c < ONE_CHAR_LISTS.length ? ONE_CHAR_LISTS[c] : 0, c, c,
                        0));
                i++;
            }
        }
        if (words != null) {
            words.summary = summary;
        }
    }
}
