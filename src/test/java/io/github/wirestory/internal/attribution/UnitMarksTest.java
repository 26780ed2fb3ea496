package io.github.wirestory.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.hardening.Corpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer notes where a unit's sentence stops, cue words and possible name starts are ({@link Tok#stops},
 * {@link Tok#cues}, {@link Tok#starts}), so that {@link Sentences#split}, the extractor's cue loop and
 * {@link SourceMatcher#find} skip every other token: the notes list exactly the tokens the full scans act on, and
 * the split and the name matches are the same as reading every token, on every corpus story and on generated texts
 * dense in stops, quote marks, abbreviations, cue words and outlet names (with random quoted tokens).
 */
class UnitMarksTest {

    private static boolean stop(Tok t) {
        char c = t.first;
        return !t.word && (c == '.' || c == '?' || c == '!' || c == '\u2026' || Sentences.isQuoteMark(c));
    }

    private static List<String> ranges(List<int[]> rs) {
        List<String> out = new ArrayList<>();
        for (int[] r : rs) {
            out.add(r[0] + "-" + r[1]);
        }
        return out;
    }

    private static final SourceMatcher MATCHER = new SourceMatcher(io.github.wirestory.StateMediaRegistry.defaults(),
            io.github.wirestory.AgencyRegistry.defaults());

    private static List<String> matches(List<SourceMatcher.Match> ms) {
        List<String> out = new ArrayList<>();
        for (SourceMatcher.Match m : ms) {
            out.add(m.from() + "-" + m.to() + " " + m.entry());
        }
        return out;
    }

    private static void check(String text, Random quoted) {
        Tok.openWords();
        try {
            List<Tok> toks = Tok.unit(text, 0, text.length(), MATCHER.firstWords());
            if (quoted != null) {
                for (Tok t : toks) {
                    t.quoted = quoted.nextInt(4) == 0;
                }
            }
            List<Integer> stops = new ArrayList<>();
            List<Integer> cues = new ArrayList<>();
            for (int k = 0; k < toks.size(); k++) {
                if (stop(toks.get(k))) {
                    stops.add(k);
                }
                if (toks.get(k).word && toks.get(k).has(Tok.CUE)) {
                    cues.add(k);
                }
            }
            List<int[]> noted = Sentences.split(toks);
            List<String> fast = ranges(noted);
            List<Integer> notedStops = new ArrayList<>();
            for (int k = 0, s = Tok.stops(noted)[0]; s >= 0; s = Tok.stops(noted)[++k]) {
                notedStops.add(s);
            }
            assertThat(notedStops).as(text).isEqualTo(stops);
            List<Integer> notedCues = new ArrayList<>();
            for (int k = 0, c = Tok.cues(toks)[0]; c >= 0; c = Tok.cues(toks)[++k]) {
                notedCues.add(c);
            }
            assertThat(notedCues).as(text).isEqualTo(cues);
            List<Integer> starts = new ArrayList<>();
            for (int k = 0; k < toks.size(); k++) {
                Tok t = toks.get(k);
                if (t.word && (t.possessive() || SourceMatcher.mayStartName(MATCHER.firstWords(), t.hash))) {
                    starts.add(k);
                }
            }
            List<Integer> notedStarts = new ArrayList<>();
            int[] ns = Tok.starts(toks, MATCHER.firstWords());
            for (int k = 0; ns[k] >= 0; k++) {
                notedStarts.add(ns[k]);
            }
            assertThat(notedStarts).as(text).isEqualTo(starts);
            assertThat(Tok.starts(toks, new long[128])).isNull(); // another filter: every token read
            List<String> fastMatches = matches(MATCHER.find(toks));
            List<Tok> copy = new ArrayList<>(toks); // another list: no notes, every token read
            List<int[]> every = Sentences.split(copy);
            assertThat(Tok.stops(every)).isNull();
            assertThat(Tok.cues(copy)).isNull();
            assertThat(fast).as(text).isEqualTo(ranges(every));
            assertThat(Tok.starts(copy, MATCHER.firstWords())).isNull();
            assertThat(fastMatches).as(text).isEqualTo(matches(MATCHER.find(copy)));
        } finally {
            Tok.closeWords();
        }
    }

    @Test
    void corpusStoriesSplitTheSame() {
        Corpus.stories().forEach((name, text) -> {
            check(text, null);
            check(text, new Random(name.hashCode()));
        });
        check(Corpus.seed(), null);
    }

    @Test
    void generatedTextsSplitTheSame() {
        String[] words = {"Mr", "U.S.", "Gen", "Kim", "said", "says", "according", "to", "the", "KCNA", "reported",
            "it", "Jan", "J", "x", "42", "continued", "citing", "state", "media", "A", "b", "Xinhua", "Xinhua's",
            "KCNA\u2019s", "Korean", "Central", "News", "Agency", "New", "York", "Times", "official", "television",
            "Reuters", "TASS", "Press", "TV", "Al", "Jazeera", "IRNA", "workers'"};
        String marks = ".?!\u2026\"'\u2018\u2019\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A\u300C\u300D(),:;";
        Random r = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(40);
            for (int k = 0; k < len; k++) {
                if (r.nextInt(3) == 0) {
                    sb.append(marks.charAt(r.nextInt(marks.length())));
                } else {
                    sb.append(words[r.nextInt(words.length)]);
                }
                if (r.nextBoolean()) {
                    sb.append(' ');
                }
            }
            check(sb.toString(), r.nextBoolean() ? r : null);
        }
    }

    @Test
    void aLongUnitKeepsAllItsNotes() {
        String text = "Kim said \"it is.\" The report said so! ".repeat(2_000);
        check(text, null);
    }
}
