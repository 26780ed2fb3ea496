package io.github.wirestory.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens: the fields computed once agree with their definitions; recycled tokens are cleared. */
class TokTest {
    private static final String TEXT = "SEOUL, July 27 (UPI) -- North Korea\u2019s KCNA said Workers' Party "
            + "officials met in P\u00F6nghwa on Monday. \"It's a new era,\" the U.S. envoy said; "
            + "Sh\u00F6igu's aides and \u212Aarried staff left. A b C 7 x-ray al-Mayadeen el-Sisi \u00C9lys\u00E9e "
            + "Shoigu Shoigu shoigu SHOIGU's the The THE Agency's news.";

    /** Words whose hash the scan works out as it cuts them: hyphens, dots, ampersands, apostrophes, any case. */
    private static final String SCANNED = " x-Ray AT&T O\u2019Neill O'NEILL U.S. U.N.-led Workers\u2019 Workers' "
            + "Kim\u2019S state-RUN Caf\u00E9-Bar al-\u00C9lys\u00E9e 3.5 B-52s Pyongyang\u2019s-based "
            + String.join(" ", Lexicon.VOCABULARY).toUpperCase(java.util.Locale.ROOT) + " "
            + String.join(" Xx", Lexicon.VOCABULARY);

    @Test
    void computedFieldsAgreeWithTheStrings() {
        String text = TEXT + SCANNED;
        for (Tok t : Tok.of(text, 0, text.length())) {
            assertThat(t.first).as(t.raw()).isEqualTo(t.raw().charAt(0));
            if (!t.word) {
                assertThat(t.isCapitalized()).isFalse();
                assertThat(t.possessive()).isFalse();
                continue;
            }
            char c = t.raw().charAt(0);
            boolean article = t.raw().length() > 3 && (t.raw().startsWith("al-") || t.raw().startsWith("el-"))
                    && Character.isUpperCase(t.raw().charAt(3));
            assertThat(t.isCapitalized()).as(t.raw())
                    .isEqualTo(Character.isUpperCase(c) || Character.isDigit(c) || article);
            assertThat(t.hash).as(t.raw()).isEqualTo(t.norm().hashCode());
            assertThat(t.possessive()).as(t.raw()).isEqualTo(t.norm().endsWith("'s") || t.norm().endsWith("s'"));
            assertThat(t.base()).as(t.raw())
                    .isEqualTo(t.norm().endsWith("'s") ? t.norm().substring(0, t.norm().length() - 2) : t.norm());
        }
    }

    /**
     * Tokens whose strings are made late (words of the vocabulary, other ASCII words, non-ASCII words in no list)
     * answer in place as their strings do, before any string is made.
     */
    @Test
    void vocabularyAndNonAsciiWordsWithoutStringsAnswerAsMadeOnes() {
        String text = TEXT + SCANNED + " \u041C\u043E\u0441\u043A\u0432\u0430 \u0422\u0410\u0421\u0421 "
                + "\u0422\u0430\u0441\u0441\u2019s \u0439\u043E\u0434 \u00FCber \u00DCBER D\u00E9j\u00E0 "
                + "\u00C9LYS\u00C9E\u2019S \u4E2D\u56FD \uD55C\uAD6D \u0416 \u0436 Said SAID said\u2019s Ministry\u2019S";
        List<Tok> lazy = Tok.of(text, 0, text.length());
        List<Tok> made = Tok.of(text, 0, text.length());
        assertThat(lazy).hasSameSizeAs(made);
        for (int i = 0; i < lazy.size(); i++) {
            Tok a = lazy.get(i);
            Tok b = made.get(i);
            String norm = b.norm();
            String raw = b.raw();
            String base = b.base();
            assertThat(a.allUpper()).as(raw).isEqualTo(raw.equals(raw.toUpperCase(java.util.Locale.ROOT)));
            assertThat(a.is(norm)).as(raw).isTrue();
            assertThat(a.is(norm + "x")).as(raw).isFalse();
            assertThat(a.endsWith(norm.substring(norm.length() / 2))).as(raw).isTrue();
            assertThat(a.normLength()).as(raw).isEqualTo(norm.length());
            assertThat(a.baseHash()).as(raw).isEqualTo(base.hashCode());
            assertThat(a.baseIs(base)).as(raw).isTrue();
            assertThat(a.hash).as(raw).isEqualTo(norm.hashCode());
            assertThat(a.norm()).as(raw).isEqualTo(norm);
            assertThat(a.raw()).as(raw).isEqualTo(raw);
        }
    }

    @Test
    void setBitsAnswerAsTheSets() {
        String text = TEXT + " I said a report, the agency's state-run daily reported; it was not \u212Aarried. "
                + "The Ministry's officials' Daily's MINISTRY'S Newspaper\u2019s minister's "
                + "\u201CQuoted\u201D \u2014 \u00AB\u00BB \u2026 \u3001 (KCNA) -- & | / "
                + String.join(" ", Lexicon.VOCABULARY);
        int known = 0;
        for (Tok t : Tok.of(text, 0, text.length())) {
            known += t.lists < 0 ? 1 : 0;
            for (Lexicon.WordSet set : Lexicon.SETS) {
                assertThat(set.has(t)).as(t.raw() + " in set " + Long.numberOfTrailingZeros(set.bit))
                        .isEqualTo(set.contains(t.norm()));
                assertThat(set.hasBase(t)).as(t.raw() + " base in set " + Long.numberOfTrailingZeros(set.bit))
                        .isEqualTo(set.contains(t.base()));
            }
        }
        assertThat(known).as("tokens answered from their bits").isGreaterThan(1000);
    }

    @Test
    void nonAsciiWordsAreInNoListAndSayItByTheirBits() {
        String text = "S\u00E3o Paulo's \u041C\u043E\u0441\u043A\u0432\u0430 \u5317\u4EAC said \u00C9LYS\u00C9E\u2019S "
                + "caf\u00E9 na\u00EFve \u212Aarried \u212AARRIED stra\u00DFe \u0130stanbul";
        int nonAscii = 0;
        for (Tok t : Tok.of(text, 0, text.length())) {
            if (!t.word || Tok.ascii(t.norm())
                    || java.util.Arrays.binarySearch(Tok.NON_ASCII_LISTED, t.norm().hashCode()) >= 0) {
                continue;
            }
            nonAscii++;
            assertThat(t.lists).as(t.raw()).isEqualTo(Tok.KNOWN);
            assertThat(t.classes).as(t.raw()).isZero();
            for (Lexicon.WordSet set : Lexicon.SETS) {
                assertThat(set.contains(t.norm()) || set.contains(t.base())).as(t.raw()).isFalse();
            }
            assertThat(Tok.SENTENCE_CUES.contains(t.norm()) || Sentences.ABBREVIATIONS.contains(t.norm())).isFalse();
        }
        assertThat(nonAscii).isEqualTo(8);
        // listed non-ASCII words keep their classes and sets
        for (String w : List.of("communiqu\u00E9", "t\u00FCrkiye")) {
            assertThat(Tok.ascii(w)).isFalse();
            assertThat(Tok.NON_ASCII_LISTED).contains(w.hashCode());
            String written = "The " + Character.toUpperCase(w.charAt(0)) + w.substring(1) + "'s";
            Tok t = Tok.of(written, 0, written.length()).get(1);
            assertThat(t.norm()).isEqualTo(w + "'s");
            t = Tok.of(w, 0, w.length()).get(0);
            assertThat(t.lists).isNotEqualTo(Tok.KNOWN);
            assertThat(Lexicon.SETS.stream().anyMatch(set -> set.has(t2(w)))).as(w).isTrue();
        }
        // a non-ASCII word whose norm is ASCII is looked up as before
        Tok married = Tok.of("\u212Aarried", 0, 7).get(0);
        assertThat(married.norm()).isEqualTo("karried");
    }

    @Test
    void theUnitSummaryHoldsEveryClassOfItsWordsAndItsParentheses() {
        String text = TEXT + SCANNED + " The report (KCNA) said Times";
        int classes = 0;
        for (Tok t : Tok.of(text, 0, text.length())) {
            assertThat(t.has(Tok.OTHER_REPORT)).as(t.raw()).isEqualTo(Lexicon.OTHER_REPORTS.contains(t.norm()));
            assertThat(t.has(Tok.OUTLET_HEAD)).as(t.raw()).isEqualTo(Lexicon.OUTLET_HEADS.contains(t.norm()));
            assertThat(t.has(Tok.CUE)).as(t.raw()).isEqualTo(Tok.SENTENCE_CUES.contains(t.norm()));
            classes |= t.classes;
        }
        assertThat(Tok.unitSummary()).as("outside an extraction nothing is skipped").isEqualTo(~0);
        Tok.openWords();
        try {
            Tok.unit(text, 0, text.length());
            assertThat(Tok.unitSummary()).isEqualTo(classes | Tok.OPEN_PAREN);
            String plain = "Rain fell on the city on Monday, and the roads were closed.";
            Tok.unit(plain, 0, plain.length());
            assertThat(Tok.unitSummary() & (Tok.OPEN_PAREN | Tok.OTHER_REPORT | Tok.OUTLET_HEAD)).isZero();
            assertThat(Tok.unitSummary() & Tok.CUE).isEqualTo(Tok.CUE); // "were"
        } finally {
            Tok.closeWords();
        }
    }

    @Test
    void theTokenizersLetterTestIsTheJdksForEveryChar() {
        for (char c = 0; c < 0xFFFF; c++) {
            assertThat(Tok.isLetterOrDigit(c)).as("U+%04X", (int) c).isEqualTo(Character.isLetterOrDigit(c));
        }
    }

    @Test
    void nonAsciiNormsAreTheJdksLowerCase() {
        for (char c = 0x80; c < 0xFFFF; c++) {
            if (!Character.isSurrogate(c)) {
                String s = "A" + c + "b\u2019S";
                assertThat(Tok.nonAsciiNorm(s)).as("U+%04X", (int) c)
                        .isEqualTo(s.replace('\u2019', '\'').toLowerCase(java.util.Locale.ROOT));
                assertThat(Tok.nonAsciiNorm(String.valueOf(c)))
                        .isEqualTo(String.valueOf(c).replace('\u2019', '\'').toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (String s : List.of("\u0130stanbul", "\u039F\u0394\u03A5\u03A3\u03A3\u0395\u03A5\u03A3", "\uD801\uDC00x",
                "caf\u00E9", "Caf\u00E9", "\u00C9LYS\u00C9E\u2019S", "\uD83D\uDE00", "\u212Aarried")) {
            assertThat(Tok.nonAsciiNorm(s)).as(s).isEqualTo(s.replace('\u2019', '\'').toLowerCase(java.util.Locale.ROOT));
        }
        String same = "caf\u00E9";
        assertThat(Tok.nonAsciiNorm(same)).isSameAs(same);
    }

    private static Tok t2(String w) {
        return Tok.of(w, 0, w.length()).get(0);
    }

    @Test
    void recycledTokensMatchNewOnesAndAreClearedAfterTheExtraction() {
        // non-ASCII words seen again in the extraction take the strings and answers of the first (Words' table)
        String text = TEXT + " Communiqu\u00E9 communiqu\u00E9's T\u00FCrkiye P\u00F6nghwa \u00C9lys\u00E9e "
                + "\u00C9LYS\u00C9E\u2019S Sh\u00F6igu's \u212Aarried S\u00E3o \u5317\u4EAC";
        List<String> fresh = new ArrayList<>();
        for (Tok t : Tok.of(text, 0, text.length())) {
            fresh.add(t.begin + ":" + t.end + ":" + t.raw() + ":" + t.norm() + ":" + t.isCapitalized() + ":" + t.classes
                    + ":" + t.lists + ":" + t.hash + ":" + t.possessive());
        }
        List<Tok> seen = new ArrayList<>();
        Tok.openWords();
        try {
            for (int round = 0; round < 3; round++) {
                List<Tok> unit = Tok.unit(text, 0, text.length());
                List<String> pooled = new ArrayList<>();
                for (Tok t : unit) {
                    pooled.add(t.begin + ":" + t.end + ":" + t.raw() + ":" + t.norm() + ":" + t.isCapitalized() + ":"
                            + t.classes + ":" + t.lists + ":" + t.hash + ":" + t.possessive());
                    assertThat(t.quoted).isFalse();
                    t.quoted = true; // must not survive into the next unit
                }
                assertThat(pooled).isEqualTo(fresh);
                seen.addAll(unit);
            }
        } finally {
            Tok.closeWords();
        }
        assertThat(seen).allMatch(TokTest::released);
        assertThat(new String(threadChars("chars")).chars().allMatch(c -> c == 0)).as("the char buffer is zeroed")
                .isTrue();
        assertThat((Object[]) threadField("raw")).as("no word of the story stays").containsOnlyNulls();
        assertThat((Object[]) threadField("norm")).containsOnlyNulls();
    }

    /** Whether a pooled token let go of its strings and text. */
    static boolean released(Tok t) {
        try {
            for (String name : new String[] {"raw", "norm", "text"}) {
                java.lang.reflect.Field f = Tok.class.getDeclaredField(name);
                f.setAccessible(true);
                if (f.get(t) != null) {
                    return false;
                }
            }
            return true;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void tokensWithoutStringsAnswerAsTheirStrings() {
        String text = TEXT + " Shoigu said Pyongyang's rallying cries ended Tuesday; the KCNA-run daily said "
                + "UNDISCLOSED officials were quoted. Nthaday fooly xing Ly zday ING IAEA\u2019S UN \u00C9LYS\u00C9E "
                + "STRA\u00DFE";
        String[] probes = {"shoigu", "said", "pyongyang's", "rallying", "ing", "ly", "day", "'s", "s", "", "tuesday",
            "kcna-run", "undisclosed", "nthaday", "fooly", "xing", "zday", "shoigu's", "pyongyang", "iaea",
            "workers'", "workers"};
        for (Tok t : Tok.of(text, 0, text.length())) {
            boolean[] is = new boolean[probes.length];
            boolean[] ends = new boolean[probes.length];
            for (int i = 0; i < probes.length; i++) {
                is[i] = t.is(probes[i]);
                ends[i] = t.endsWith(probes[i]);
            }
            int length = t.normLength();
            int rawLength = t.rawLength();
            boolean upper = t.allUpper();
            int baseHash = t.baseHash();
            boolean[] baseIs = new boolean[probes.length];
            for (int i = 0; i < probes.length; i++) {
                baseIs[i] = t.baseIs(probes[i]);
            }
            String norm = t.norm(); // makes the strings
            for (int i = 0; i < probes.length; i++) {
                assertThat(is[i]).as(norm + " is " + probes[i]).isEqualTo(norm.equals(probes[i]));
                assertThat(ends[i]).as(norm + " ends with " + probes[i]).isEqualTo(norm.endsWith(probes[i]));
                assertThat(t.is(probes[i])).isEqualTo(is[i]);
            }
            assertThat(length).as(norm).isEqualTo(norm.length());
            assertThat(rawLength).isEqualTo(t.raw().length());
            assertThat(upper).as(t.raw()).isEqualTo(t.raw().equals(t.raw().toUpperCase(java.util.Locale.ROOT)));
            assertThat(t.allUpper()).isEqualTo(upper);
            assertThat(baseHash).as(norm).isEqualTo(t.base().hashCode());
            for (int i = 0; i < probes.length; i++) {
                assertThat(baseIs[i]).as(norm + " base is " + probes[i]).isEqualTo(t.base().equals(probes[i]));
            }
            assertThat(t.raw()).isEqualTo(text.substring(t.begin, t.end));
        }
    }

    private static Object threadField(String field) {
        try {
            java.lang.reflect.Field f = Tok.class.getDeclaredField("WORDS");
            f.setAccessible(true);
            Object words = ((ThreadLocal<?>) f.get(null)).get();
            java.lang.reflect.Field c = words.getClass().getDeclaredField(field);
            c.setAccessible(true);
            return c.get(words);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static char[] threadChars(String field) {
        return (char[]) threadField(field);
    }

    @Test
    void aLongUnitUsesItsOwnBufferAndStaysCorrect() {
        String longText = TEXT.repeat(300); // more chars than the thread keeps
        List<String> fresh = new ArrayList<>();
        for (Tok t : Tok.of(longText, 0, longText.length())) {
            fresh.add(t.begin + ":" + t.raw() + ":" + t.norm());
        }
        Tok.openWords();
        try {
            List<String> pooled = new ArrayList<>();
            for (Tok t : Tok.unit(longText, 0, longText.length())) {
                pooled.add(t.begin + ":" + t.raw() + ":" + t.norm());
            }
            assertThat(pooled).isEqualTo(fresh);
        } finally {
            Tok.closeWords();
        }
        assertThat(new String(threadChars("chars")).chars().allMatch(c -> c == 0)).isTrue();
    }

    @Test
    void outsideAnExtractionTokensAreNew() {
        List<Tok> a = Tok.unit(TEXT, 0, TEXT.length());
        List<Tok> b = Tok.unit(TEXT, 0, TEXT.length());
        assertThat(a).isNotSameAs(b);
        assertThat(a.get(0)).isNotSameAs(b.get(0));
    }

    @Test
    void sentenceRangesAreReusedInsideAnExtractionOnly() {
        String many = "It rained. ".repeat(300);
        List<Tok> toks = Tok.of(many, 0, many.length());
        List<String> fresh = new ArrayList<>();
        for (int[] r : Sentences.split(toks)) {
            fresh.add(r[0] + "-" + r[1]);
        }
        assertThat(fresh).hasSize(300);
        assertThat(Sentences.split(toks)).isNotSameAs(Sentences.split(toks));
        Tok.openWords();
        try {
            List<int[]> first = Sentences.split(toks);
            List<String> pooled = new ArrayList<>();
            for (int[] r : first) {
                pooled.add(r[0] + "-" + r[1]);
            }
            assertThat(pooled).isEqualTo(fresh); // more ranges than the pool keeps: the rest are new
            assertThat(Sentences.split(toks)).isSameAs(first);
        } finally {
            Tok.closeWords();
        }
    }
}
