package io.github.wirestory.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.hardening.Corpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer notes where a unit's sentence stops and cue words are ({@link Tok#stops}, {@link Tok#cues}), so that
 * {@link Sentences#split} and the extractor's cue loop skip every other token: the notes list exactly the tokens the
 * full scans act on, and the split finds the same sentences as reading every token, on every corpus story and on
 * generated texts dense in stops, quote marks, abbreviations and cue words (with random quoted tokens).
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

    private static void check(String text, Random quoted) {
        Tok.openWords();
        try {
            List<Tok> toks = Tok.unit(text, 0, text.length());
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
            List<Tok> copy = new ArrayList<>(toks); // another list: no notes, every token read
            List<int[]> every = Sentences.split(copy);
            assertThat(Tok.stops(every)).isNull();
            assertThat(Tok.cues(copy)).isNull();
            assertThat(fast).as(text).isEqualTo(ranges(every));
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
            "it", "Jan", "J", "x", "42", "continued", "citing", "state", "media", "A", "b"};
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
