package io.github.wirestory.internal.attribution;

import io.github.wirestory.AgencyRegistry;
import io.github.wirestory.StateMediaRegistry;
import io.github.wirestory.internal.ListBuffer;
import io.github.wirestory.internal.Regions;
import io.github.wirestory.internal.dateline.RelativeDays;
import io.github.wirestory.model.AgencyCredit;
import io.github.wirestory.model.Claim;
import io.github.wirestory.model.Dateline;
import io.github.wirestory.model.Outlet;
import io.github.wirestory.model.Paragraph;
import io.github.wirestory.model.Quote;
import io.github.wirestory.model.Source;
import io.github.wirestory.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds quotes and attributed claims in a story, in one pass over its units (headline, then paragraphs).
 * What counts as a claim, the cue lexicon and the registry are described in {@code docs/attribution.md}.
 * Immutable and thread-safe; build once per parser.
 */
public final class AttributionExtractor {
    private static final int MAX_NP = 10;
    private static final int MAX_SKIP = 4;

    private final SourceMatcher matcher;
    private final AgencyRegistry agencies;

    /**
     * @param media the state-media registry
     * @param agencies the agency registry (non-state agencies become {@link Source.Kind#NEWS_AGENCY} sources)
     */
    public AttributionExtractor(StateMediaRegistry media, AgencyRegistry agencies) {
        this.matcher = new SourceMatcher(media, agencies);
        this.agencies = agencies;
        java.util.Set<String> first = new java.util.HashSet<>();
        for (io.github.wirestory.model.Agency a : agencies.all()) {
            for (String n : a.allNames()) {
                List<Tok> words = Tok.of(n, 0, n.length()); // the tokens the subject's first word is read as
                int w = !words.isEmpty() && words.get(0).is("the") && words.size() > 1 ? 1 : 0;
                if (w < words.size()) {
                    first.add(words.get(w).norm());
                }
            }
        }
        this.agencyFirstWords = java.util.Set.copyOf(first);
        this.agencyFirstHashes = first.stream().mapToInt(String::hashCode).sorted().distinct().toArray();
        for (int h : agencyFirstHashes) {
            int bit = agencyFirstBit(h);
            agencyFirstFilter[bit >>> 6] |= 1L << bit;
        }
    }

    /**
     * One bit per hash bucket, set for the buckets of {@link #agencyFirstHashes}: most words are ruled out by one
     * read of a small array that stays in cache, before the binary search.
     */
    private final long[] agencyFirstFilter = new long[AGENCY_FIRST_BITS / 64];
    private static final int AGENCY_FIRST_BITS = 4096;

    private static int agencyFirstBit(int hash) {
        return (hash ^ (hash >>> 12)) & (AGENCY_FIRST_BITS - 1);
    }

    /** The hashes of {@link #agencyFirstWords}, sorted: most words are ruled out without making their strings. */
    private final int[] agencyFirstHashes;

    /** Whether the token's norm is the first word of an agency name. */
    boolean startsAgencyName(Tok t) {
        int bit = agencyFirstBit(t.hash);
        return (agencyFirstFilter[bit >>> 6] & (1L << bit)) != 0
                && java.util.Arrays.binarySearch(agencyFirstHashes, t.hash) >= 0 && agencyFirstWords.contains(t.norm());
    }

    /**
     * The first word (lower case, after "the") of every agency name: a noun phrase that starts with another word
     * is looked up in no registry, which saves a lower-cased copy of it per candidate subject.
     */
    private final java.util.Set<String> agencyFirstWords;

    /**
     * The quotes and claims of a story.
     *
     * @param quotes every direct quote, in text order
     * @param claims every claim, in text order
     */
    public record Result(List<Quote> quotes, List<Claim> claims) {}

    /**
     * Extracts quotes and claims.
     *
     * @param text the story text
     * @param headline the headline, which must be the first text in {@code text}, when there is one
     * @param paragraphs the body paragraphs
     * @param dateline the dateline (its date resolves "reported Thursday")
     * @param wire the agency the story comes from: when it is itself a state outlet, its own name is not a source
     * @return quotes and claims
     */
    public Result extract(String text, Optional<String> headline, List<Paragraph> paragraphs,
            Optional<Dateline> dateline, Optional<AgencyCredit> wire) {
        Scratch[] held = SCRATCH.get();
        Scratch scratch = held[0] != null ? held[0] : new Scratch();
        held[0] = null; // taken: an extraction nested on this thread makes its own
        UnitList units = scratch.units;
        headlineUnit(text, headline, units);
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            units.add(p.index(), p.span().begin(), p.span().end());
        }
        try {
            return extract(text, dateline, wire, scratch);
        } finally {
            if (scratch.clear()) {
                held[0] = scratch;
            }
        }
    }

    /**
     * A thread's working lists, reused from story to story and emptied after each (so no story stays reachable
     * through them): the story's units and the lists of one extraction ({@link Run}).
     */
    private static final class Scratch {
        final UnitList units = new UnitList();
        final ArrayList<RawClaim> claims = new ArrayList<>();
        final ArrayList<RawQuote> quotes = new ArrayList<>();
        final ArrayList<Cand> cands = new ArrayList<>(4);
        final ArrayList<Mention> mentions = new ArrayList<>();
        final ArrayList<SourceMatcher.Match> matches = new ArrayList<>();
        final ArrayList<SourceMatcher.Match> outletMatches = new ArrayList<>(2);

        /** Empties the lists; whether they are small enough to keep. */
        boolean clear() {
            boolean keep = units.size() <= MAX_KEPT_ENTRIES && claims.size() <= MAX_KEPT_ENTRIES
                    && quotes.size() <= MAX_KEPT_ENTRIES
                    && mentions.size() <= MAX_KEPT_ENTRIES && matches.size() <= MAX_KEPT_ENTRIES;
            units.clear();
            claims.clear();
            quotes.clear();
            cands.clear();
            mentions.clear();
            matches.clear();
            outletMatches.clear();
            return keep;
        }
    }

    /**
     * A story's units, kept per thread and reused from story to story: the list and its {@link Unit} objects (which
     * hold offsets only, so no story stays reachable through them).
     */
    private static final class UnitList extends java.util.AbstractList<Unit> implements java.util.RandomAccess {
        private Unit[] units = new Unit[16];
        private int size;

        void add(int paragraph, int begin, int end) {
            if (size == units.length) {
                units = java.util.Arrays.copyOf(units, size * 2);
            }
            Unit u = units[size];
            units[size++] = u == null ? new Unit(paragraph, begin, end) : u.set(paragraph, begin, end);
        }

        @Override
        public Unit get(int index) {
            java.util.Objects.checkIndex(index, size);
            return units[index];
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            size = 0;
        }
    }

    private static final ThreadLocal<Scratch[]> SCRATCH = ThreadLocal.withInitial(() -> new Scratch[1]);
    private static final int MAX_KEPT_ENTRIES = 1024;

    private Result extract(String text, Optional<Dateline> dateline, Optional<AgencyCredit> wire, Scratch scratch) {
        List<Unit> units = scratch.units;
        Tok.openWords(); // repeated words share strings within this story
        Mention[][] arrays = MENTION_ARRAYS.get();
        Mention[] endAt = arrays[0];
        Mention[] startAt = arrays[1];
        arrays[0] = null; // taken: an extraction nested on this thread makes its own
        arrays[1] = null;
        Run run = null;
        try {
            String wireId = wire.isPresent() ? wire.get().agency().id() : "";
            run = new Run(text, dateline.flatMap(Dateline::date), wireId, endAt, startAt, scratch);
            return extract(text, scratch, dateline, run);
        } finally {
            Tok.closeWords();
            if (run != null && run.endAt != null && run.endAt.length <= MAX_KEPT_MENTIONS) {
                java.util.Arrays.fill(run.endAt, null); // no story's mentions stay reachable
                java.util.Arrays.fill(run.startAt, null);
                arrays[0] = run.endAt;
                arrays[1] = run.startAt;
            }
        }
    }

    /**
     * Each thread's pair of mention arrays ({@link Run#endAt}, {@link Run#startAt}), reused from story to story and
     * emptied after each; arrays longer than {@link #MAX_KEPT_MENTIONS} are not kept.
     */
    private static final ThreadLocal<Mention[][]> MENTION_ARRAYS = ThreadLocal.withInitial(() -> new Mention[2][]);
    private static final int MAX_KEPT_MENTIONS = 4096;

    private Result extract(String text, Scratch scratch, Optional<Dateline> dateline, Run run) {
        List<Unit> units = scratch.units;
        run.quotes = QuoteFinder.find(text, units, scratch.quotes);
        // the lede's dateline is cut from its paragraph: "(NNN-SPA)" there makes SPA the antecedent of "the report"
        // the dateline's tokens are the thread's unit tokens until the first paragraph's replace them
        if (dateline.isPresent()) {
            Span d = dateline.get().span();
            run.noteDatelineOutlet(Tok.unit(text, d.begin(), d.end()));
        }
        for (int u = 0; u < units.size(); u++) {
            run.unit(units.get(u), u + 1 < units.size() ? units.get(u + 1) : null);
        }
        return run.result();
    }

    private static void headlineUnit(String text, Optional<String> headline, UnitList out) {
        if (headline.isEmpty() || headline.get().isEmpty()) {
            return;
        }
        int b = Regions.stripBegin(text, 0, text.length());
        String h = headline.get();
        if (text.startsWith(h, b)) {
            out.add(-1, b, b + h.length());
            return;
        }
        int e = text.indexOf("\n\n", b);
        e = Regions.stripEnd(text, b, e < 0 ? Math.min(text.length(), b + h.length()) : e);
        out.add(-1, b, e);
    }

    /** A source noun phrase over tokens {@code [from, to)}. */
    private record Subj(int from, int to, Source source) {}

    /** A candidate attribution in a sentence. */
    private record Cand(Subj subj, String cue, int cueTok, int rank, Optional<String> speaker,
            Optional<LocalDate> date) {}

    private record RawClaim(int begin, int end, int paragraph, Source source, String cue,
            Optional<String> speaker, Optional<LocalDate> date) {}

    /** Registry outlets whose names other outlets share, with the words that place a story in their country. */
    private static final java.util.Map<String, String[]> AMBIGUOUS = java.util.Map.of(
            "ntv-russia", new String[] {"Russia", "Moscow", "Kremlin", "Putin"},
            "herald-zimbabwe", new String[] {"Zimbabwe", "Harare", "ZANU"});

    /** Words after a comma that open a second clause with its own attribution. */
    private static final java.util.Set<String> CLAUSE_JOINERS = java.util.Set.of("while", "whereas", "but", "and",
            "though", "although");

    /** Per-story state: anaphora slots hold only the latest antecedent of each kind, so lookup is O(1). */
    private final class Run {
        final String text;
        List<RawQuote> quotes; // set by extract before the first unit
        final Optional<LocalDate> date;
        final String wireId;
        final List<RawClaim> claims;
        int quotePtr;
        /** The latest media antecedent; see {@link #lastMedia()}, which also reads {@link #otherReportFrom}. */
        private Source lastMedia;
        /**
         * Where the text of a report noted by {@link #noteOtherReport} begins, when it is the latest media antecedent
         * and its source is not made yet (most are never read), else -1; it ends at {@link #otherReportTo}.
         */
        private int otherReportFrom = -1;
        private int otherReportTo;

        /** The latest media antecedent, made now when it is a report noted by {@link #noteOtherReport}. */
        private Source lastMedia() {
            if (otherReportFrom >= 0) {
                lastMedia = new Source(Source.Kind.ORGANIZATION, text.substring(otherReportFrom, otherReportTo),
                        Optional.empty(), Optional.empty(), false, Optional.empty());
                otherReportFrom = -1;
            }
            return lastMedia;
        }

        /** Sets the latest media antecedent. */
        private void lastMedia(Source s) {
            lastMedia = s;
            otherReportFrom = -1;
        }
        Source lastAgency;
        Source lastNewspaper;
        Source lastBroadcaster;
        Source lastClaim;
        /** The statement an outlet quoted in the latest claim ("SPA quoted a statement ... as saying"), or null. */
        Source quotedStatement;
        /** The person or body speaking in the current sentence's report, when one was found. */
        Source speakerSource;
        /** A candidate whose speaker an outlet's document carries ("In a KCNA report, the ministry vowed"), and that speaker. */
        Cand converted;
        Source convertedFrom;
        /** The candidates of the sentence being read, reused from sentence to sentence. */
        private final List<Cand> cands;
        /** A second attributed clause of the current sentence ("..., while Xinhua reported ..."), or null. */
        Cand second;
        /** The boundary token between the clauses of the sentence's best candidate and {@link #second}. */
        int secondSplit;
        /** Acronyms introduced for sources the registries do not know: "the Joint Chiefs of Staff (JCS)". */
        java.util.Map<String, Source> acronyms = java.util.Map.of(); // made on the first acronym

        // per unit
        List<Tok> toks;
        /**
         * {@link Tok#unitSummary()} of {@link #toks}: passes that open only on a word of some class, or on a
         * parenthesis, skip a unit without one.
         */
        int summary;
        Mention[] endAt;
        Mention[] startAt;
        /** The mentions the arrays hold, cleared at the start of the next unit. */
        List<Mention> unitMentions = List.of();
        /** The list {@link #mentions()} fills, reused from unit to unit (it becomes {@link #unitMentions}). */
        private final List<Mention> unitMentionList;
        /** The name matches of the current unit, reused from unit to unit. */
        private final List<SourceMatcher.Match> matches;
        /** The name matches of a dateline's credit ({@link #noteDatelineOutlet}), reused. */
        private final List<SourceMatcher.Match> outletMatches;
        boolean headline;

        Run(String text, Optional<LocalDate> date, String wireId, Mention[] endAt, Mention[] startAt,
                Scratch scratch) {
            this.text = text;
            this.claims = scratch.claims; // the thread's lists, empty
            this.cands = scratch.cands;
            this.unitMentionList = scratch.mentions;
            this.matches = scratch.matches;
            this.outletMatches = scratch.outletMatches;
            this.date = date;
            this.wireId = wireId;
            this.endAt = endAt; // empty arrays from an earlier story on this thread, or null
            this.startAt = startAt;
        }

        void unit(Unit unit, Unit next) {
            headline = unit.paragraph() < 0;
            toks = Tok.unit(text, unit.begin(), unit.end(), matcher.firstWords());
            summary = Tok.unitSummary();
            cueAt = Tok.cues(toks);
            cueFrom = 0;
            cueSentence = 0;
            markQuoted();
            int n = toks.size();
            for (int i = 0; i < unitMentions.size(); i++) { // the previous unit's entries: the arrays are empty again
                Mention m = unitMentions.get(i);
                endAt[m.to - 1] = null;
                startAt[m.from] = null;
            }
            if (endAt == null || endAt.length < n) {
                // one pair of arrays per thread, grown to the longest unit (indices stay below toks.size())
                endAt = new Mention[Math.max(n, endAt == null ? 16 : endAt.length * 2)];
                startAt = new Mention[endAt.length];
            }
            List<Mention> mentions = mentions();
            unitMentions = mentions;
            for (int i = 0; i < mentions.size(); i++) { // indexed: no iterator per unit
                Mention m = mentions.get(i);
                endAt[m.to - 1] = m;
                startAt[m.from] = m;
            }
            if ((summary & Tok.OPEN_PAREN) != 0) {
                noteAcronyms(); // it opens on a "(" token only
            }
            noteDatelineOutlet(toks);
            int mi = 0;
            List<int[]> sentences = Sentences.split(toks);
            for (int si = 0; si < sentences.size(); si++) {
                int[] s = sentences.get(si);
                Cand best = sentence(s[0], s[1]);
                Cand other = second;
                int split = secondSplit;
                if (other != null && other.cueTok() < best.cueTok()) {
                    // "KCNA said ..., while Xinhua reported ...": two clauses, two claims, in text order
                    claim(unit, next, s[0], split, other);
                    claim(unit, next, clauseAfter(split, s[1]), s[1], best);
                } else if (other != null) {
                    claim(unit, next, s[0], split, best);
                    claim(unit, next, clauseAfter(split, s[1]), s[1], other);
                } else if (best != null) {
                    claim(unit, next, s[0], s[1], best);
                }
                // noteOtherReport and noteOtherOutlet open only on a word of their class: a unit with none has
                // only its mentions to note, and the scan goes from one to the next
                boolean others = (summary & (Tok.OTHER_REPORT | Tok.OUTLET_HEAD)) != 0;
                for (int k = s[0]; k < s[1]; k++) {
                    if (mi < mentions.size() && mentions.get(mi).from == k) {
                        Mention m = mentions.get(mi++);
                        note(m);
                        k = m.to - 1;
                    } else if (others) {
                        noteOtherReport(k);
                        noteOtherOutlet(k);
                    } else {
                        int at = mi < mentions.size() ? mentions.get(mi).from : s[1];
                        k = at > k && at < s[1] ? at - 1 : s[1];
                    }
                }
                if (best == null) {
                    noteOpeningOrganization(s[0], s[1]);
                }
                if (best != null) {
                    // the speaking outlet, not one named in a side clause, is what "the paper said" refers to next
                    Mention own = startAt[best.subj().from()];
                    if (own == null && best.subj().to() - 1 < toks.size()) {
                        own = endAt[best.subj().to() - 1];
                    }
                    if (own != null && own.source.id().equals(best.subj().source().id())) {
                        note(own);
                    }
                }
            }
        }

        /** Records the claim of tokens {@code [s, e)} of the current unit, unless it is the wire's own voice. */
        private void claim(Unit unit, Unit next, int s, int e, Cand best) {
            if (wireId.length() > 0 && best.subj().source().id().orElse("").equals(wireId)) {
                return;
            }
            int b = toks.get(s).begin;
            int end = toks.get(e - 1).end;
            if (next != null && next.paragraph() >= 0 && e == toks.size() && toks.get(e - 1).isPunct(':')
                    && opensWithQuote(next)) {
                end = next.end(); // 'KCNA said:' and the quote in the next paragraph
            }
            claims.add(new RawClaim(b, end, unit.paragraph(), best.subj().source(), best.cue(),
                    best.speaker(), best.date()));
            // after "the ministry said in a statement carried by KCNA", "it" is the ministry
            lastClaim = (carried(best.cue()) || best == converted) && speakerSource != null ? speakerSource
                    : best.subj().source();
            // "SPA quoted a statement issued last night as saying ..." then "the statement said": the statement
            // is the quoted body's, not the outlet's
            quotedStatement = best.speaker().isPresent() && (best.cue().equals("quoted") || best.cue().equals("cited"))
                    && containsWord(best.speaker().get(), "statement")
                    ? new Source(Source.Kind.UNKNOWN, best.speaker().get(), Optional.empty(), Optional.empty(), false,
                        Optional.empty()) : null;
            noteGeneral(best.subj().source());
        }

        /** Whether the first place {@code text}, lower-cased, holds {@code word} (lower case) starts a word. */
        private static boolean containsWord(String text, String word) {
            int i = Regions.indexOfLower(text, 0, text.length(), word);
            return i >= 0 && (i == 0 || !Character.isLetter(text.charAt(i - 1)));
        }

        /** Whether a source as written is a pronoun ("He", "they"). */
        private static boolean pronoun(String written) {
            return written.length() <= 4 && Lexicon.PRONOUNS.contains(written.toLowerCase(Locale.ROOT));
        }

        /** The first token of the clause after the boundary at {@code k} (past the comma and its conjunction). */
        private int clauseAfter(int k, int e) {
            int i = k + 1;
            if (!toks.get(k).word && i < e - 1 && toks.get(i).word && Lexicon.CLAUSE_OPENERS.has(toks.get(i))) {
                i++;
            }
            return i;
        }

        private boolean opensWithQuote(Unit u) {
            int i = Regions.stripBegin(text, u.begin(), u.end());
            return i < u.end() && Sentences.isQuoteMark(text.charAt(i)) && text.charAt(i) != '\u2019';
        }

        private void noteAcronyms() {
            for (int k = 1; k + 2 < toks.size(); k++) {
                Tok a = toks.get(k + 1);
                if (!toks.get(k).isPunct('(') || !toks.get(k + 2).isPunct(')') || !a.word || a.rawLength() < 2
                        || a.rawLength() > 8 || !a.allUpper()
                        || endAt[k - 1] != null || acronyms.size() > 1000) {
                    continue;
                }
                int b = k - 1;
                while (b >= 0 && k - b <= 8 && toks.get(b).word && (toks.get(b).isCapitalized()
                        || toks.get(b).is("of") || toks.get(b).is("and") || toks.get(b).is("for"))) {
                    b--;
                }
                if (k - 1 - b >= 2) {
                    Subj g = general(b + 1, k);
                    if (g != null) {
                        if (acronyms.isEmpty()) {
                            acronyms = new java.util.HashMap<>();
                        }
                        acronyms.putIfAbsent(a.raw(), g.source());
                    }
                }
            }
        }

        private void markQuoted() {
            int n = toks.size();
            if (n == 0) {
                return;
            }
            int last = toks.get(n - 1).begin;
            for (int i = 0; i < n; i++) {
                Tok t = toks.get(i);
                while (quotePtr < quotes.size() && quotes.get(quotePtr).close() <= t.begin) {
                    quotePtr++;
                }
                if (quotePtr >= quotes.size()) {
                    break; // the tokens left are in no quote (they are made unquoted)
                }
                RawQuote q = quotes.get(quotePtr);
                if (q.open() >= last) {
                    break; // nor when the quote opens after them (and quotePtr stays on it, as it would)
                }
                t.quoted = q.open() < t.begin && t.begin < q.close() - 1;
            }
        }

        // ---------------------------------------------------------------- mentions

        /** Per story: whether its text names the country of an ambiguous outlet name, by outlet id. */
        private java.util.Map<String, Boolean> contextOf; // made on the first ambiguous name

        /**
         * An outlet name several outlets share stands for the registry's outlet only when the story names its
         * country: Turkey's private NTV is not Russia's state NTV ({@link #AMBIGUOUS}).
         */
        private boolean plausible(SourceMatcher.Entry entry) {
            String[] words = AMBIGUOUS.get(entry.id());
            if (words == null) {
                return true;
            }
            if (contextOf == null) {
                contextOf = new java.util.HashMap<>(2);
            }
            return contextOf.computeIfAbsent(entry.id(), id -> {
                for (String w : words) {
                    if (text.indexOf(w) >= 0) {
                        return true;
                    }
                }
                return false;
            });
        }

        private List<Mention> mentions() {
            List<Mention> out = unitMentionList;
            out.clear(); // the previous unit's entries are already cleared from the arrays
            List<SourceMatcher.Match> found = matcher.find(toks, matches);
            for (int i = 0; i < found.size(); i++) {
                SourceMatcher.Match m = found.get(i);
                if (toks.get(m.from()).quoted || !plausible(m.entry())) {
                    continue;
                }
                Mention x = expand(m);
                if (!out.isEmpty() && out.get(out.size() - 1).to >= x.from && !x.entry.generic()
                        && x.to - out.get(out.size() - 1).from <= MAX_NP
                        && out.get(out.size() - 1).entry.id().equals(x.entry.id())) {
                    // "the Emirates News Agency WAM": a name and its acronym side by side are one mention
                    Mention prev = out.remove(out.size() - 1);
                    Source ps = prev.source;
                    int to = Math.max(prev.to, x.to);
                    String written = text.substring(toks.get(prev.from).begin, toks.get(to - 1).end);
                    x = new Mention(prev.from, to, prev.entry, new Source(ps.kind(), written, ps.id(), ps.name(),
                            ps.stateMedia(), ps.country()), prev.personal || x.personal);
                }
                // a specific name swallows a generic phrase standing before it ("state broadcaster CCTV")
                while (!out.isEmpty() && out.get(out.size() - 1).to > x.from) {
                    Mention prev = out.get(out.size() - 1);
                    if ((prev.from <= x.from && prev.to >= x.to) || (!prev.entry.generic() && x.entry.generic())) {
                        x = null; // "the Korean Central News Agency (KCNA)": the acronym is part of the name
                        break;
                    }
                    out.remove(out.size() - 1);
                }
                if (x != null) {
                    out.add(x);
                }
            }
            if (!headline) {
                nameAfterGeneric(out);
            }
            return out;
        }

        /**
         * "the kingdom's state-owned broadcaster Al-Hadath TV": a generic state phrase right before a capitalised
         * name the registries do not know takes the name in (at most four words; not a day, month or cue).
         */
        private void nameAfterGeneric(List<Mention> out) {
            for (int i = 0; i < out.size(); i++) {
                Mention g = out.get(i);
                if (!g.entry.generic() || g.personal) {
                    continue;
                }
                int limit = i + 1 < out.size() ? out.get(i + 1).from : toks.size();
                int k = g.to;
                while (k < limit && k - g.to < 4 && toks.get(k).word && !toks.get(k).quoted
                        && toks.get(k).isCapitalized() && !toks.get(k).possessive()
                        && !Lexicon.CUES.has(toks.get(k)) && !Lexicon.ADVERBS.has(toks.get(k))
                        && !isDateWord(toks.get(k).norm())) {
                    k++;
                }
                if (k > g.to) {
                    String written = text.substring(toks.get(g.from).begin, toks.get(k - 1).end);
                    Source gs = g.source;
                    out.set(i, new Mention(g.from, k, g.entry, new Source(gs.kind(), written, gs.id(), gs.name(),
                            gs.stateMedia(), gs.country()), false));
                }
            }
        }

        private Mention expand(SourceMatcher.Match m) {
            int from = m.from();
            int to = m.to();
            boolean possessive = toks.get(to - 1).possessive();
            // right: "news agency", "(KCNA)", "'s English-language service", "report"
            if (!possessive) {
                int k = to;
                while (k < toks.size() && k - to < 4 && toks.get(k).word && !toks.get(k).quoted
                        && (Lexicon.TRAILERS.has(toks.get(k))
                            || ((toks.get(k).is("state") || toks.get(k).is("state-run") || toks.get(k).is("official")
                                || toks.get(k).is("state-owned")) && k + 1 < toks.size()
                                && Lexicon.TRAILERS.has(toks.get(k + 1))))
                        && !(toks.get(k).is("news") && k + 1 < toks.size() && !toks.get(k + 1).word)) {
                    k++;
                }
                to = k;
            } else if (to < toks.size() && toks.get(to).endsWith("-language")) {
                to++;
                if (to < toks.size() && toks.get(to).word && Lexicon.TRAILERS.has(toks.get(to))) {
                    to++;
                } else if (to < toks.size() && toks.get(to).word && (toks.get(to).is("edition")
                        || toks.get(to).is("arm") || toks.get(to).is("version") || toks.get(to).is("site"))) {
                    to++;
                }
            }
            if (to + 2 < toks.size() && toks.get(to).isPunct('(') && toks.get(to + 2).isPunct(')')
                    && toks.get(to + 1).word && toks.get(to + 1).allUpper()) {
                to += 3;
            }
            boolean personal = false;
            if (to < toks.size() && toks.get(to).word) {
                Tok n = toks.get(to);
                if (Lexicon.DOCUMENTS.has(n) && !(headline && Lexicon.CUES.has(n)
                        && !(to + 1 < toks.size() && Lexicon.CUES.has(toks.get(to + 1))))) {
                    // "the KCNA report said"; not in "North Korean State Media Report Kim ..." (a headline verb)
                    to++;
                } else if (n.is("reports") && to + 1 < toks.size() && Lexicon.CUES.has(toks.get(to + 1))) {
                    to++;
                } else if (Lexicon.PERSON_NOUNS.has(n)) {
                    personal = true;
                }
            }
            // left: "the official", "North Korea's state-run", "the North's official", "state broadcaster"
            int k = from - 1;
            int budget = 6;
            while (k >= 0 && budget-- > 0) {
                Tok t = toks.get(k);
                if (!t.word || t.quoted) {
                    break;
                }
                if (t.is("the") || t.is("a") || t.is("an")) {
                    k--;
                    // "Chinese newspaper the Global Times", "state broadcaster the IRIB": a media noun before
                    int q = k;
                    if (t.is("the") && q >= 0 && toks.get(q).word && !toks.get(q).quoted
                            && Lexicon.MEDIA_WORDS.has(toks.get(q)) && m.to() - m.from() <= 6) {
                        q--;
                        while (q >= 0 && k - q < 3 && toks.get(q).word && !toks.get(q).quoted
                                && (Lexicon.DEMONYMS.has(toks.get(q)) || Lexicon.MODIFIERS.has(toks.get(q)))
                                && !toks.get(q).is("the")) {
                            q--;
                        }
                        k = q;
                    }
                    break;
                }
                boolean ok = Lexicon.MODIFIERS.has(t) || Lexicon.DEMONYMS.has(t)
                        || t.endsWith("-based") || t.endsWith("-owned") || t.endsWith("-run")
                        || t.endsWith("-controlled") || t.endsWith("-backed") || t.endsWith("-funded")
                        || t.endsWith("-affiliated") || t.endsWith("-state") // "Chinese-state media Xinhua"
                        || (t.is("new") && k + 1 < toks.size() && toks.get(k + 1).is("agency")) // "state new agency QNA"
                        || ((t.is("run") || t.is("owned") || t.is("controlled")) && k > 0
                            && (toks.get(k - 1).is("state") || toks.get(k - 1).is("government"))) // "the state run Press TV"
                        || (t.isCapitalized() && t.possessive())
                        || (t.isCapitalized() && k + 1 < toks.size() && toks.get(k + 1).possessive()
                            && Lexicon.DEMONYMS.has(t));
                if (!ok) {
                    break;
                }
                k--;
            }
            from = k + 1;
            // "the overseas edition of People's Daily", "the website of Xinhua": the outlet's own part speaks for it
            if (from - 2 >= 0 && toks.get(from - 1).is("of") && Lexicon.OUTLET_PARTS.has(toks.get(from - 2))) {
                int d = from - 3;
                while (d >= 0 && from - 3 - d < 3 && toks.get(d).word && !toks.get(d).quoted
                        && !toks.get(d).isCapitalized() && !isDeterminer(toks.get(d))) {
                    d--;
                }
                if (d >= 0 && isDeterminer(toks.get(d)) && !toks.get(d).quoted) {
                    from = d;
                }
            }
            String written = text.substring(toks.get(from).begin, toks.get(to - 1).end);
            SourceMatcher.Entry e = m.entry();
            Source s = new Source(e.kind(), written, e.someId(), e.generic() ? Optional.empty() : e.someName(),
                    e.stateMedia(), e.country());
            return new Mention(from, to, e, s, personal);
        }

        /**
         * "RIYADH, Oct 13 (NNN-SPA) -": an outlet a dateline credits within a paragraph's first words is the
         * antecedent of a later "the report" (it is not itself a claim). Bounded to the first 20 tokens.
         */
        void noteDatelineOutlet(List<Tok> ts) {
            for (int k = 1; k + 1 < ts.size() && k < 20; k++) {
                Tok t = ts.get(k);
                if (!t.word || !ts.get(k - 1).isPunct('(') || !ts.get(k + 1).isPunct(')')) {
                    continue;
                }
                int dash = -1; // the last hyphen of the word, read in place: "NNN-SPA"
                for (int i = t.end - 1; i >= t.begin && dash < 0; i--) {
                    dash = text.charAt(i) == '-' ? i - t.begin : -1;
                }
                // the word itself, or its part after the hyphen tokenised anew
                List<Tok> part = dash < 0 ? ts.subList(k, k + 1) : Tok.of(text, t.begin + dash + 1, t.end);
                List<SourceMatcher.Match> found = matcher.find(part, outletMatches);
                if (found.size() == 1 && found.get(0).from() == 0 && found.get(0).to() == part.size()
                        && !found.get(0).entry().generic()) {
                    SourceMatcher.Entry en = found.get(0).entry();
                    // as written, cut from the text (the token's own strings are not needed)
                    Source src = new Source(en.kind(), text.substring(t.begin + dash + 1, t.end), en.someId(),
                            en.someName(), en.stateMedia(), en.country());
                    note(new Mention(k, k + 1, en, src, false));
                }
                return;
            }
        }

        private void note(Mention m) {
            if (m.personal) {
                return;
            }
            lastMedia(m.source);
            switch (m.entry.medium()) {
                case NEWS_AGENCY: lastAgency = m.source; break;
                case NEWSPAPER: lastNewspaper = m.source; break;
                case BROADCASTER: lastBroadcaster = m.source; break;
                default: break;
            }
            if (m.entry.generic() && m.entry.medium() == Outlet.Medium.ONLINE) {
                // "state media": fits "the agency", "the newspaper" and "the broadcaster" until a specific name
                if (lastAgency == null || lastAgency.stateMedia()) {
                    lastAgency = m.source;
                }
            }
        }

        /**
         * "A U.N. report released Monday ...": a report that is not an outlet's becomes the antecedent of a later
         * "the report said", so that it does not resolve to an outlet named earlier.
         */
        /** "the Kachin-based Myitkyina News Journal": an outlet the registries do not know is an antecedent too. */
        private void noteOtherOutlet(int k) {
            Tok t = toks.get(k);
            if (!t.has(Tok.OUTLET_HEAD) || !t.word || t.quoted || !t.isCapitalized() || k == 0
                    || !toks.get(k - 1).isCapitalized() || endAt[k] != null
                    || (t.is("agency") && !toks.get(k - 1).is("news"))) {
                return; // "European Space Agency" is no news outlet; "Kyodo News Agency" is
            }
            int b = k - 1;
            while (b >= 0 && k - b <= 5 && toks.get(b).word && toks.get(b).isCapitalized() && endAt[b] == null) {
                b--;
            }
            String written = text.substring(toks.get(b + 1).begin, t.end);
            Source src = new Source(Source.Kind.NEWS_AGENCY, written, Optional.empty(), Optional.empty(), false,
                    Optional.empty());
            lastMedia(src);
            if (t.is("agency")) {
                lastAgency = src;
            } else if (t.is("tv") || t.is("television") || t.is("radio")) {
                lastBroadcaster = src;
            } else {
                lastNewspaper = src;
            }
        }

        private void noteOtherReport(int k) {
            Tok t = toks.get(k);
            if (!Lexicon.OTHER_REPORTS.has(t) || !t.word || t.quoted || k == 0) {
                return;
            }
            int b = k - 1;
            while (b >= 0 && k - b <= 4 && toks.get(b).word && toks.get(b).isCapitalized() && endAt[b] == null
                    && !isDeterminer(toks.get(b))) {
                b--;
            }
            if (b == k - 1) {
                return;
            }
            otherReportFrom = toks.get(b + 1).begin; // its source is made when it is read (lastMedia())
            otherReportTo = t.end;
        }

        /** "repeatedly", "publicly"; not "daily", "Italy", "assembly". */
        private boolean lyAdverb(Tok t) {
            return t.word && !t.isCapitalized() && t.normLength() > 4 && t.endsWith("ly")
                    && !Lexicon.NOT_ADVERBS.has(t);
        }

        private boolean isDeterminer(Tok t) {
            return t.is("the") || t.is("a") || t.is("an") || t.is("this") || t.is("that") || t.is("its")
                    || t.is("his") || t.is("her") || t.is("their") || t.is("new") || t.is("another");
        }

        /** "China's Foreign Ministry responded with a softer tone." then '"...," it said': it is the ministry. */
        private void noteOpeningOrganization(int s, int e) {
            boolean orgFirst = false;
            for (int i = s; i < e && i < s + 8; i++) {
                if (toks.get(i).isPunct(',')) {
                    if (!orgFirst) {
                        s = i + 1; // "Upon acknowledgment of this news, China's Foreign Ministry responded"
                    } // but "The Syrian Observatory for Human Rights, a monitor, put ..." opens with the body
                    break;
                }
                orgFirst |= toks.get(i).word && toks.get(i).isCapitalized() && Lexicon.ORG_WORDS.hasBase(toks.get(i));
            }
            // "The latest China Daily editorial on Monday was titled ...": the outlet opening the sentence
            for (int i = s; i < e && i < s + 4; i++) {
                Mention m = startAt[i];
                if (m != null && !m.personal && (!m.entry.generic() || Lexicon.DOCUMENTS.has(toks.get(m.to - 1))
                        || (m.to < e && Lexicon.DOCUMENTS.has(toks.get(m.to))))) {
                    // also "An official state media dispatch listed ...": a generic phrase's document
                    lastClaim = m.source;
                    return;
                }
                if (!toks.get(i).word || (toks.get(i).isCapitalized() && i > s && startAt[i] == null)) {
                    break;
                }
            }
            int k = s;
            while (k < e && k - s < 8 && toks.get(k).word && !toks.get(k).quoted
                    && (toks.get(k).isCapitalized() || toks.get(k).is("of") || toks.get(k).is("the"))) {
                k++;
            }
            if (k < e && toks.get(k).word && Lexicon.ORG_WORDS.hasBase(toks.get(k))) {
                k++; // "the ministry"
            }
            if (k - s < 1 || k >= e || !toks.get(k).word || toks.get(k).isCapitalized()) {
                return;
            }
            if (startAt[s] != null || (k - 1 >= s && endAt[k - 1] != null)) {
                return; // outlets are noted as mentions
            }
            if (k - s == 1 && Lexicon.PRONOUNS.has(toks.get(s))) {
                return; // "He said ...": general() makes a lone pronoun a person or unknown, never an organization
            }
            Subj g = general(s, k, true);
            if (g != null && g.source().kind() == Source.Kind.ORGANIZATION) {
                lastClaim = g.source();
            }
        }

        private void noteGeneral(Source s) {
            if (s.kind() == Source.Kind.ORGANIZATION || s.kind() == Source.Kind.UNKNOWN) {
                String w = s.asWritten(); // compared lower-cased, in place
                int end = w.length();
                int paren = w.lastIndexOf(" (");
                if (paren > 0 && w.endsWith(")")) {
                    end = paren; // "the International Atomic Energy Agency (IAEA)"
                }
                if (Regions.endsLower(w, 0, end, "agency")) {
                    lastAgency = s;
                } else if (Regions.endsLower(w, 0, end, "newspaper") || Regions.endsLower(w, 0, end, "daily")) {
                    lastNewspaper = s;
                }
            }
        }

        // ---------------------------------------------------------------- sentences

        /** {@link Tok#cues} of the current unit, or null; {@link #cueFrom} is where {@link #sentence} looks first. */
        private int[] cueAt;
        /** An index of {@link #cueAt} whose cues before it all lie before the last sentence read. */
        private int cueFrom;
        /** The first token of the last sentence read by {@link #sentence}. */
        private int cueSentence;

        /**
         * The first index of {@link #cueAt} (ended by -1) whose token is at or after {@code s}; it may hold the -1.
         * Sentences are read in order, so the search goes on from the last one's (linear over a unit); it starts
         * again only for a sentence before the last.
         */
        private int firstCueAtOrAfter(int s) {
            if (s < cueSentence) {
                cueFrom = 0;
            }
            cueSentence = s;
            int q = cueFrom;
            while (cueAt[q] >= 0 && cueAt[q] < s) {
                q++;
            }
            cueFrom = q;
            return q;
        }

        private Cand sentence(int s, int e) {
            second = null;
            List<Cand> cands = this.cands;
            cands.clear();
            // every branch below opens on a word of Tok.SENTENCE_CUES: a unit with none skips the loop, and when the
            // tokenizer noted where the unit's cue words are, the loop goes from one to the next
            int[] cueAt = this.cueAt;
            int q = cueAt == null ? -1 : firstCueAtOrAfter(s);
            for (int c = q < 0 ? ((summary & Tok.CUE) != 0 ? s : e) : Math.min(e, cueAt[q] < 0 ? e : cueAt[q]); c < e;
                    c = q < 0 ? c + 1 : Math.min(e, cueAt[++q] < 0 ? e : cueAt[q])) {
                Tok t = toks.get(c);
                if (!t.word || t.quoted || !t.has(Tok.CUE)) {
                    continue;
                }
                Cand cand = null;
                if (t.is("according") && c + 1 < e && toks.get(c + 1).is("to")) {
                    int o = c + 2;
                    if (o + 1 < e && (toks.get(o).is("a") || toks.get(o).is("an") || toks.get(o).is("the"))
                            && Lexicon.REPORT_ADJECTIVES.has(toks.get(o + 1))
                            && !toks.get(o + 1).isCapitalized()) {
                        o++; // "according to a previous KCNA report" (not "the New York Times")
                    }
                    if (o < e && Lexicon.REPORT_ADJECTIVES.has(toks.get(o)) && !toks.get(o).isCapitalized()) {
                        o++; // "according to earlier official media reports"
                    }
                    Subj subj = documentSource(o, e);
                    if (subj == null) {
                        subj = subjectAfter(o, e);
                    }
                    if (subj != null && !isMedia(subj.source()) && subj.to() + 2 < e
                            && (toks.get(subj.to()).is("quoted") || toks.get(subj.to()).is("cited"))
                            && toks.get(subj.to() + 1).is("by")) {
                        // "according to an expert quoted by the Global Times": the outlet carries the expert
                        Subj outlet = subjectAfter(subj.to() + 2, e);
                        if (outlet != null && isMedia(outlet.source())) {
                            cand = new Cand(outlet, "according to", c, rank(outlet.source()),
                                    Optional.of(subj.source().asWritten()), Optional.empty());
                            subj = null;
                        }
                    }
                    if (subj != null && !subj.source().stateMedia() && subj.to() + 1 < e && toks.get(subj.to()).is("and")) {
                        // "according to the disaster agency and state media": the state conjunct
                        Subj other = subjectAfter(subj.to() + 1, e);
                        if (other != null && other.source().stateMedia()) {
                            subj = other;
                        }
                    }
                    if (subj != null) {
                        cand = cand(subj, "according to", c, Optional.empty());
                    }
                } else if (t.has(Tok.CARRYING) && inDocumentBefore(c, s)) { // Lexicon.CARRYING
                    int p = c + 1;
                    if (p + 1 < e && (toks.get(p).is("earlier") || toks.get(p).is("later") || toks.get(p).is("live")
                            || toks.get(p).is("also") || toks.get(p).is("first") || toks.get(p).is("widely"))) {
                        p++; // "a statement broadcast earlier on state television"
                    }
                    if (p < e && (toks.get(p).is("by") || toks.get(p).is("through")
                            || toks.get(p).is("via") || toks.get(p).is("in") || toks.get(p).is("on"))) {
                        Subj subj = subjectAfter(p + 1, e);
                        if (subj != null && isMedia(subj.source())) {
                            cand = cand(subj, t.raw() + " " + toks.get(p).raw(), c, Optional.empty());
                        }
                    }
                } else if (Lexicon.CONTENT_MARKERS.has(t) && t.endsWith("ing")
                        && documentOutletBefore(c, s) != null) {
                    // "an editorial from the Global Times calling ...", "a state television video vowing ..."
                    cand = cand(documentOutletBefore(c, s), t.raw(), c, Optional.empty());
                } else if ((t.is("continued") || t.is("continues") || t.is("concluded") || t.is("concludes"))
                        && ((c + 2 < e && (toks.get(c + 1).isPunct(',') || toks.get(c + 1).isPunct(':'))
                            && (toks.get(c + 2).quoted || Sentences.isQuoteMark(toks.get(c + 2).first)))
                        || (c + 1 < e && toks.get(c + 1).is("that"))
                        || (c - 2 >= s && toks.get(c - 1).is("it") && isBoundary(toks.get(c - 2))
                            && (c + 1 == e || !toks.get(c + 1).word)))) {
                    // 'It continued, "..."', '"...," it continued.', 'The article concluded that ...' (the last two
                    // only for an outlet)
                    cand = verbCue(c, s, e);
                    if (cand != null && !isMedia(cand.subj().source()) && !(c + 2 < e
                            && (toks.get(c + 1).isPunct(',') || toks.get(c + 1).isPunct(':')))) {
                        cand = null;
                    }
                } else if ((t.is("issued") || t.is("issues") || t.is("issue") || t.is("sounded") || t.is("sounds")
                        || t.is("delivered")) && warningAfter(c, e)) {
                    cand = verbCue(c, s, e); // "the Global Times has issued a stark warning to Taiwan"
                    if (cand != null && !isMedia(cand.subj().source())) {
                        cand = null;
                    }
                } else if ((t.is("was") || t.is("were")) && c + 3 < e && documentSubjectEndsAt(c - 1, s)
                        && carriedByAfter(c + 1, e) > 0 && lastClaim != null && isMedia(lastClaim)) {
                    // '"...," Fars said. The report was also carried by the government newspaper Iran': a report
                    // an outlet's earlier claim made, carried by another outlet
                    int by = carriedByAfter(c + 1, e);
                    Subj subj = subjectAfter(by + 1, e);
                    if (subj != null && isMedia(subj.source())) {
                        cand = cand(subj, toks.get(by - 1).raw() + " by", c, Optional.empty());
                    }
                } else if ((t.is("made") || t.is("makes")) && c + 2 < e
                        && (toks.get(c + 1).is("the") || toks.get(c + 1).is("a") || toks.get(c + 1).is("an"))
                        && Lexicon.CLAIM_NOUNS.has(toks.get(c + 2))) {
                    cand = verbCue(c, s, e); // "The article made the accusation that ..."
                } else if ((t.is("citing") || t.is("quoting") || t.is("saying") || t.is("reporting")
                            || (Lexicon.CONTENT_MARKERS.has(t) && t.endsWith("ing")))
                        && c > s && (toks.get(c - 1).is("are") || toks.get(c - 1).is("is")
                            || toks.get(c - 1).is("was") || toks.get(c - 1).is("were"))) {
                    // "Iranian state media are citing unconfirmed reports of explosions"; "Xinhua, ..., is calling"
                    Subj subj = c - 2 >= s && toks.get(c - 2).isPunct(',') ? appositiveSubject(c - 2, s)
                            : subjectBefore(c - 2, s, false);
                    if (subj != null && isMedia(subj.source())) {
                        cand = cand(subj, toks.get(c - 1).raw() + " " + t.raw(), c, Optional.empty());
                    }
                } else if ((t.is("warning") || t.is("saying") || t.is("reporting") || t.is("claiming")
                            || Lexicon.CONTENT_MARKERS.has(t))
                        && c > s && endAt[c - 1] != null && !endAt[c - 1].personal && endAt[c - 1].from > s
                        && toks.get(endAt[c - 1].from - 1).is("with")) {
                    // "..., with state media warning the toll could climb"
                    Mention m = endAt[c - 1];
                    cand = cand(new Subj(m.from, m.to, m.source), t.raw(), c, Optional.empty());
                } else if (t.is("citing") || t.is("quoting")) {
                    Subj subj = subjectAfter(c + 1, e);
                    if (subj != null && isMedia(subj.source())) {
                        cand = new Cand(subj, t.raw(), c, 0, Optional.empty(), Optional.empty());
                    }
                } else if ((t.is("saying") || (Lexicon.CONTENT_MARKERS.has(t) && t.endsWith("ing")))
                        && c > s && toks.get(c - 1).isPunct(',')) {
                    // "IRIB has downplayed reports of an attack, saying ...", "Iranian state media broke its silence
                    // Friday ..., alleging ...": the outlet that opens the sentence
                    Subj subj = openingOutlet(s, c);
                    if (subj != null) {
                        cand = new Cand(subj, t.raw(), c, rank(subj.source()) - 1, Optional.empty(), Optional.empty());
                    }
                } else if (Lexicon.OUTLET_CUES.has(t) && statesContent(c, s, e)) {
                    // "KCNA carried a commentary saying ...", "Rodong Sinmun published an article claiming ...":
                    // only an outlet, and only when what it carried says something
                    cand = verbCue(c, s, e);
                    if (cand != null && !isMedia(cand.subj().source())) {
                        cand = null;
                    }
                } else if (t.is("went") && c + 3 < e && toks.get(c + 1).is("on") && toks.get(c + 2).is("to")
                        && toks.get(c + 3).word && (Lexicon.CUES.has(toks.get(c + 3))
                            || Lexicon.SPEAKER_VERBS.contains(toks.get(c + 3).norm() + "ed"))) {
                    cand = verbCue(c, s, e); // "It went on to stress the need ..."
                    if (cand != null) {
                        cand = new Cand(cand.subj(), "went on to " + toks.get(c + 3).raw(), c, cand.rank(), cand.speaker(),
                                cand.date());
                    }
                } else if (((t.is("put") || t.is("puts")) && tollAfter(c, e))
                        || t.is("expressed") || ((t.is("cast") || t.is("casts")) && wordWithin(c, e, "as", 8))) {
                    // "Xinhua put the new death toll at 16", "The KCNA statement expressed gratitude ...", "It cast
                    // him as ...": only an outlet or its document says something this way
                    cand = verbCue(c, s, e);
                    if (cand != null && !isMedia(cand.subj().source())) {
                        cand = null;
                    }
                } else if ((t.is("read") || t.is("reads")) && c - 1 > s && (toks.get(c - 1).is("it")
                            || (Lexicon.DOCUMENTS.has(toks.get(c - 1)) && c - 2 > s
                                && (toks.get(c - 2).is("the") || endAt[c - 1] != null)))) {
                    cand = verbCue(c, s, e); // '"...," it read.' / '"...," the column read in Persian'
                    if (cand != null && !isMedia(cand.subj().source())) {
                        cand = null;
                    }
                } else if ((t.is("read") || t.is("reads")) && c > s && isBoundary(toks.get(c - 1))) {
                    // '"...," read one RIA headline.' / '..., reads the headline of the Global Times'
                    Subj subj = readSource(c + 1, e);
                    if (subj != null) {
                        cand = cand(subj, t.raw(), c, Optional.empty());
                    }
                } else if (t.is("learned") || t.is("learnt")) {
                    // "..., BelTA has learned." / "Xinhua learned from ...": only an outlet learns for a claim
                    cand = verbCue(c, s, e);
                    if (cand != null && !isMedia(cand.subj().source())) {
                        cand = null;
                    }
                } else if (Lexicon.CUES.has(t) && !Lexicon.PARTICIPLES.has(t)
                        && (headline || !Lexicon.HEADLINE_ONLY.has(t)
                            || (t.is("reports") && (outletBefore(c, s) || mediaAround(c, s, e))))) {
                    cand = verbCue(c, s, e);
                    if (cand == null && headline && c > s && toks.get(c - 1).isPunct(',')) {
                        // "Iran state TV breaks silence on protests, claims ...": the outlet the headline opens with
                        Mention m = startAt[s];
                        cand = m == null || m.personal || !isMedia(m.source) ? null
                                : cand(new Subj(m.from, m.to, definite(m)), t.raw(), c, Optional.empty());
                    }
                    if (cand != null && !headline && Lexicon.PLURAL_CUES.has(t) && !isMedia(cand.subj().source())) {
                        cand = null; // "That would confirm ...", "call the hotline": bare forms only for outlets in the body
                    }
                    if (cand != null && !isMedia(cand.subj().source())) {
                        // "Kim said in the North Korean report issued Friday": the outlet's report carries him;
                        // "In a separate KCNA report on Sunday, the ministry vowed ...": so does an opening one
                        Subj outlet = documentAfterIn(c, e);
                        if (outlet == null) {
                            outlet = documentOpening(s, cand.subj().from());
                        }
                        if (outlet == null && c + 2 < e && toks.get(c + 1).is("on")) {
                            // "Mr Rouhani said on state television": the state outlet carries him
                            Subj on = subjectAfter(c + 2, e);
                            outlet = on != null && on.source().stateMedia() ? on : null;
                        }
                        if (outlet != null) {
                            convertedFrom = cand.subj().source();
                            cand = new Cand(outlet, cand.cue(), c, rank(outlet.source()),
                                    Optional.of(cand.subj().source().asWritten()), cand.date());
                            converted = cand;
                        }
                    }
                }
                if (cand != null) {
                    cands.add(cand);
                }
            }
            Cand best = headline ? headlinePattern(s, e) : null; // "Kim vows ...: North Korean media"
            if (!headline && s == 0 && startAt[0] != null && !startAt[0].personal && !startAt[0].entry.generic()
                    && startAt[0].to + 5 < e && toks.get(startAt[0].to).isPunct(':') && cands.isEmpty()) {
                // a paragraph that opens "Xinhua: Figures released Thursday show ...": the outlet's words
                Mention m = startAt[0];
                best = new Cand(new Subj(m.from, m.to, definite(m)), ":", m.to, rank(m.source), Optional.empty(),
                        Optional.empty());
            }
            for (int ci = 0; ci < cands.size(); ci++) {
                Cand c = cands.get(ci);
                if (best == null || c.rank() > best.rank()) {
                    best = c;
                }
            }
            if (best == null && !headline) {
                best = trailingOutlet(s, e);
            }
            if (best != null && best.rank() == 2) {
                // "..., Reuters reported, citing Syrian state television": the claim comes from state media
                for (int ci = 0; ci < cands.size(); ci++) {
                    Cand c = cands.get(ci);
                    if (c.rank() == 0 && c.subj().source().stateMedia()) {
                        best = new Cand(c.subj(), c.cue(), c.cueTok(), 3, c.speaker(), c.date());
                        break;
                    }
                }
            }
            if (best == null) {
                return null;
            }
            if (best.speaker().isEmpty() && isMedia(best.subj().source())) {
                Optional<String> speaker = speaker(cands, best, s, e);
                if (speaker.isPresent()) {
                    best = new Cand(best.subj(), best.cue(), best.cueTok(), best.rank(), speaker, best.date());
                }
            }
            speakerSource = best == converted ? convertedFrom : null;
            if (carried(best.cue())) {
                // "Kim said in a statement carried by KCNA": the cue is the verb of the person speaking
                for (int ci = 0; ci < cands.size(); ci++) {
                    Cand c = cands.get(ci);
                    if (c != best && c == converted) {
                        speakerSource = convertedFrom; // the person the outlet's document carries
                    }
                    if (c != best && !isMedia(c.subj().source())) {
                        speakerSource = c.subj().source();
                    }
                    if (c != best && !isMedia(c.subj().source()) && c.cueTok() < best.cueTok()) {
                        best = new Cand(best.subj(), c.cue(), c.cueTok(), best.rank(),
                                Optional.of(c.subj().source().asWritten()), c.date());
                        break;
                    }
                }
            } else if (!headline && isMedia(best.subj().source())) {
                secondClause(cands, best, s, e);
            }
            return best;
        }

        /**
         * Looks for a second outlet's attribution in its own clause of the sentence ("KCNA said ..., while
         * Xinhua reported ..."; "..., TASS reported; ..., RIA Novosti said"): two outlets, two claims.
         */
        private void secondClause(List<Cand> cands, Cand best, int s, int e) {
            // bounded (the first few candidates, a clause-sized window) so a hostile sentence stays linear
            for (int i = 0; i < cands.size() && i < 6; i++) {
                Cand c = cands.get(i);
                if (c == best || !isMedia(c.subj().source()) || carried(c.cue()) || sameSource(c, best)) {
                    continue;
                }
                Cand first = c.cueTok() < best.cueTok() ? c : best;
                Cand last = first == c ? best : c;
                int lo = Math.max(Math.max(first.cueTok(), first.subj().to() - 1), last.subj().from() - 60);
                int hi = Math.min(last.cueTok(), last.subj().from());
                for (int k = hi - 1; k > lo; k--) {
                    Tok t = toks.get(k);
                    if (t.quoted) {
                        continue;
                    }
                    if (t.isPunct(';') || (t.isPunct(',') && k + 1 < e && toks.get(k + 1).word
                            && CLAUSE_JOINERS.contains(toks.get(k + 1).norm()))
                            || (t.word && (t.is("but") || t.is("while") || t.is("whereas")) && k - 1 > lo
                                && !toks.get(k - 1).word && !toks.get(k - 1).quoted
                                && Sentences.isQuoteMark(toks.get(k - 1).first))) {
                        second = c;
                        secondSplit = k;
                        return;
                    }
                }
            }
        }

        private boolean sameSource(Cand a, Cand b) {
            Source x = a.subj().source();
            Source y = b.subj().source();
            return x.id().isPresent() ? x.id().equals(y.id()) : x.asWritten().equalsIgnoreCase(y.asWritten());
        }

        /**
         * "An editorial posted to the website of state-run news agency Xinhua on Tuesday slammed ...": a clause that
         * opens with a document and names an outlet before the cue speaks for that outlet.
         */
        private Subj documentSubject(int j, int s) {
            Mention outlet = null;
            for (int k = j; k >= s && j - k <= 14; k--) {
                Tok t = toks.get(k);
                if (!t.word || t.quoted) {
                    return null;
                }
                if (outlet == null && endAt[k] != null && !endAt[k].personal) {
                    outlet = endAt[k];
                }
                if (k + 1 <= j && Lexicon.DOCUMENTS.has(toks.get(k + 1))
                        && (t.is("a") || t.is("an") || t.is("the")) && clauseStart(k, s)) {
                    return outlet != null && outlet.from > k + 1 ? new Subj(k, j + 1, outlet.source) : null;
                }
                // one word between: "The Thursday report by Fars", "The king's decree posted on SPA", "A coalition
                // statement published by SPA"
                if (k + 2 <= j && Lexicon.DOCUMENTS.has(toks.get(k + 2)) && toks.get(k + 1).word
                        && endAt[k + 1] == null && (t.is("a") || t.is("an") || t.is("the")) && clauseStart(k, s)) {
                    return outlet != null && outlet.from > k + 2 ? new Subj(k, j + 1, outlet.source) : null;
                }
            }
            return null;
        }

        /** An outlet that is the subject opening the sentence (after an introductory phrase and comma). */
        private Subj openingOutlet(int s, int c) {
            int k = s;
            for (int i = s; i < c && i < s + 8; i++) {
                if (toks.get(i).isPunct(',')) {
                    k = i + 1;
                    break;
                }
            }
            Mention m = k < c ? startAt[k] : null;
            if (m == null && k + 1 < c && toks.get(k).is("the")) {
                m = startAt[k + 1];
            }
            return m != null && !m.personal && !toks.get(m.from).quoted ? new Subj(m.from, m.to, m.source) : null;
        }

        /** A named outlet right before {@code c}, allowing "also" and day words: "People's Daily also reports". */
        /**
         * "..., state TV reports." / "..., reports the state news agency KCNA": any outlet or generic state-media
         * phrase right before "reports", or right after it when "reports" follows a comma or a quote.
         */
        private boolean mediaAround(int c, int s, int e) {
            Mention before = c - 1 >= s ? endAt[c - 1] : null;
            if (before != null && !before.personal && (c - 1 == s || before.from == s || isBoundary(toks.get(before.from - 1))
                    || toks.get(before.from - 1).word)) {
                return clauseStart(before.from, s);
            }
            if (c > s && isBoundary(toks.get(c - 1)) && c + 1 < e) {
                Subj after = subjectAfter(c + 1, e);
                return after != null && isMedia(after.source()) && endsClause(after.to(), e);
            }
            return false;
        }

        private boolean outletBefore(int c, int s) {
            int k = c - 1;
            while (k > s && c - k <= 2 && toks.get(k).word && Lexicon.ADVERBS.has(toks.get(k))) {
                k--;
            }
            Mention m = k >= s ? endAt[k] : null;
            return m != null && !m.entry.generic() && !m.personal;
        }

        /**
         * After an outlet-only verb: what was carried states something ("a commentary saying", "an article that",
         * a quote), within a bounded window, or a quote right before an inverted verb. "carried on", "carried by"
         * and "ran out" are other verbs.
         */
        /**
         * Whether tokens {@code [from, to)} read as an appositive noun phrase ("the flagship newspaper of the
         * Communist Party of China (CPC)"): an article first and no auxiliary verb, so a long clause between commas
         * ("Bonaire, ... have also been removed from the list, said ...") is not taken for one.
         */
        private boolean appositive(int from, int to) {
            Tok first = from < to ? toks.get(from) : null;
            if (first == null || !(first.is("the") || first.is("a") || first.is("an") || first.is("which")
                    || Lexicon.POST_MODIFIERS.has(first) || first.is("connected"))) {
                return false; // "the flagship newspaper of ...", "connected to the IRGC in Iran", "which is close to"
            }
            boolean relative = first.is("which");
            for (int k = from; k < to; k++) {
                Tok t = toks.get(k);
                relative |= t.is("that") || t.is("which") || t.is("who");
                if (!relative && (t.is("have") || t.is("has") || t.is("had") || t.is("been") || t.is("is")
                        || t.is("was") || t.is("were") || t.is("are") || t.is("will") || t.is("would"))) {
                    return false; // "a daily tabloid that is aligned with the party" is an appositive
                }
            }
            return true;
        }

        /**
         * "Syria's air defence responded to an attack near Damascus, state news agency SANA.": a state outlet after
         * a comma ends the sentence with no verb (AFP style). Not a list of outlets ("covered by CNN, Xinhua.").
         */
        private Cand trailingOutlet(int s, int e) {
            int last = e - 1;
            if (last - 2 <= s || !toks.get(last).isPunct('.')) {
                return null;
            }
            Mention m = endAt[last - 1];
            if (m == null || m.personal || !m.source.stateMedia() || m.from - 1 <= s + 3
                    || !toks.get(m.from - 1).isPunct(',') || endAt[m.from - 2] != null) {
                return null;
            }
            for (int k = m.from - 2; k >= s && k >= m.from - 6; k--) {
                Tok t = toks.get(k);
                if (t.is("and") || t.is("including") || t.is("by") || t.is("like") || t.is("such")) {
                    return null;
                }
            }
            return new Cand(new Subj(m.from, m.to, definite(m)), ",", m.from - 1, rank(m.source), Optional.empty(),
                    Optional.empty());
        }

        /** "put the (new) death toll at": a figure word then "at" within the next words. */
        private boolean tollAfter(int c, int e) {
            for (int k = c + 1; k < e && k <= c + 5; k++) {
                Tok t = toks.get(k);
                if (t.is("toll") || t.is("number") || t.is("figure") || t.is("tally") || t.is("casualties")) {
                    return k + 1 < e && toks.get(k + 1).is("at");
                }
            }
            return false;
        }

        private boolean wordWithin(int c, int e, String word, int n) {
            for (int k = c + 1; k < e && k <= c + n; k++) {
                if (toks.get(k).is(word)) {
                    return true;
                }
            }
            return false;
        }

        /** A "that", a colon, a quote or a content participle (not "citing") within the clause after {@code k}. */
        private boolean contentAfter(int k, int e) {
            for (int i = k; i < e && i <= k + 25; i++) {
                Tok t = toks.get(i);
                if (t.quoted || t.isPunct(':') || (t.word && (t.is("that") || (Lexicon.CONTENT_MARKERS.has(t)
                        && !t.is("citing") && !t.is("quoting") && !t.is("reporting"))))) {
                    return true;
                }
            }
            return false;
        }

        private boolean statesContent(int c, int s, int e) {
            // inverted: '"...," publishes Granma' / '"...", published KCNA': the quote before is what was carried
            for (int k = c - 1; k >= s && k >= c - 3; k--) {
                Tok t = toks.get(k);
                if (t.quoted) {
                    return k < c - 1;
                }
                if (!t.isPunct(',') && !Sentences.isQuoteMark(t.first)) {
                    break;
                }
            }
            if (c + 1 >= e || toks.get(c + 1).is("by") || toks.get(c + 1).is("through") || toks.get(c + 1).is("via")
                    || toks.get(c + 1).is("on") || toks.get(c + 1).is("out") || toks.get(c + 1).is("off")) {
                return false;
            }
            for (int k = c + 1; k < e && k <= c + 25; k++) {
                Tok t = toks.get(k);
                // "that" opens the content after the verb or a document ("a report that ..."), not a relative
                // clause after another noun ("a report on the tsunami that devastated Japan")
                boolean that = t.is("that") && (k == c + 1 || Lexicon.DOCUMENTS.has(toks.get(k - 1))
                        || toks.get(k - 1).isPunct(','));
                if (t.quoted || (t.word && (Lexicon.CONTENT_MARKERS.has(t) || that))
                        || t.isPunct(':')) {
                    return true;
                }
                if (t.is("to") && k + 1 < e && Lexicon.PURPOSE_VERBS.has(toks.get(k + 1))) {
                    return true; // "published a commentary to rebut the statement"
                }
            }
            return false;
        }

        /** Whether a cue is a carrying cue ("carried by", "published in"): the outlet carried someone's words. */
        private boolean carried(String cue) {
            return cue.endsWith(" by") || cue.endsWith(" through") || cue.endsWith(" via") || cue.endsWith(" in")
                    || cue.endsWith(" on");
        }

        /** "in a commentary carried by", "in a statement released through": a document the outlet carried. */
        private boolean inDocumentBefore(int c, int s) {
            // "in the interview, which was reproduced by": a relative clause may stand between
            int v = c - 1;
            if (v >= s && (toks.get(v).is("was") || toks.get(v).is("were") || toks.get(v).is("been"))) {
                v--;
                if (v >= s && (toks.get(v).is("has") || toks.get(v).is("had") || toks.get(v).is("have"))) {
                    v--;
                }
                if (v >= s && (toks.get(v).is("which") || toks.get(v).is("that"))) {
                    v--;
                    if (v >= s && toks.get(v).isPunct(',')) {
                        v--;
                    }
                }
            }
            c = v + 1;
            for (int k = c - 1; k >= s && k >= c - 3; k--) {
                if (Lexicon.DOCUMENTS.has(toks.get(k))) {
                    for (int i = k - 1; i >= s && i >= k - 3; i--) {
                        if (toks.get(i).is("in")) {
                            return true;
                        }
                    }
                    return false;
                }
            }
            return false;
        }

        private Cand cand(Subj subj, String cue, int c, Optional<LocalDate> d) {
            return new Cand(subj, cue, c, rank(subj.source()), Optional.empty(), d);
        }

        private int rank(Source s) {
            if (s.stateMedia()) {
                return 3;
            }
            return s.kind() == Source.Kind.NEWS_AGENCY ? 2 : 1;
        }

        private boolean isMedia(Source s) {
            return s.kind() == Source.Kind.STATE_MEDIA || s.kind() == Source.Kind.NEWS_AGENCY;
        }

        private Cand verbCue(int c, int s, int e) {
            Tok cue = toks.get(c);
            if (c > s && toks.get(c - 1).is("to")) {
                return null; // "declined to say", "expected to report"
            }
            if (c > s && toks.get(c - 1).word && isDeterminer(toks.get(c - 1))) {
                return null; // "the alleged strikes", "a detailed report": an adjective
            }
            if (c > s && Lexicon.ADJECTIVAL_CUES.has(cue) && toks.get(c - 1).word
                    && (lyAdverb(toks.get(c - 1)) || Lexicon.DEGREE_WORDS.has(toks.get(c - 1)))) {
                return null; // "minutely detailed knickknacks", "the Most Detailed Simulation"
            }
            int pv = c - 1;
            while (pv > s && c - pv <= 3 && (dayWord(toks.get(pv)) || toks.get(pv).is("on") || toks.get(pv).is("also")
                    || toks.get(pv).is("later") || toks.get(pv).is("earlier") || toks.get(pv).is("widely"))) {
                pv--; // "Kim was on Saturday reported by state media to have visited ..."
            }
            boolean passive = pv >= s && (toks.get(pv).is("was") || toks.get(pv).is("were")
                    || toks.get(pv).is("is") || toks.get(pv).is("been") || toks.get(pv).is("being"));
            int by = byAfter(c, e);
            for (int k = c - 1; k >= s && k >= c - 4 && toks.get(k).word; k--) {
                if (Lexicon.NEGATIONS.has(toks.get(k)) || toks.get(k).endsWith("n't")) {
                    return null; // "had not been disclosed by", "was never reported"
                }
            }
            boolean as = c > s && toks.get(c - 1).is("as");
            if ((passive || as) && by >= 0 && (as || !(cue.is("quoted") || cue.is("cited")))) {
                // "as reported by KCNA", "it was announced by state TV"
                Subj agent = subjectAfter(by + 1, e);
                return agent == null ? null : cand(agent, cue.raw() + " by", c, dateAfter(c, e));
            }
            if (passive && !(cue.is("quoted") || cue.is("cited"))) {
                return null; // "was reported", "is said to": no speaker named
            }
            // walk back over adverbs and time words to the subject
            int j = c - 1;
            LocalDate when = null;
            int skipped = 0;
            while (j >= s && skipped < MAX_SKIP && toks.get(j).word && !toks.get(j).quoted
                    && (Lexicon.ADVERBS.has(toks.get(j)) || lyAdverb(toks.get(j))
                        || Lexicon.NEGATIONS.has(toks.get(j)))) {
                if (Lexicon.NEGATIONS.has(toks.get(j))) {
                    return null;
                }
                LocalDate d = day(toks.get(j), j - 1 >= s && toks.get(j - 1).is("last"));
                when = d != null ? d : when;
                j--;
                skipped++;
            }
            if (j >= s && toks.get(j).norm().equals("n't")) {
                return null;
            }
            // "Rodong Sinmun in a commentary on Wednesday says"
            if (j - 2 >= s && Lexicon.DOCUMENTS.has(toks.get(j))
                    && (toks.get(j - 1).is("a") || toks.get(j - 1).is("an") || toks.get(j - 1).is("its"))
                    && toks.get(j - 2).is("in")) {
                j -= 3;
            }
            if (passive) {
                // "Kim was quoted by KCNA as saying": KCNA speaks, Kim is quoted
                Subj quoted = subjectBefore(j, s, true);
                if (by >= 0) {
                    Subj agent = subjectAfter(by + 1, e);
                    if (agent != null) {
                        Optional<String> sp = quoted == null ? Optional.empty()
                                : Optional.of(quoted.source().asWritten());
                        return new Cand(agent, cue.raw(), c, rank(agent.source()), sp, Optional.ofNullable(when));
                    }
                }
                if (quoted != null && (cue.is("quoted") || cue.is("cited"))) {
                    // "Kim was quoted as having said in a report by the state-run KCNA": the report's outlet
                    for (int k = c + 1; k < e && k <= c + 6 && toks.get(k).word; k++) {
                        if (toks.get(k).is("in") || toks.get(k).is("by")) {
                            Subj doc = documentSource(k + 1, e);
                            if (doc != null && doc.source().stateMedia()) {
                                return new Cand(doc, cue.raw(), c, rank(doc.source()),
                                        Optional.of(quoted.source().asWritten()), Optional.ofNullable(when));
                            }
                            break;
                        }
                    }
                }
                return quoted == null ? null : cand(quoted, cue.raw(), c, Optional.ofNullable(when));
            }
            Subj subj = null;
            if (j - 2 >= s && toks.get(j).is("which") && toks.get(j - 1).isPunct(',')) {
                // "earlier statements by the newspaper, which last month said ...", "the country's main newspaper
                // Monday, which described it as ...": the outlet before the relative clause speaks
                int a = j - 2;
                if (a > s && endAt[a] == null && dayWord(toks.get(a))) {
                    a--;
                }
                Mention ante = endAt[a];
                Subj ana = ante == null ? anaphorEndingAt(a, s) : null;
                if (ante != null && !ante.personal && isMedia(ante.source)) {
                    return cand(new Subj(ante.from, ante.to, definite(ante)), cue.raw(), c, Optional.ofNullable(when));
                }
                if (ana != null && isMedia(ana.source())) {
                    return cand(ana, cue.raw(), c, Optional.ofNullable(when));
                }
            }
            if (j > s && !toks.get(j).word && Sentences.isQuoteMark(toks.get(j).first)
                    && toks.get(j - 1).isPunct(',')) {
                j--; // 'Tasnim, citing "informed sources," denied'
            }
            if (j >= s && toks.get(j).isPunct(',') && j - 1 >= s) {
                // "The Iran-based Fars news agency, which is close to the IRGC, one of ..., quoted": an outlet
                // before a longer appositive with inner commas
                Subj far = null;
                int commas = 0;
                for (int k = j - 1; k >= s && k >= j - 30 && commas < 3; k--) {
                    if (toks.get(k).isPunct(',') && k - 1 >= s) {
                        commas++;
                        Mention m = endAt[k - 1];
                        if (commas > 1 && m != null && !m.personal && m.source.stateMedia() && clauseStart(m.from, s)) {
                            far = new Subj(m.from, m.to, definite(m));
                            break;
                        }
                    }
                }
                // appositive: "KCNA, the North's official news outlet, said"
                for (int k = j - 1; k >= s && k >= j - 20; k--) {
                    if (toks.get(k).isPunct(',') && (j - k <= 12 || appositive(k + 1, j))) {
                        subj = subjectBefore(k - 1, s, false);
                        if ((subj == null || !isMedia(subj.source())) && far != null) {
                            subj = far;
                        }
                        // "North Korea's most-read newspaper, the Rodong Sinmun, said": the appositive names it
                        Mention app = k + 1 < j ? (startAt[k + 1] != null ? startAt[k + 1]
                                : toks.get(k + 1).is("the") && k + 2 < j ? startAt[k + 2] : null) : null;
                        if ((subj == null || !isMedia(subj.source()) || (subj.source().id().orElse("").equals("state-media")
                                && app != null && !app.entry.generic())) && app != null && !app.personal
                                && app.to == j && isMedia(app.source)) {
                            subj = new Subj(app.from, app.to, definite(app));
                        }
                        // "An army general, quoted by Iranian state media, claimed": the outlet speaks
                        if (k + 3 < j && (toks.get(k + 1).is("quoted") || toks.get(k + 1).is("cited"))
                                && toks.get(k + 2).is("by")) {
                            Subj outlet = subjectAfter(k + 3, j);
                            if (outlet != null && isMedia(outlet.source())) {
                                return new Cand(outlet, cue.raw(), c, rank(outlet.source()),
                                        subj == null ? Optional.empty() : Optional.of(subj.source().asWritten()),
                                        Optional.ofNullable(when));
                            }
                        }
                        break;
                    }
                }
                if (subj == null) {
                    subj = far;
                }
            } else if (j - 3 >= s && toks.get(j).isPunct(')') && toks.get(j - 2).isPunct('(')) {
                // "South Korea's Joint Chiefs of Staff (JCS) said"
                Subj inner = subjectBefore(j - 3, s, false);
                if (inner != null && endAt[j] == null) {
                    Source src = inner.source();
                    String written = text.substring(toks.get(inner.from()).begin, toks.get(j).end);
                    subj = new Subj(inner.from(), j + 1, new Source(src.kind(), written, src.id(), src.name(),
                            src.stateMedia(), src.country()));
                } else {
                    subj = subjectBefore(j, s, false);
                }
            } else {
                Mention by2 = j >= s ? endAt[j] : null;
                if (by2 != null && !by2.personal && isMedia(by2.source) && by2.from - 3 >= s
                        && toks.get(by2.from - 1).is("by")
                        && (toks.get(by2.from - 2).is("quoted") || toks.get(by2.from - 2).is("cited"))) {
                    // "The military source cited by Syrian state media described ...": the outlet speaks
                    Subj quotedOne = subjectBefore(by2.from - 3, s, false);
                    if (quotedOne != null && !isMedia(quotedOne.source())) {
                        return new Cand(new Subj(by2.from, by2.to, definite(by2)), cue.raw(), c, rank(by2.source),
                                Optional.of(quotedOne.source().asWritten()), Optional.ofNullable(when));
                    }
                }
                subj = subjectBefore(j, s, false);
            }
            Optional<LocalDate> d = when != null ? Optional.of(when) : dateAfter(c, e);
            if ((cue.is("told") || cue.is("tells")) && (subj == null || !isMedia(subj.source()))) {
                // "Yu Qian ... told Xinhua that ...", "Emergency services told TASS": the state outlet carries the words
                Subj outlet = subjectAfter(c + 1, e);
                // only a state outlet: "a U.S. official told Reuters" stays the official's claim
                if (outlet != null && outlet.source().stateMedia() && outlet.from() <= c + 2) {
                    return new Cand(outlet, cue.raw(), c, rank(outlet.source()),
                            subj == null ? Optional.empty() : Optional.of(subj.source().asWritten()), d);
                }
            }
            if (subj == null) {
                subj = documentSubject(j, s);
            }
            if (subj != null && subj.from() - s <= 4 && (cue.is("reported") || cue.is("reports") || cue.is("report"))
                    && c + 2 < e && toks.get(c + 1).is("on") && isDeterminer(toks.get(c + 2)) && !contentAfter(c + 2, e)) {
                // "On Saturday, KCNA reported on the disaster, citing foreign reports": coverage, no content (but
                // "..., Al-Hadath TV reported on its Twitter page" has its content before)
                return null;
            }
            if (subj != null) {
                Optional<String> speaker = Optional.empty();
                if (cue.is("quoted") || cue.is("cited") || cue.is("paraphrased")) {
                    speaker = objectUntilAs(c + 1, e);
                }
                return new Cand(subj, cue.raw(), c, rank(subj.source()), speaker, d);
            }
            // inverted: '..., said the agency.' / '..." reported KCNA'
            if (c > s && isBoundary(toks.get(c - 1))) {
                Subj after = subjectAfter(c + 1, e);
                if (after != null && endsClause(after.to(), e)) {
                    return cand(after, cue.raw(), c, d);
                }
            }
            return null;
        }

        /**
         * After a cue: "in the North Korean report", "in a KCNA dispatch", "in the Rodong Sinmun commentary": an
         * outlet's document that carries the words, within a few tokens.
         */
        /** "In a separate KCNA report on Sunday, ...": an outlet's document opening the sentence before {@code to}. */
        private Subj documentOpening(int s, int to) {
            if ((toks.get(s).is("speaking") || toks.get(s).is("writing")) && s + 2 < to
                    && (toks.get(s + 1).is("on") || toks.get(s + 1).is("to") || toks.get(s + 1).is("in")
                        || toks.get(s + 1).is("with"))) {
                // "Speaking on VTV, the minister called the blackout sabotage": the state outlet carries him
                Subj outlet = subjectAfter(s + 2, to);
                return outlet != null && outlet.source().stateMedia() && outlet.to() < to
                        && toks.get(outlet.to()).isPunct(',') ? outlet : null;
            }
            if (!toks.get(s).is("in") || s + 2 >= to) {
                return null;
            }
            for (int k = s + 1; k < to && k <= s + 5; k++) {
                if (Lexicon.DOCUMENTS.has(toks.get(k)) && k + 2 < to) {
                    // "In an interview with Fars, ...", "In a separate statement published by Petra, ..."
                    int p = k + 1;
                    if (Lexicon.CARRYING.has(toks.get(p)) && p + 2 < to) {
                        p++;
                    }
                    Tok prep = toks.get(p);
                    if (prep.is("with") || prep.is("by") || prep.is("to") || prep.is("on") || prep.is("in")) {
                        Subj outlet = subjectAfter(p + 1, to);
                        return outlet != null && outlet.source().stateMedia() ? outlet : null;
                    }
                }
                Mention m = startAt[k];
                if (m != null && !m.personal && m.source.stateMedia()) {
                    boolean doc = Lexicon.DOCUMENTS.has(toks.get(m.to - 1))
                            || (m.to < to && Lexicon.DOCUMENTS.has(toks.get(m.to)));
                    return doc ? new Subj(m.from, m.to, definite(m)) : null;
                }
                if (!toks.get(k).word || toks.get(k).quoted) {
                    return null;
                }
            }
            return null;
        }

        private Subj documentAfterIn(int c, int e) {
            if (c + 2 >= e || !toks.get(c + 1).is("in")) {
                return null;
            }
            for (int d = c + 2; d < e && d <= c + 6; d++) {
                Tok t = toks.get(d);
                if (!t.word || t.quoted) {
                    return null;
                }
                if (Lexicon.ANAPHOR_MEDIA.has(t) || Lexicon.DOCUMENTS.has(t)) {
                    Mention m = endAt[d - 1];
                    if (m != null && !m.personal) {
                        return new Subj(m.from, d + 1, m.source); // "in a KCNA dispatch"
                    }
                    if (m == null && endAt[d] != null && !endAt[d].personal) {
                        return new Subj(endAt[d].from, d + 1, endAt[d].source); // "in the KCNA report"
                    }
                    Subj ana = Lexicon.ANAPHOR_MEDIA.has(t) ? anaphorEndingAt(d, c + 2) : null;
                    if (ana != null && toks.get(ana.from()).is("the") && isMedia(ana.source())) {
                        return ana;
                    }
                    return documentSource(c + 2, e); // "said in a statement on state television"
                }
            }
            return null;
        }

        /** "issued a stark warning", "Issues Warning" (headline): an outlet's warning or statement follows. */
        private boolean warningAfter(int c, int e) {
            int k = c + 1;
            if (k < e && (toks.get(k).is("a") || toks.get(k).is("an") || toks.get(k).is("another")
                    || toks.get(k).is("its"))) {
                k++;
            }
            for (int n = 0; n < 3 && k < e; n++, k++) {
                Tok t = toks.get(k);
                if (!t.word || t.quoted) {
                    return false;
                }
                if (Lexicon.WARNING_NOUNS.hasBase(t)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a document noun ("report", "article", "statement") ends at {@code j}, opening the clause. */
        private boolean documentSubjectEndsAt(int j, int s) {
            return j >= s && (Lexicon.DOCUMENTS.has(toks.get(j)) || Lexicon.ANAPHOR_MEDIA.has(toks.get(j)))
                    && j - 1 >= s && (toks.get(j - 1).is("the") || toks.get(j - 1).is("this") || toks.get(j - 1).is("that"))
                    && clauseStart(j - 1, s);
        }

        /** "also carried by": the index of "by" after a carrying verb within two words, or -1. */
        private int carriedByAfter(int k, int e) {
            if (k < e && (toks.get(k).is("also") || toks.get(k).is("later") || toks.get(k).is("widely"))) {
                k++;
            }
            if (k + 1 < e && (Lexicon.CARRYING.has(toks.get(k)) || toks.get(k).is("reprinted")
                    || toks.get(k).is("picked")) && toks.get(k + 1).is("by")) {
                return k + 1;
            }
            return -1;
        }

        /** The subject before an appositive that ends with the comma at {@code j}: "KCNA, the North's outlet,". */
        private Subj appositiveSubject(int j, int s) {
            for (int k = j - 1; k >= s && k >= j - 12; k--) {
                if (toks.get(k).isPunct(',')) {
                    return subjectBefore(k - 1, s, false);
                }
            }
            return null;
        }

        /**
         * Before a participle: a document of a named outlet ("a state television video", "an editorial from the
         * Global Times", "a commentary in the Rodong Sinmun"). Looks at most four tokens back.
         */
        private Subj documentOutletBefore(int c, int s) {
            if (c - 2 >= s && isDocumentNoun(toks.get(c - 1)) && endAt[c - 2] != null && !endAt[c - 2].personal
                    && !toks.get(c - 2).quoted) {
                Mention m = endAt[c - 2];
                return new Subj(m.from, c, m.source);
            }
            Mention m = c - 1 >= s ? endAt[c - 1] : null;
            if (m != null && !m.personal && m.from - 2 >= s && !toks.get(m.from).quoted) {
                Tok p = toks.get(m.from - 1);
                if ((p.is("from") || p.is("by") || p.is("in") || p.is("of")) && isDocumentNoun(toks.get(m.from - 2))) {
                    return new Subj(m.from - 2, c, m.source);
                }
            }
            return null;
        }

        private boolean isDocumentNoun(Tok t) {
            return t.word && !t.quoted && (Lexicon.DOCUMENTS.has(t) || t.is("video") || t.is("footage")
                    || t.is("clip") || t.is("program") || t.is("programme") || t.is("documentary"));
        }

        /**
         * After an inverted "read": a headline, caption or other document of a named outlet ("one RIA headline",
         * "a KCNA dispatch", "the headline in the Global Times"), within a few words.
         */
        private Subj readSource(int from, int e) {
            for (int k = from; k < e && k < from + 4; k++) {
                Tok t = toks.get(k);
                if (!t.word || t.quoted) {
                    return null;
                }
                Mention m = startAt[k];
                if (m != null && !m.personal && m.to < e && isReadDocument(toks.get(m.to))) {
                    return new Subj(m.from, m.to + 1, m.source);
                }
                if (m != null && !m.personal && m.to > from && isReadDocument(toks.get(m.to - 1))) {
                    return new Subj(m.from, m.to, m.source); // "a KCNA dispatch": the document is in the mention
                }
                if (isReadDocument(t)) {
                    Subj subj = documentSource(from, e);
                    if (subj == null && k + 2 < e && toks.get(k + 1).is("of")) {
                        subj = subjectAfter(k + 2, e);
                        subj = subj != null && isMedia(subj.source()) ? subj : null;
                    }
                    return subj;
                }
            }
            return null;
        }

        private boolean isReadDocument(Tok t) {
            return t.word && (Lexicon.DOCUMENTS.has(t) || t.is("headline") || t.is("headlines")
                    || t.is("caption") || t.is("banner") || t.is("title"));
        }

        /** The index of "by" within a few words after a passive cue ("quoted as saying by KCNA"), or -1. */
        private int byAfter(int c, int e) {
            for (int k = c + 1; k < e && k <= c + 5; k++) {
                Tok t = toks.get(k);
                if (!t.word || t.quoted) {
                    return -1;
                }
                if (t.is("by")) {
                    return k + 1 < e ? k : -1;
                }
            }
            return -1;
        }

        /**
         * "a report by Xinhua", "a statement carried by KCNA", "footage aired by state TV", "a commentary in the
         * Rodong Sinmun": the outlet behind a document, when one is named within a few words.
         */
        private Subj documentSource(int from, int e) {
            int k = from;
            while (k < e && k < from + 4 && toks.get(k).word && !Lexicon.DOCUMENTS.has(toks.get(k))
                    && !toks.get(k).is("footage") && !toks.get(k).is("transcript") && !toks.get(k).is("readout")) {
                k++;
            }
            if (k >= e || k >= from + 4 || !toks.get(k).word) {
                return null;
            }
            for (int i = k + 1; i < e && i <= k + 4; i++) {
                Tok t = toks.get(i);
                if (!t.word || t.quoted) {
                    return null;
                }
                if ((t.is("by") || t.is("from") || t.is("in") || t.is("on") || t.is("through")) && i + 1 < e) {
                    Subj subj = subjectAfter(i + 1, e);
                    return subj != null && isMedia(subj.source()) ? subj : null;
                }
            }
            return null;
        }

        private Optional<String> objectUntilAs(int from, int e) {
            for (int k = from; k < e && k < from + MAX_NP; k++) {
                if (!toks.get(k).word) {
                    break;
                }
                if (toks.get(k).is("as") && k > from) {
                    return Optional.of(text.substring(toks.get(from).begin, toks.get(k - 1).end));
                }
            }
            return Optional.empty();
        }

        private boolean endsClause(int k, int e) {
            if (k >= e) {
                return true;
            }
            Tok t = toks.get(k);
            return !t.word || t.is("on") || t.is("in") || Lexicon.ADVERBS.has(t);
        }

        private Optional<String> speaker(List<Cand> cands, Cand best, int s, int e) {
            for (int v = s; v < e; v++) {
                Tok t = toks.get(v);
                if (t.word && !t.quoted && (t.is("quoting") || t.is("citing")) && v + 1 < e
                        && startAt[v + 1] == null) {
                    Optional<String> o = objectUntilAs(v + 1, e);
                    if (o.isPresent()) {
                        return o;
                    }
                }
            }
            for (int ci = 0; ci < cands.size(); ci++) {
                Cand c = cands.get(ci);
                Source src = c.subj().source();
                if (c != best && (src.kind() == Source.Kind.PERSON || src.kind() == Source.Kind.ORGANIZATION)
                        && !pronoun(src.asWritten())
                        && (c.subj().to() <= best.subj().from() || c.subj().from() >= best.subj().to())) {
                    return Optional.of(src.asWritten());
                }
            }
            for (int v = s; v < e; v++) {
                Tok t = toks.get(v);
                if (!t.word || !t.has(Tok.SPEAKER_VERB)) {
                    continue;
                }
                int j = v - 1;
                while (j >= s && (!toks.get(j).word && Sentences.isQuoteMark(toks.get(j).first)
                        || lyAdverb(toks.get(j))
                        || toks.get(j).word && Lexicon.ADVERBS.has(toks.get(j)))) {
                    j--;
                }
                Subj subj = subjectBefore(j, s, true);
                if (subj == null || (subj.from() < best.subj().to() && subj.to() > best.subj().from())) {
                    continue;
                }
                Source src = subj.source();
                if ((src.kind() == Source.Kind.PERSON || src.kind() == Source.Kind.ORGANIZATION)
                        && !pronoun(src.asWritten())) {
                    return Optional.of(src.asWritten());
                }
            }
            return Optional.empty();
        }

        private Cand headlinePattern(int s, int e) {
            int last = e - 1;
            while (last > s && !toks.get(last).word) {
                last--;
            }
            Mention m = endAt[last];
            if (m != null && !m.personal && m.from > s) {
                Tok sep = toks.get(m.from - 1);
                if (sep.isPunct(':') || sep.isPunct('-') || sep.isPunct('\u2013') || sep.isPunct('\u2014')
                        || sep.isPunct('|')) {
                    return new Cand(new Subj(m.from, m.to, m.source), sep.raw(), m.from - 1, rank(m.source),
                            Optional.empty(), Optional.empty());
                }
            }
            Mention f = startAt[s];
            if (f != null && !f.personal && f.to + 2 < e && toks.get(f.to).is("to") && toks.get(f.to + 1).isCapitalized()
                    && toks.get(f.to + 2).isPunct(':')) {
                // "China's State Media to Trump: Stop ..."
                return new Cand(new Subj(f.from, f.to, f.source), ":", f.to + 2, rank(f.source), Optional.empty(),
                        Optional.empty());
            }
            if (f != null && !f.personal && f.to < e && toks.get(f.to).isPunct(':')) {
                return new Cand(new Subj(f.from, f.to, f.source), ":", f.to, rank(f.source), Optional.empty(),
                        Optional.empty());
            }
            return null;
        }

        // ---------------------------------------------------------------- subjects

        /** The subject noun phrase whose last token is {@code j}; it must start a clause unless relaxed. */
        private Subj subjectBefore(int j, int s, boolean relaxed) {
            if (j < s || j < 0) {
                return null;
            }
            Tok t = toks.get(j);
            Mention m = endAt[j];
            if (m != null && !m.personal && m.from >= s && !t.quoted) {
                if (relaxed || clauseStart(m.from, s)
                        || (m.from > s && Lexicon.SUBORDINATORS.has(toks.get(m.from - 1)))) {
                    return new Subj(m.from, m.to, definite(m));
                }
                // "A report by the official Xinhua news agency said", "A commentary in the Rodong Sinmun said"
                int p = m.from - 1;
                if (p - 1 >= s && (toks.get(p).is("by") || toks.get(p).is("from") || toks.get(p).is("in")
                        || toks.get(p).is("on")) && Lexicon.DOCUMENTS.has(toks.get(p - 1))) {
                    int d = p - 2;
                    while (d >= s && p - 1 - d <= 3 && toks.get(d).word && !toks.get(d).isCapitalized()
                            && !toks.get(d).is("the") && !toks.get(d).is("a") && !toks.get(d).is("an")) {
                        d--;
                    }
                    if (d >= s && (toks.get(d).is("the") || toks.get(d).is("a") || toks.get(d).is("an"))
                            && clauseStart(d, s)) {
                        return new Subj(d, m.to, m.source);
                    }
                }
                return null;
            }
            if (!t.word || t.quoted) {
                return null;
            }
            // "state media from both countries reported", "State media in both Qatar and Saudi Arabia reported"
            for (int k = j; k > s && j - k < 8; k--) {
                Tok x = toks.get(k);
                if (x.quoted || (!x.word && !x.isPunct('(') && !x.isPunct(')'))
                        || (x.word && Lexicon.CUES.has(x))) {
                    break;
                }
                Mention pm = endAt[k - 1];
                if (x.word && (Lexicon.POST_MODIFIERS.has(x) || (pm != null && pm.entry.generic()
                        && (x.is("from") || x.is("in") || x.is("across") || x.is("of"))))
                        && pm != null && !pm.personal && !toks.get(k - 1).quoted
                        && (relaxed || clauseStart(pm.from, s))) {
                    Source ps = pm.source;
                    return new Subj(pm.from, j + 1, new Source(ps.kind(),
                            text.substring(toks.get(pm.from).begin, toks.get(j).end), ps.id(), ps.name(),
                            ps.stateMedia(), ps.country()));
                }
            }
            Subj ana = anaphorEndingAt(j, s);
            if (ana != null) {
                return relaxed || clauseStart(ana.from(), s) ? ana : null;
            }
            int k = j;
            while (k >= s && j - k < MAX_NP) {
                Tok x = toks.get(k);
                if (!x.word || x.quoted) {
                    break;
                }
                if (x.isCapitalized() || Lexicon.NP_WORDS.has(x) || Lexicon.PERSON_NOUNS.has(x)
                        || (endAt[k] != null && endAt[k].personal)) {
                    k--;
                    continue;
                }
                if (startAt[k + 1 <= j ? k + 1 : j] != null && x.word && Lexicon.MODIFIERS.has(x)) {
                    k--;
                    continue;
                }
                break;
            }
            int plainFrom = k + 1;
            while (plainFrom <= j && (toks.get(plainFrom).is("of") || toks.get(plainFrom).is("for"))) {
                plainFrom++;
            }
            boolean plainOk = plainFrom <= j && (relaxed || clauseStart(plainFrom, s));
            if (!plainOk && (Lexicon.ORG_WORDS.hasBase(t) || Lexicon.PERSON_WORDS.hasBase(t)
                    || Lexicon.MEDIA_WORDS.hasBase(t))) {
                // "The coup regime's information ministry said", "the Egyptian interior ministry said"
                int d = j - 1;
                while (d >= s && j - d <= 6 && toks.get(d).word && !toks.get(d).quoted
                        && !Lexicon.CUES.has(toks.get(d)) && !isDeterminer(toks.get(d))
                        && !Lexicon.CLAUSE_OPENERS.has(toks.get(d))) {
                    d--;
                }
                if (d >= s && d < j && (toks.get(d).is("the") || toks.get(d).is("a") || toks.get(d).is("an"))
                        && (relaxed || clauseStart(d, s))) {
                    return general(d, j + 1);
                }
            }
            int from = k + 1;
            while (from <= j && (toks.get(from).is("of") || toks.get(from).is("for") || toks.get(from).is("and")
                    || toks.get(from).is("in") || toks.get(from).is("at") || toks.get(from).is("on")
                    || toks.get(from).is("to"))) {
                from++;
            }
            if (from > j) {
                return null;
            }
            if (!relaxed && !clauseStart(from, s)) {
                return null;
            }
            Mention first = startAt[from];
            if (first != null && !first.personal && first.to <= j && (toks.get(first.to).is("and")
                    || (toks.get(first.to).is("in") && j == first.to + 1 && toks.get(j).isCapitalized()))) {
                // "state media and news agencies reported", "State media in Iran reported"
                String written = text.substring(toks.get(from).begin, toks.get(j).end);
                Source f = first.source;
                return new Subj(from, j + 1, new Source(f.kind(), written, f.id(), f.name(), f.stateMedia(),
                        f.country()));
            }
            if (!acronyms.isEmpty()) {
                int a = toks.get(from).is("the") ? from + 1 : from;
                Source known = a == j ? acronyms.get(toks.get(j).raw()) : null;
                if (known != null) {
                    String written = text.substring(toks.get(from).begin, toks.get(j).end);
                    return new Subj(from, j + 1, new Source(known.kind(), written, known.id(), known.name(),
                            known.stateMedia(), known.country()));
                }
            }
            return general(from, j + 1);
        }

        private Subj anaphorEndingAt(int j, int s) {
            Tok t = toks.get(j);
            if (t.is("it") && (j == s || isBoundary(toks.get(j - 1)))) {
                return resolve(j, j + 1, lastClaim != null && lastClaim.kind() != Source.Kind.PERSON ? lastClaim : null);
            }
            Source target;
            if (Lexicon.ANAPHOR_MEDIA.has(t)) {
                target = lastMedia();
            } else if (Lexicon.ANAPHOR_AGENCY.has(t)) {
                target = lastAgency != null ? lastAgency : genericOnly(lastMedia());
            } else if (Lexicon.ANAPHOR_NEWSPAPER.has(t)) {
                target = lastNewspaper != null ? lastNewspaper : genericOnly(lastMedia());
            } else if (Lexicon.ANAPHOR_BROADCASTER.has(t)) {
                target = lastBroadcaster != null ? lastBroadcaster : genericOnly(lastMedia());
            } else if (t.is("statement") && quotedStatement != null) {
                target = quotedStatement;
            } else if (Lexicon.ANAPHOR_ANY.has(t)) {
                target = lastClaim;
            } else {
                return null;
            }
            int k = j - 1;
            while (k >= s && j - k <= 3 && toks.get(k).word && !toks.get(k).quoted
                    && (Lexicon.MODIFIERS.has(toks.get(k)) || Lexicon.DEMONYMS.has(toks.get(k))
                        || (!toks.get(k).isCapitalized() && !Lexicon.CUES.has(toks.get(k))))
                    && !toks.get(k).is("the") && !toks.get(k).is("this") && !toks.get(k).is("that")
                    && !toks.get(k).is("its")) {
                if (toks.get(k).is("media") && !t.is("report")) {
                    return null; // "the media reports": reports in general, not one outlet's
                }
                k--;
            }
            if (k < s || !(toks.get(k).is("the") || toks.get(k).is("this") || toks.get(k).is("that")
                    || toks.get(k).is("its") || dayPossessive(toks.get(k)))) {
                return null;
            }
            return resolve(k, j + 1, target);
        }

        /**
         * "the state news wire said", "the state broadcaster said": a definite generic phrase refers back to the
         * outlet of that kind named before, when there is one.
         */
        private Source definite(Mention m) {
            if (!m.entry.generic() || !toks.get(m.from).is("the")) {
                return m.source;
            }
            Source target;
            switch (m.entry.medium()) {
                case NEWS_AGENCY: target = lastAgency; break;
                case NEWSPAPER: target = lastNewspaper; break;
                case BROADCASTER: target = lastBroadcaster; break;
                default: target = null; break;
            }
            if (target == null || !target.stateMedia() || target.id().orElse("").equals("state-media")) {
                return m.source;
            }
            return new Source(target.kind(), m.source.asWritten(), target.id(), target.name(), true, target.country());
        }

        private Source genericOnly(Source s) {
            return s != null && s.id().orElse("").equals("state-media") ? s : null;
        }

        private Subj resolve(int from, int to, Source target) {
            String written = text.substring(toks.get(from).begin, toks.get(to - 1).end);
            if (target == null) {
                return new Subj(from, to, new Source(Source.Kind.UNKNOWN, written, Optional.empty(),
                        Optional.empty(), false, Optional.empty()));
            }
            return new Subj(from, to, new Source(target.kind(), written, target.id(), target.name(),
                    target.stateMedia(), target.country()));
        }

        private Subj subjectAfter(int from, int e) {
            if (from >= e) {
                return null;
            }
            Mention m = startAt[from];
            if (m == null && from + 1 < e && toks.get(from).is("the") && startAt[from + 1] != null) {
                m = startAt[from + 1];
            }
            if (m != null && !m.personal) {
                return new Subj(m.from, m.to, definite(m));
            }
            Tok t = toks.get(from);
            if (!t.word || t.quoted) {
                return null;
            }
            int k = from;
            while (k < e && k - from < MAX_NP && toks.get(k).word && !toks.get(k).quoted
                    && (toks.get(k).isCapitalized() || Lexicon.NP_WORDS.has(toks.get(k)))) {
                Mention inner = startAt[k];
                if (inner != null && !inner.personal && k > from) {
                    break;
                }
                k++;
            }
            if (k == from + 1 && (t.is("the") || t.is("this"))) {
                // "wrote the lengthy commentary": lower-case words before an anaphor noun
                for (int d = k; d < e && d <= from + 3 && toks.get(d).word && !toks.get(d).quoted; d++) {
                    Subj a = anaphorEndingAt(d, from);
                    if (a != null && a.from() == from) {
                        return a;
                    }
                }
            }
            if (k == from) {
                return null;
            }
            Subj ana = anaphorEndingAt(k - 1, from);
            if (ana != null && ana.from() == from) {
                return ana;
            }
            return general(from, k);
        }

        private Subj general(int from, int to) {
            return general(from, to, false);
        }

        /**
         * The subject {@code [from, to)} as a general noun phrase, or null; with {@code organizationOnly}, null too
         * unless it is an organization (then nothing is made for the other kinds).
         */
        private Subj general(int from, int to, boolean organizationOnly) {
            boolean content = false;
            for (int k = from; k < to; k++) {
                Tok x = toks.get(k);
                if (x.isCapitalized() || Lexicon.PERSON_WORDS.hasBase(x) || Lexicon.ORG_WORDS.hasBase(x)
                        || Lexicon.PRONOUNS.has(x)) {
                    content = true;
                }
            }
            if (!content) {
                return null;
            }
            Tok head = toks.get(to - 1);
            Source.Kind kind;
            Optional<String> id = Optional.empty();
            Optional<String> name = Optional.empty();
            Optional<String> country = Optional.empty();
            int fw = toks.get(from).is("the") && from + 1 < to ? from + 1 : from;
            String written = null; // made when needed: most candidates are looked up in no registry
            Optional<io.github.wirestory.model.Agency> agency = Optional.empty();
            if (startsAgencyName(toks.get(fw))) {
                written = text.substring(toks.get(from).begin, toks.get(to - 1).end);
                agency = agencies.lookup(written);
            }
            if (to - from == 1 && Lexicon.PRONOUNS.has(head)) {
                kind = head.is("he") || head.is("she") ? Source.Kind.PERSON : Source.Kind.UNKNOWN;
            } else if (agency.isPresent()) {
                kind = Source.Kind.NEWS_AGENCY;
                id = Optional.of(agency.get().id());
                name = Optional.of(agency.get().name());
                country = agency.get().country();
            } else if (Lexicon.PERSON_WORDS.hasBase(head)) {
                kind = Source.Kind.PERSON;
            } else if (Lexicon.MEDIA_WORDS.hasBase(head) || mediaWordBefore(from, to)
                    || (head.is("agency") && to - 2 >= from && toks.get(to - 2).is("news"))) {
                kind = Source.Kind.NEWS_AGENCY; // "The Moscow-based daily newspaper Moskovskiy Komsomolets"
            } else if (Lexicon.ORG_WORDS.hasBase(head)) {
                kind = Source.Kind.ORGANIZATION;
            } else if (head.isCapitalized() && possessiveBefore(from, to - 1)) {
                kind = Source.Kind.PERSON; // "North Korea's Kim", "China's Xi"
            } else {
                // a title before a name makes a person ("United Nations spokesman Farhan Haq")
                kind = Source.Kind.UNKNOWN;
                boolean allCaps = true;
                for (int k = from; k < to; k++) {
                    Tok x = toks.get(k);
                    if (Lexicon.PERSON_WORDS.hasBase(x)) {
                        kind = Source.Kind.PERSON;
                        break;
                    }
                    if (Lexicon.ORG_WORDS.hasBase(x)) {
                        kind = Source.Kind.ORGANIZATION;
                    }
                    allCaps &= x.isCapitalized();
                }
                if (kind == Source.Kind.UNKNOWN && to - from == 1 && head.rawLength() >= 2
                        && head.allUpper()) {
                    kind = Source.Kind.ORGANIZATION; // UEFA, VW
                } else if (kind == Source.Kind.UNKNOWN && allCaps && to - from <= 4) {
                    kind = Source.Kind.PERSON;
                }
            }
            if (organizationOnly && kind != Source.Kind.ORGANIZATION) {
                return null;
            }
            if (written == null) {
                written = text.substring(toks.get(from).begin, toks.get(to - 1).end);
            }
            return new Subj(from, to, new Source(kind, written, id, name, false, country));
        }

        private boolean mediaWordBefore(int from, int to) {
            for (int k = from; k < to - 1; k++) {
                if (Lexicon.MEDIA_WORDS.hasBase(toks.get(k)) && toks.get(k + 1).isCapitalized()) {
                    return true; // "newspaper Moskovskiy Komsomolets", "broadcaster NHK"
                }
            }
            return false;
        }

        private boolean possessiveBefore(int from, int to) {
            for (int k = from; k < to; k++) {
                if (toks.get(k).possessive() && toks.get(k).isCapitalized()) {
                    return true;
                }
            }
            return false;
        }

        private boolean clauseStart(int from, int s) {
            return from == s || isBoundary(toks.get(from - 1));
        }

        private boolean isBoundary(Tok t) {
            if (!t.word) {
                char c = t.first;
                return c == ',' || c == ';' || c == ':' || c == '\u2014' || c == '\u2013' || c == '-' || c == '('
                        || c == ')' || Sentences.isQuoteMark(c);
            }
            return Lexicon.CLAUSE_OPENERS.has(t);
        }

        // ---------------------------------------------------------------- dates

        private Optional<LocalDate> dateAfter(int c, int e) {
            int k = c + 1;
            boolean last = false;
            if (k < e && (toks.get(k).is("on") || toks.get(k).is("late") || toks.get(k).is("early")
                    || toks.get(k).is("last"))) {
                last = toks.get(k).is("last");
                k++;
            }
            if (k < e) {
                return Optional.ofNullable(day(toks.get(k), last));
            }
            return Optional.empty();
        }

        /** A day word ("Thursday", "yesterday", "today"), resolved by {@link RelativeDays}; null if none. */
        private LocalDate day(Tok t, boolean last) {
            if (date.isEmpty() || !t.word || !dayWord(t)) {
                return null;
            }
            return RelativeDays.resolve(last ? "last " + t.norm() : t.norm(), date.get()).orElse(null);
        }

        /** "Thursday's report", "Monday's editorial": a day's document is a definite anaphor. */
        private boolean dayPossessive(Tok t) {
            return t.word && t.possessive() && (t.base().endsWith("day") || t.base().equals("tonight"));
        }

        private boolean isDateWord(String norm) {
            return norm.endsWith("day") || Lexicon.MONTHS.contains(norm);
        }

        private boolean dayWord(Tok t) {
            // full weekday names only: "Sun", "Sat", "Wed" are too often other words in running text
            return t.endsWith("day") || t.norm().equals("tonight");
        }

        // ---------------------------------------------------------------- result

        Result result() {
            // filled, then sealed: the records keep these lists without another copy
            ListBuffer<Quote> outQuotes = new ListBuffer<>(quotes.size());
            // each claim's quotes, made for the claims that have any (the others take List.of())
            @SuppressWarnings("unchecked")
            ListBuffer<Quote>[] perClaim = new ListBuffer[claims.size()];
            int ci = 0;
            for (int qi = 0; qi < quotes.size(); qi++) {
                RawQuote q = quotes.get(qi);
                while (ci < claims.size() && claims.get(ci).end() <= q.open()) {
                    ci++;
                }
                String words = text.substring(q.begin(), q.end());
                boolean ellipsis = words.contains("...") || words.contains("\u2026");
                boolean brackets = words.indexOf('[') >= 0 && words.indexOf(']') > words.indexOf('[');
                // a claim that overlaps the quote (a long quote may open paragraphs before its attribution)
                int owner = -1;
                for (int k = ci; k < claims.size() && claims.get(k).begin() < q.close(); k++) {
                    owner = k;
                    break;
                }
                Quote quote;
                if (owner >= 0) {
                    RawClaim c = claims.get(owner);
                    quote = new Quote(words, new Span(q.begin(), q.end()), q.paragraph(), Optional.of(c.source()),
                            Optional.of(c.cue()), ellipsis, brackets);
                    if (perClaim[owner] == null) {
                        perClaim[owner] = new ListBuffer<>(2);
                    }
                    perClaim[owner].add(quote);
                } else {
                    quote = new Quote(words, new Span(q.begin(), q.end()), q.paragraph(), Optional.empty(),
                            Optional.empty(), ellipsis, brackets);
                }
                outQuotes.add(quote);
            }
            ListBuffer<Claim> outClaims = new ListBuffer<>(claims.size());
            for (int i = 0; i < claims.size(); i++) {
                RawClaim c = claims.get(i);
                outClaims.add(new Claim(c.source(), c.cue(), text.substring(c.begin(), c.end()),
                        new Span(c.begin(), c.end()), c.paragraph(),
                        perClaim[i] != null ? perClaim[i].seal() : List.of(), c.speaker(), c.date()));
            }
            return new Result(outQuotes.seal(), outClaims.seal());
        }
    }

    /** A name found in the text, with the words around it that belong to it. */
    private static final class Mention {
        final int from;
        final int to;
        final SourceMatcher.Entry entry;
        final Source source;
        final boolean personal;

        Mention(int from, int to, SourceMatcher.Entry entry, Source source, boolean personal) {
            this.from = from;
            this.to = to;
            this.entry = entry;
            this.source = source;
            this.personal = personal;
        }
    }
}
