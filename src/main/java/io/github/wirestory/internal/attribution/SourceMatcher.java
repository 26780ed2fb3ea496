package io.github.wirestory.internal.attribution;

import io.github.wirestory.AgencyRegistry;
import io.github.wirestory.StateMediaRegistry;
import io.github.wirestory.model.Agency;
import io.github.wirestory.model.Outlet;
import io.github.wirestory.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds outlet, agency and generic state-media names in a unit's tokens with a token trie: one pass, each
 * start position walking at most {@link #maxDepth} tokens, so matching is linear in the text and independent
 * of the registry size. Matches respect word boundaries (they are whole tokens). A name written in capitals
 * only ({@code KCNA}, {@code RT}) matches only in that exact case; other registry names need their first word
 * capitalised; generic phrases ("state media") match in any case.
 */
final class SourceMatcher {

    /** What a name stands for. */
    record Entry(String id, String name, Source.Kind kind, boolean stateMedia, Optional<String> country,
            Outlet.Medium medium, boolean generic, Optional<String> someId, Optional<String> someName) {
        /** With {@link #someId} and {@link #someName} made once, so a mention of the name costs no new optional. */
        Entry(String id, String name, Source.Kind kind, boolean stateMedia, Optional<String> country,
                Outlet.Medium medium, boolean generic) {
            this(id, name, kind, stateMedia, country, medium, generic, Optional.of(id), Optional.of(name));
        }
    }

    private static final class Node {
        final Words next = new Words();
        Entry entry;
        String exact; // non-null: the tokens must equal this raw form (acronyms)
        boolean registry;
    }

    /**
     * The words that continue a name from a node: open addressing over the words' hashes, looked up with the hash a
     * token already holds ({@link Tok#hash}), so a step costs no hashing and no map entry.
     */
    private static final class Words {
        private String[] keys = new String[2];
        private int[] hashes = new int[2];
        private Node[] nodes = new Node[2];
        private int size;

        Node get(String word, int hash) {
            String[] k = keys;
            int mask = k.length - 1;
            for (int i = (hash ^ (hash >>> 16)) & mask; k[i] != null; i = (i + 1) & mask) {
                if (hashes[i] == hash && k[i].equals(word)) {
                    return nodes[i];
                }
            }
            return null;
        }

        /** {@link #get(String, int)} for a token's norm, compared without making its strings. */
        Node get(Tok tk) {
            return probe(tk, tk.hash, false);
        }

        /** {@link #get(String, int)} for a possessive token's base ("KCNA's": kcna), compared in place. */
        Node getBase(Tok tk) {
            return probe(tk, tk.baseHash(), true);
        }

        /** The node of the word with this hash that is the token's norm, or its base. */
        private Node probe(Tok tk, int hash, boolean base) {
            String[] k = keys;
            int mask = k.length - 1;
            for (int i = (hash ^ (hash >>> 16)) & mask; k[i] != null; i = (i + 1) & mask) {
                if (hashes[i] == hash && (base ? tk.baseIs(k[i]) : tk.is(k[i]))) {
                    return nodes[i];
                }
            }
            return null;
        }

        Node getOrAdd(String word) {
            Node n = get(word, word.hashCode());
            if (n == null) {
                if (2 * (size + 1) > keys.length) {
                    grow();
                }
                n = new Node();
                put(word, word.hashCode(), n);
                size++;
            }
            return n;
        }

        private void put(String word, int hash, Node node) {
            int mask = keys.length - 1;
            int i = (hash ^ (hash >>> 16)) & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = word;
            hashes[i] = hash;
            nodes[i] = node;
        }

        private void grow() {
            String[] k = keys;
            int[] h = hashes;
            Node[] n = nodes;
            keys = new String[k.length * 2];
            hashes = new int[k.length * 2];
            nodes = new Node[k.length * 2];
            for (int i = 0; i < k.length; i++) {
                if (k[i] != null) {
                    put(k[i], h[i], n[i]);
                }
            }
        }
    }

    /** Extra non-state outlets often named in wire copy. */
    private static final String[][] OTHER_OUTLETS = {
        {"nk-news", "NK News", "GB"}, {"nhk", "NHK", "JP"}, {"bbc", "BBC", "GB"}, {"interfax", "Interfax", "RU"},
        {"voa", "Voice of America", "US"}, {"rfa", "Radio Free Asia", "US"}, {"daily-nk", "Daily NK", "KR"},
        {"chosun-ilbo", "Chosun Ilbo", "KR"}, {"joongang-ilbo", "JoongAng Ilbo", "KR"},
        {"dong-a-ilbo", "Dong-A Ilbo", "KR"}, {"korea-herald", "Korea Herald", "KR"},
        {"korea-times", "Korea Times", "KR"}, {"kbs", "KBS", "KR"}, {"nikkei", "Nikkei", "JP"},
        {"asahi", "Asahi Shimbun", "JP"}, {"nyt", "New York Times", "US"}, {"wapo", "Washington Post", "US"},
        {"wsj", "Wall Street Journal", "US"}, {"ft", "Financial Times", "GB"}, {"guardian", "Guardian", "GB"},
        {"scmp", "South China Morning Post", "HK"}, {"kommersant", "Kommersant", "RU"},
        {"meduza", "Meduza", "LV"}, {"iran-international", "Iran International", "GB"},
        {"dpa", "Deutsche Presse-Agentur", "DE"}, {"dpa", "dpa", "DE"}, {"efe", "EFE", "ES"},
        {"ansa", "ANSA", "IT"}, {"pti", "Press Trust of India", "IN"}, {"pti", "PTI", "IN"},
        {"jiji", "Jiji Press", "JP"}, {"jiji", "Jiji", "JP"}, {"cna", "Central News Agency", "TW"},
        {"newsis", "Newsis", "KR"}, {"news1", "News1", "KR"}, {"ukrinform", "Ukrinform", "UA"},
    };

    private final Node root = new Node();
    private int maxDepth = 1;
    /**
     * A filter over the hashes of the root's words (one bit per hash bucket): a word whose bit is clear starts no
     * name, so most words cost one array read instead of a map look-up.
     */
    private final long[] firstWords = new long[FIRST_WORD_BITS / 64];
    private static final int FIRST_WORD_BITS = 8192;

    private static int firstWordBit(int hash) {
        return (hash ^ (hash >>> 13)) & (FIRST_WORD_BITS - 1);
    }

    private boolean mayStartName(int hash) {
        return mayStartName(firstWords, hash);
    }

    /** Whether a word of this hash may start a name by a matcher's first-word filter ({@link #firstWords()}). */
    static boolean mayStartName(long[] firstWords, int hash) {
        int bit = firstWordBit(hash);
        return (firstWords[bit >>> 6] & (1L << bit)) != 0;
    }

    /**
     * This matcher's first-word filter, for {@link Tok#unit(String, int, int, long[])} to note the words a name may
     * start on (the array is the matcher's own, never written after it is built: the caller must not write it).
     */
    long[] firstWords() {
        return firstWords;
    }

    SourceMatcher(StateMediaRegistry media, AgencyRegistry agencies) {
        List<String> generic = new ArrayList<>(Lexicon.GENERIC);
        generic.addAll(Lexicon.GENERIC_COMBINATIONS);
        for (String g : generic) {
            add(g, new Entry("state-media", g, Source.Kind.STATE_MEDIA, true, Optional.empty(), genericMedium(g),
                    true), false);
        }
        for (String[] o : OTHER_OUTLETS) {
            add(o[1], new Entry(o[0], o[1], Source.Kind.NEWS_AGENCY, false, Optional.of(o[2]),
                    Outlet.Medium.NEWSPAPER, false), true);
        }
        for (Agency a : agencies.all()) {
            if (media.byId(a.id()).isPresent()) {
                continue;
            }
            // the state-media registry alone decides what is state media: an agency it does not list (EFE, Lusa:
            // state-owned but editorially independent) is a news agency here, and removing an outlet from it works
            Entry e = new Entry(a.id(), a.name(), Source.Kind.NEWS_AGENCY, false, a.country(),
                    Outlet.Medium.NEWS_AGENCY, false);
            for (String n : a.allNames()) {
                add(n, e, true);
            }
        }
        for (Outlet o : media.all()) {
            Entry e = new Entry(o.id(), o.name(), Source.Kind.STATE_MEDIA, true, Optional.of(o.country()),
                    o.medium(), false);
            for (String n : o.allNames()) {
                add(n, e, true);
            }
        }
    }

    private static Outlet.Medium genericMedium(String g) {
        if (g.contains("agency") || g.contains("service") || g.contains("wire")) {
            return Outlet.Medium.NEWS_AGENCY;
        }
        if (g.contains("newspaper") || g.contains("daily") || g.contains("mouthpiece") || g.contains("press")) {
            return Outlet.Medium.NEWSPAPER;
        }
        if (g.contains("tv") || g.contains("television") || g.contains("broadcaster") || g.contains("radio")) {
            return Outlet.Medium.BROADCASTER;
        }
        return Outlet.Medium.ONLINE;
    }

    private void add(String name, Entry e, boolean registry) {
        List<Tok> toks = Tok.of(name, 0, name.length());
        List<String> words = new ArrayList<>();
        for (Tok t : toks) {
            if (t.word) {
                words.add(t.norm());
            }
        }
        if (words.isEmpty()) {
            return;
        }
        int first = firstWordBit(words.get(0).hashCode());
        firstWords[first >>> 6] |= 1L << first;
        Node n = root;
        for (String w : words) {
            n = n.next.getOrAdd(w);
        }
        boolean caseFree = n.entry != null && n.exact == null;
        n.entry = e;
        n.registry = registry;
        n.exact = registry && isAcronym(name) && !caseFree ? name : null;
        maxDepth = Math.max(maxDepth, words.size());
    }

    private static boolean isAcronym(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2 && s.length() <= 12;
    }

    /** A raw name match over tokens {@code [from, to)}. */
    record Match(int from, int to, Entry entry) {}

    /** Leftmost-longest, non-overlapping matches over the word tokens. */
    List<Match> find(List<Tok> toks) {
        return find(toks, new ArrayList<>());
    }

    /** {@link #find(List)} into {@code out}, which it empties first; returns {@code out}. */
    List<Match> find(List<Tok> toks, List<Match> out) {
        out.clear();
        // the words a name may start on, when the tokenizer noted them with this matcher's filter: the scan goes
        // from one to the next (every other token is skipped below)
        int[] starts = Tok.starts(toks, firstWords);
        int q = 0;
        int t = 0;
        while (t < toks.size()) {
            if (starts != null) {
                while (starts[q] >= 0 && starts[q] < t) {
                    q++;
                }
                if (starts[q] < 0) {
                    break;
                }
                t = starts[q];
            }
            Tok first = toks.get(t);
            if (!first.word || !first.possessive() && !mayStartName(first.hash)) {
                t++; // a possessive may start a name by its base ("KCNA's")
                continue;
            }
            Node n = root;
            Match best = null;
            for (int k = t; k < toks.size() && k - t < maxDepth; k++) {
                Tok tk = toks.get(k);
                if (!tk.word) {
                    break;
                }
                Node next = n.next.get(tk);
                Node viaBase = null;
                if (next == null && tk.possessive()) {
                    viaBase = n.next.getBase(tk);
                }
                Node hit = next != null ? next : viaBase;
                if (hit == null) {
                    break;
                }
                if (hit.entry != null && accepts(hit, toks, t, k)) {
                    best = new Match(t, k + 1, hit.entry);
                }
                if (viaBase != null) {
                    break; // a possessive ends the name
                }
                n = hit;
            }
            if (best != null) {
                out.add(best);
                t = best.to();
            } else {
                t++;
            }
        }
        return out;
    }

    private static boolean accepts(Node hit, List<Tok> toks, int from, int last) {
        if (hit.exact != null) {
            StringBuilder sb = new StringBuilder();
            for (int k = from; k <= last; k++) {
                String raw = toks.get(k).raw();
                if (k == last && toks.get(k).possessive() && !raw.replace('\u2019', '\'').equals(hit.exact)) {
                    raw = raw.substring(0, raw.length() - 2);
                }
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(raw);
            }
            return sb.toString().replace(' ', '\u0000').equals(hit.exact.replace(' ', '\u0000'))
                    || sb.toString().equals(hit.exact.replace('-', ' '))
                    || normalizedSpaces(hit.exact).equals(sb.toString())
                    || titleCaseAgency(sb.toString(), hit.exact, toks, from, last);
        }
        if (hit.registry) {
            return toks.get(from).isCapitalized();
        }
        // a generic phrase that starts in lower case does not end in a title-case word: in "the state-run Press
        // TV", "state-run press" is not the phrase, Press TV is the name ("state TV" is)
        String lastRaw = toks.get(last).raw();
        boolean titleCase = Character.isUpperCase(lastRaw.charAt(0)) && lastRaw.length() > 1
                && Character.isLowerCase(lastRaw.charAt(lastRaw.length() - 1));
        // ("the daily of the ruling Communist Party" is a phrase: a name does not follow "of the")
        boolean ofPhrase = last - from > 2 && toks.get(from + 1).is("of");
        return last == from || ofPhrase || toks.get(from).isCapitalized() || !titleCase;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /**
     * AFP style writes pronounceable agency acronyms in title case ("the Isna news agency", "state news agency
     * Irna"). Such a form matches only right next to an agency word, so a name like "Sana" alone does not.
     */
    private static boolean titleCaseAgency(String written, String exact, List<Tok> toks, int from, int last) {
        if (from != last || exact.length() < 3 || written.length() != exact.length()
                || !written.equals(exact.charAt(0) + exact.substring(1).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        boolean after = last + 2 < toks.size() && toks.get(last + 1).is("news") && toks.get(last + 2).is("agency")
                || last + 1 < toks.size() && toks.get(last + 1).is("agency");
        boolean before = from >= 2 && toks.get(from - 1).is("agency") && toks.get(from - 2).is("news");
        return after || before;
    }

    private static String normalizedSpaces(String s) {
        return String.join(" ", SPACES.split(s)); // compiled once: String.split("\\s+") compiles on every call
    }
}
