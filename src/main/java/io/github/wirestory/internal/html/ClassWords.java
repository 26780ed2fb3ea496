package io.github.wirestory.internal.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The words of an element's {@code class} and {@code id}: split on anything but letters and digits and on
 * camel-case humps, lower-cased. {@code "articleBody share-bar__item"} gives {@code article, body, share,
 * bar, item}. Bounded: at most {@value #MAX_CHARS} chars of attributes are read.
 */
final class ClassWords {
    static final int MAX_CHARS = 300;

    private ClassWords() {}

    static final int COMMENT = 1;
    static final int BY = 1 << 1;
    static final int NOT_BY = 1 << 2;
    static final int STRONG_HARD = 1 << 3;
    static final int STRONG_SOFT = 1 << 4;
    static final int WEAK_HARD = 1 << 5;
    static final int WEAK_SOFT = 1 << 6;
    static final int POSITIVE = 1 << 7;
    static final int BODY = 1 << 8;
    static final int CAPTION = 1 << 9;
    static final int CREDIT = 1 << 10;
    static final int NOT_CREDIT = 1 << 11;
    static final int PUBLISHED = 1 << 12;
    static final int UPDATED = 1 << 13;
    static final int KICKER = 1 << 14;
    static final int DATELINE = 1 << 15;
    static final int X_POSITIVE = 1 << 16;
    static final int X_NEGATIVE = 1 << 17;
    static final int SCREEN_READER = 1 << 18;
    static final int HIDE = 1 << 19;
    static final int RELATED = 1 << 25;
    static final int STRONG = STRONG_HARD | STRONG_SOFT;
    static final int BODY_FIRST = 1 << 20;
    static final int BODY_SECOND = 1 << 21;
    static final int SR_FIRST = 1 << 22;
    static final int SR_SECOND = 1 << 23;
    static final int BODY_WORD = 1 << 24;

    private static final Map<String, Integer> LEXICON = new java.util.HashMap<>();

    private static void put(int flag, java.util.Collection<String> words) {
        for (String w : words) {
            LEXICON.merge(w, flag, (a, b) -> a | b);
        }
    }

    static {
        put(COMMENT, PageScan.COMMENT_WORDS);
        put(BY, PageScan.BY_CLASS);
        put(NOT_BY, PageScan.NOT_BY_CLASS);
        put(KICKER, PageScan.KICKER);
        for (String w : Boilerplate.STRONG) {
            LEXICON.merge(w, Boilerplate.SHORT_ONLY.contains(w) ? STRONG_SOFT : STRONG_HARD, (a, b) -> a | b);
        }
        for (String w : Boilerplate.WEAK) {
            if (!Boilerplate.STRONG.contains(w)) {
                LEXICON.merge(w, Boilerplate.SHORT_ONLY.contains(w) ? WEAK_SOFT : WEAK_HARD, (a, b) -> a | b);
            }
        }
        put(POSITIVE, Boilerplate.POSITIVE);
        put(BODY_FIRST, Boilerplate.BODY_FIRST);
        put(BODY_SECOND, Boilerplate.BODY_SECOND);
        put(BODY_WORD, Boilerplate.BODY_COMPOUNDS);
        put(CAPTION, Boilerplate.CAPTION);
        put(CREDIT, java.util.List.of("credit", "credits", "source", "agency", "quelle", "agentur", "fuente"));
        put(NOT_CREDIT, java.util.List.of("image", "photo", "img", "picture", "caption", "foto", "bild", "media",
                "video"));
        put(PUBLISHED, java.util.List.of("published", "publish", "pubdate", "posted"));
        put(UPDATED, java.util.List.of("updated", "modified", "update"));
        put(DATELINE, java.util.List.of("dateline"));
        put(X_POSITIVE, BodyExtractor.POSITIVE);
        put(X_NEGATIVE, BodyExtractor.NEGATIVE);
        put(SR_FIRST, java.util.List.of("sr", "visually", "screen"));
        put(SR_SECOND, java.util.List.of("only", "hidden", "reader"));
        put(SCREEN_READER, java.util.List.of("visuallyhidden", "sronly"));
        put(HIDE, java.util.List.of("hide"));
        put(RELATED, java.util.List.of("related", "recommended", "recommendation", "recommendations", "teaser",
                "teasers", "promo", "promos", "more", "morestories", "readmore", "trending", "popular", "mostread",
                "mostpopular", "recirc", "recirculation", "outbrain", "taboola", "sidebar", "widget", "rail"));
    }

    /** Every word of the lexicon (for tests). */
    static java.util.Set<String> words() {
        return java.util.Collections.unmodifiableSet(LEXICON.keySet());
    }

    /**
     * Per-parse cache of flags by attribute value: class strings repeat across a page, so each distinct one is
     * split once. Set by {@link HtmlPipeline} for the duration of one parse on this thread.
     */
    private static final ThreadLocal<Cache> CACHE = new ThreadLocal<>();

    /** Starts caching on this thread; {@link #endCache()} must follow. */
    static void startCache() {
        CACHE.set(new Cache());
    }

    /**
     * Flags by attribute value: open addressing, no boxing; at most {@value #MAX} values. A value is looked for, and
     * stored, only within {@value #MAX_PROBE} slots of its home slot: hostile pages whose class values share one hash
     * code (easy to make) would otherwise turn each look-up into a walk over all of them. Such values are simply not
     * cached; their flags are worked out each time, which is correct and linear.
     */
    static final class Cache {
        static final int MAX = 20_000;
        static final int MAX_PROBE = 16;
        private String[] keys = new String[512];
        private int[] values = new int[512];
        /** Each slot's key's hash code: compared before the key itself, which is then only read on a match. */
        private int[] hashes = new int[512];
        private int size;

        /** The flags of a value, or -1 when not cached (flags are never negative). */
        int get(String key) {
            int mask = keys.length - 1;
            int h = key.hashCode();
            int i = spread(h) & mask;
            for (int probe = 0; probe < MAX_PROBE; probe++, i = (i + 1) & mask) {
                String k = keys[i];
                if (k == null) {
                    return -1;
                }
                if (k == key || hashes[i] == h && k.equals(key)) {
                    return values[i];
                }
            }
            return -1; // not within reach of its home slot: never stored
        }

        void put(String key, int value) {
            if (size >= MAX) {
                return;
            }
            if (2 * (size + 1) > keys.length) {
                String[] oldKeys = keys;
                int[] oldValues = values;
                keys = new String[oldKeys.length * 2];
                values = new int[oldKeys.length * 2];
                hashes = new int[oldKeys.length * 2];
                size = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldKeys[i] != null && insert(oldKeys[i], oldValues[i])) {
                        size++;
                    }
                }
            }
            if (insert(key, value)) {
                size++;
            }
        }

        /** Stores the value in the first free slot within reach of its home slot; false when there is none. */
        private boolean insert(String key, int value) {
            int mask = keys.length - 1;
            int h = key.hashCode();
            int i = spread(h) & mask;
            for (int probe = 0; probe < MAX_PROBE; probe++, i = (i + 1) & mask) {
                if (keys[i] == null) {
                    keys[i] = key;
                    values[i] = value;
                    hashes[i] = h;
                    return true;
                }
            }
            return false;
        }

        /** Scatters near hash codes (such as {@code css-1a2b}, {@code css-1a2c}) so that they form no long runs. */
        private static int spread(int h) {
            int x = h * 0x9E3779B9;
            return x ^ (x >>> 16);
        }
    }

    static void endCache() {
        CACHE.remove();
        Boilerplate.forget();
    }

    static boolean caching() {
        return CACHE.get() != null;
    }

    /** The element's class-word flags (the constants above) from its {@code class} and {@code id}, or 0. */
    static int flags(Element e) {
        return e.attributesSize() == 0 ? 0 : flags(e, CACHE.get());
    }

    /** This thread's cache while a parse runs ({@link #startCache()}), else null. */
    static Cache cache() {
        return CACHE.get();
    }

    /** {@link #flags(Element)} with this thread's {@link #cache()} (or null) already read. */
    static int flags(Element e, Cache cache) {
        return e.attributesSize() == 0 ? 0 : flagsWithAttributes(e, cache);
    }

    /** {@link #flags(Element, Cache)} of an element known to have attributes ({@code attributesSize() > 0}). */
    static int flagsWithAttributes(Element e, Cache cache) {
        String cls = e.attributes().get("class");
        String id = e.attributes().get("id");
        return (cls.isEmpty() ? 0 : flags(cls, cache)) | (id.isEmpty() ? 0 : flags(id, cache));
    }

    /**
     * Added to {@link #flagsAndOthers}'s flags when the element has an attribute other than a non-empty
     * {@code class} and {@code id}; no other flag uses this bit.
     */
    static final int OTHER_ATTRIBUTES = 1 << 28;

    /**
     * {@link #flagsWithAttributes}, with {@link #OTHER_ATTRIBUTES} when the element has more attributes than a
     * non-empty {@code class} and {@code id}. Without it, every other attribute is absent, so callers skip reading
     * them: jsoup finds each by comparing its name with every attribute's.
     *
     * @param size {@code e.attributesSize()}, above 0
     */
    static int flagsAndOthers(Element e, Cache cache, int size) {
        org.jsoup.nodes.Attributes a = e.attributes();
        String cls = a.get("class");
        String id = a.get("id");
        int f = 0;
        int known = 0;
        if (!cls.isEmpty()) {
            f = flags(cls, cache);
            known++;
        }
        if (!id.isEmpty()) {
            f |= flags(id, cache);
            known++;
        }
        return known < size ? f | OTHER_ATTRIBUTES : f;
    }

    private static int flags(String value, Cache cache) {
        if (cache != null) {
            int hit = cache.get(value);
            if (hit >= 0) {
                return hit;
            }
        }
        int flags = scan(value);
        if (cache != null) {
            cache.put(value, flags);
        }
        return flags;
    }

    /**
     * The flags of an attribute value, read in place in one pass: tokens split on white space, CMS taxonomy
     * tokens skipped, words cut at non-alphanumerics and camel-case humps and looked up without allocating.
     * An ASCII value (nearly all) is read by a loop over one table of char types; at the first other char the
     * value is read again by {@link #scanGeneral}, which gives the same flags for any value.
     */
    static int scan(String s) {
        int n = Math.min(s.length(), MAX_CHARS);
        int flags = 0;
        int prev = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return scanGeneral(s);
            }
            int t = TYPE[c];
            if (t == T_SPACE) {
                i++;
                continue;
            }
            // a token [tokStart, first white space), as in scanGeneral
            int tokStart = i;
            int tokFlags = flags;
            int tokPrev = prev;
            boolean dash = false;
            int firstWord = 0; // the token's first word's lexicon flags, with TAXONOMY_WORD
            int firstWordEnd = -1; // and where it ended: at the first dash, the taxonomy test's prefix
            while (true) {
                // here c = s.charAt(i), of type t, neither white space nor past n
                if (t >= T_LOWER) {
                    int start = i;
                    int h = t == T_UPPER ? c + 32 : c;
                    int last = t;
                    i++;
                    while (i < n) {
                        c = s.charAt(i);
                        if (c >= 0x80) {
                            return scanGeneral(s);
                        }
                        t = TYPE[c];
                        if (t == T_LOWER || t == T_DIGIT) {
                            h = 31 * h + c;
                        } else if (t == T_UPPER && last != T_LOWER) {
                            h = 31 * h + c + 32;
                        } else {
                            break; // a separator, white space or a hump: the word ends
                        }
                        last = t;
                        i++;
                    }
                    int raw = i - start > 24 ? 0 : lookup(s, start, i, h ^ (h >>> 16));
                    if (start == tokStart) {
                        firstWord = raw;
                        firstWordEnd = i;
                    }
                    int cur = raw & ~TAXONOMY_WORD;
                    flags = withWord(flags, prev, cur);
                    prev = cur;
                    if (i >= n || t == T_SPACE) {
                        break;
                    }
                    continue; // c and t are the char that ended the word
                }
                if (c == '-' && !dash) {
                    dash = true;
                    int prefix = firstWordEnd == i ? firstWord : i > tokStart ? lookup(s, tokStart, i) : 0;
                    if ((prefix & TAXONOMY_WORD) != 0) {
                        flags = tokFlags;
                        prev = tokPrev;
                        i = tokenEnd(s, i, n);
                        break;
                    }
                }
                i++;
                if (i >= n) {
                    break;
                }
                c = s.charAt(i);
                if (c >= 0x80) {
                    return scanGeneral(s);
                }
                t = TYPE[c];
                if (t == T_SPACE) {
                    break;
                }
            }
        }
        return flags & ~WORD_ONLY;
    }

    /** {@link #TYPE}'s types: other chars (separators) are 0; the word chars are the highest three. */
    private static final byte T_SPACE = 1;
    private static final byte T_LOWER = 2;
    private static final byte T_DIGIT = 3;
    private static final byte T_UPPER = 4;
    /** The type of each ASCII char, from {@link #ASCII} (the classes {@link #scanGeneral} reads). */
    private static final byte[] TYPE = new byte[128];

    /** Flags of single words that only serve to find pairs ({@link #withWord}); no value's flags keep them. */
    private static final int WORD_ONLY = BODY_FIRST | BODY_SECOND | SR_FIRST | SR_SECOND | BODY_WORD;

    /** The value's flags with a word's {@code cur} added, the word before it having had {@code prev}. */
    private static int withWord(int flags, int prev, int cur) {
        flags |= cur;
        if ((prev & BODY_FIRST) != 0 && (cur & BODY_SECOND) != 0 || (cur & BODY_WORD) != 0) {
            flags |= BODY;
        }
        if ((prev & SR_FIRST) != 0 && (cur & SR_SECOND) != 0) {
            flags |= SCREEN_READER;
        }
        return flags;
    }

    /** Where the token at {@code i} ends: the first white space at or after it, or {@code n}. */
    private static int tokenEnd(String s, int i, int n) {
        while (i < n && !isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@link #scan} of any value, non-ASCII chars included. */
    static int scanGeneral(String s) {
        int n = Math.min(s.length(), MAX_CHARS);
        int flags = 0;
        int prev = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if ((kind(c) & SPACE) != 0) {
                i++;
                continue;
            }
            // a token [tokStart, first white space): its words are scored as they end; when the token's
            // first dash closes a taxonomy prefix (category-advertising), what they added is taken back
            int tokStart = i;
            int tokFlags = flags;
            int tokPrev = prev;
            boolean dash = false;
            int start = -1;
            int h = 0;
            int before = 0;
            while (true) {
                int k;
                if (i < n) {
                    c = s.charAt(i);
                    k = kind(c);
                } else {
                    k = SPACE;
                }
                if (start >= 0 && ((k & WORD) == 0 || (k & UPPER) != 0 && (before & LOWER) != 0)) {
                    int cur = i - start > 24 ? 0 : lookup(s, start, i, h ^ (h >>> 16)) & ~TAXONOMY_WORD;
                    flags = withWord(flags, prev, cur);
                    prev = cur;
                    start = -1;
                }
                if ((k & SPACE) != 0) {
                    break;
                }
                if ((k & WORD) != 0) {
                    if (start < 0) {
                        start = i;
                        h = 0;
                    }
                    h = 31 * h + ((k & UPPER) != 0 && c < 0x80 ? c + 32 : c < 0x80 ? c : Character.toLowerCase(c));
                    // the word's following lower-case letters and digits: none of them ends it (no hump, no
                    // separator), so they only add to its hash
                    while (i + 1 < n) {
                        char d = s.charAt(i + 1);
                        if (d >= 'a' && d <= 'z' || d >= '0' && d <= '9') {
                            h = 31 * h + d;
                            k = ASCII[d];
                            i++;
                        } else {
                            break;
                        }
                    }
                } else if (c == '-' && !dash) {
                    dash = true;
                    if (i > tokStart && (lookup(s, tokStart, i) & TAXONOMY_WORD) != 0) {
                        flags = tokFlags;
                        prev = tokPrev;
                        i = tokenEnd(s, i, n);
                        break;
                    }
                }
                before = k;
                i++;
            }
        }
        return flags & ~WORD_ONLY;
    }

    /** The {@link Character} classes of a char: {@link #SPACE}, {@link #WORD}, {@link #UPPER}, {@link #LOWER}. */
    private static int kind(char c) {
        if (c < 0x80) {
            return ASCII[c];
        }
        return (Character.isWhitespace(c) ? SPACE : 0) | (Character.isLetterOrDigit(c) ? WORD : 0)
                | (Character.isUpperCase(c) ? UPPER : 0) | (Character.isLowerCase(c) ? LOWER : 0);
    }

    private static final byte SPACE = 1;
    private static final byte WORD = 2;
    private static final byte UPPER = 4;
    private static final byte LOWER = 8;
    /** {@link Character}'s classes of the ASCII chars, by char. */
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            int k = (Character.isWhitespace(c) ? SPACE : 0) | (Character.isLetterOrDigit(c) ? WORD : 0)
                    | (Character.isUpperCase(c) ? UPPER : 0) | (Character.isLowerCase(c) ? LOWER : 0);
            ASCII[c] = (byte) k;
            TYPE[c] = (k & SPACE) != 0 ? T_SPACE : (k & LOWER) != 0 ? T_LOWER : (k & UPPER) != 0 ? T_UPPER
                    : (k & WORD) != 0 ? T_DIGIT : 0; // an ASCII word char that is no letter is a digit
        }
    }

    /** {@link Character#isWhitespace}, from a table for ASCII. */
    private static boolean isSpace(char c) {
        return c < 0x80 ? (ASCII[c] & SPACE) != 0 : Character.isWhitespace(c);
    }

    /** {@link Character#isLetterOrDigit}, from a table for ASCII. */
    private static boolean isWordChar(char c) {
        return c < 0x80 ? (ASCII[c] & WORD) != 0 : Character.isLetterOrDigit(c);
    }

    private static boolean isUpper(char c) {
        return c < 0x80 ? (ASCII[c] & UPPER) != 0 : Character.isUpperCase(c);
    }

    private static boolean isLower(char c) {
        return c < 0x80 ? (ASCII[c] & LOWER) != 0 : Character.isLowerCase(c);
    }

    /** Class tokens that carry a CMS's taxonomy, not a role: {@code category-advertising}, {@code tag-share}. */
    private static final java.util.Set<String> TAXONOMY = java.util.Set.of("category", "tag", "tags", "topic",
            "section", "postid", "author", "format", "type", "status", "term", "channel", "kategorie", "rubrik",
            "ressort");

    static final int TAXONOMY_WORD = 1 << 30;
    private static final int TABLE_BITS = 11;
    private static final String[] TABLE_WORDS = new String[1 << TABLE_BITS];
    private static final int[] TABLE_FLAGS = new int[1 << TABLE_BITS];
    /** Each slot's word's {@link #hash}: compared before the word itself. */
    private static final int[] TABLE_HASHES = new int[1 << TABLE_BITS];

    static {
        for (String t : TAXONOMY) {
            LEXICON.merge(t, TAXONOMY_WORD, (a, b) -> a | b);
        }
        for (Map.Entry<String, Integer> en : LEXICON.entrySet()) {
            int hash = hash(en.getKey(), 0, en.getKey().length());
            int slot = slot(hash);
            while (TABLE_WORDS[slot] != null) {
                slot = (slot + 1) & (TABLE_WORDS.length - 1);
            }
            TABLE_WORDS[slot] = en.getKey();
            TABLE_FLAGS[slot] = en.getValue();
            TABLE_HASHES[slot] = hash;
        }
    }

    private static char lowerChar(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + 32);
        }
        return c < 128 ? c : Character.toLowerCase(c);
    }

    /**
     * A word's first slot: its hash scattered (Fibonacci hashing). The hash's low bits alone would crowd the
     * many two-letter class words ({@code md}, {@code xs}) into one run of slots, which open addressing then
     * walks on every miss.
     */
    private static int slot(int hash) {
        return (hash * 0x9E3779B9) >>> (32 - TABLE_BITS);
    }

    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + lowerChar(s.charAt(i));
        }
        return h ^ (h >>> 16);
    }

    /** The lexicon flags of the lower-cased word {@code s[from, to)}, or 0; no allocation. */
    static int lookup(String s, int from, int to) {
        if (to - from > 24) {
            return 0;
        }
        return lookup(s, from, to, hash(s, from, to));
    }

    /** {@link #lookup(String, int, int)} with the word's {@link #hash} already computed; at most 24 chars. */
    private static int lookup(String s, int from, int to, int hash) {
        int len = to - from;
        int slot = slot(hash);
        while (true) {
            String w = TABLE_WORDS[slot];
            if (w == null) {
                return 0;
            }
            if (TABLE_HASHES[slot] == hash && w.length() == len) {
                boolean same = true;
                for (int k = 0; k < len && same; k++) {
                    same = w.charAt(k) == lowerChar(s.charAt(from + k));
                }
                if (same) {
                    return TABLE_FLAGS[slot];
                }
            }
            slot = (slot + 1) & (TABLE_WORDS.length - 1);
        }
    }


    static void split(String s, List<String> out) {
        int n = Math.min(s.length(), MAX_CHARS);
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int tokStart = i;
            int dash = -1;
            while (i < n && !Character.isWhitespace(s.charAt(i))) {
                if (dash < 0 && s.charAt(i) == '-') {
                    dash = i;
                }
                i++;
            }
            int tokEnd = i;
            if (tokEnd == tokStart) {
                break;
            }
            if (dash > tokStart && dash - tokStart <= 9
                    && TAXONOMY.contains(lower(s, tokStart, dash))) {
                continue;
            }
            words(s, tokStart, tokEnd, out);
        }
    }

    /** The words of one token: runs of letters and digits, also cut at camel-case humps. */
    private static void words(String s, int from, int to, List<String> out) {
        int start = -1;
        for (int i = from; i <= to; i++) {
            char c = i < to ? s.charAt(i) : ' ';
            boolean word = Character.isLetterOrDigit(c);
            boolean hump = word && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1));
            if (start >= 0 && (!word || hump)) {
                out.add(lower(s, start, i));
                start = -1;
            }
            if (word && start < 0) {
                start = i;
            }
        }
    }

    /** The chars {@code [from, to)} lower-cased (ASCII fast path; other letters through {@link Character}). */
    private static String lower(String s, int from, int to) {
        char[] out = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            } else if (c >= 128) {
                c = Character.toLowerCase(c);
            }
            out[i - from] = c;
        }
        return new String(out);
    }
}
