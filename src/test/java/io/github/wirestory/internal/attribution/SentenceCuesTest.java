package io.github.wirestory.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code AttributionExtractor.sentence} skips words without the {@link Tok#CUE} class: every word its branches test
 * must be in {@link Tok#SENTENCE_CUES}, and tokens must carry the flag exactly when their norm is one of them.
 */
class SentenceCuesTest {
    private static final Path SOURCE =
            Path.of("src/main/java/io/github/wirestory/internal/attribution/AttributionExtractor.java");

    @Test
    void everyWordTheSentenceLoopTestsIsACue() throws IOException {
        Assumptions.assumeTrue(Files.exists(SOURCE), "source tree not available");
        String src = Files.readString(SOURCE);
        int a = src.indexOf("private Cand sentence(");
        int b = src.indexOf("Cand best = headline ? headlinePattern", a);
        assertThat(a).isPositive();
        assertThat(b).isGreaterThan(a);
        String loop = src.substring(a, b);
        List<String> missing = new ArrayList<>();
        Matcher is = Pattern.compile("\\bt\\.is\\(\"([^\"]*)\"\\)").matcher(loop);
        while (is.find()) {
            if (!Tok.SENTENCE_CUES.contains(is.group(1))) {
                missing.add(is.group(1));
            }
        }
        Matcher set = Pattern.compile("Lexicon\\.([A-Z_]+)\\.(?:contains\\(t\\.norm\\)|has\\(t\\))").matcher(loop);
        int sets = 0;
        while (set.find()) {
            sets++;
            try {
                @SuppressWarnings("unchecked")
                Set<String> words = (Set<String>) Lexicon.class.getDeclaredField(set.group(1)).get(null);
                for (String w : words) {
                    if (!Tok.SENTENCE_CUES.contains(w)) {
                        missing.add(set.group(1) + ":" + w);
                    }
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        java.util.Map<String, Set<String>> classes = java.util.Map.of("CUE", Tok.SENTENCE_CUES, "OUTLET_HEAD",
                Lexicon.OUTLET_HEADS, "SPEAKER_VERB", Lexicon.SPEAKER_VERBS, "ABBREVIATION", Sentences.ABBREVIATIONS,
                "CARRYING", Lexicon.CARRYING);
        Matcher has = Pattern.compile("\\bt\\.has\\(Tok\\.([A-Z_]+)\\)").matcher(loop);
        while (has.find()) {
            assertThat(classes).containsKey(has.group(1));
            for (String w : classes.get(has.group(1))) {
                if (!Tok.SENTENCE_CUES.contains(w)) {
                    missing.add(has.group(1) + ":" + w);
                }
            }
        }
        assertThat(sets).as("set tests of the cue word found in sentence()").isGreaterThanOrEqualTo(3);
        assertThat(missing).as("words sentence() tests that Tok.SENTENCE_CUES lacks").isEmpty();
        // any other test of the word itself would bypass the flag
        assertThat(loop).doesNotContainPattern("\\bt\\.(norm|raw)(\\(\\))?\\.(equals|startsWith|matches|equalsIgnoreCase)\\(");
    }

    @Test
    void tokensCarryTheCueFlagExactlyForCueWords() {
        String text = "KCNA said Said SAID said\u2019s \u212Aarried carried Carried according reports warning Times Daily"
                + " Warning the a I \u00e9t\u00e9 x.Said issued";
        for (Tok t : Tok.of(text, 0, text.length())) {
            assertThat(t.has(Tok.CUE)).as(t.raw()).isEqualTo(t.word && Tok.SENTENCE_CUES.contains(t.norm()));
            assertThat(t.has(Tok.OUTLET_HEAD)).as(t.raw()).isEqualTo(t.word && Lexicon.OUTLET_HEADS.contains(t.norm()));
            assertThat(t.has(Tok.SPEAKER_VERB)).as(t.raw()).isEqualTo(t.word && Lexicon.SPEAKER_VERBS.contains(t.norm()));
        }
        java.util.Map<Integer, Set<String>> classes = java.util.Map.of(Tok.CUE, Tok.SENTENCE_CUES, Tok.OUTLET_HEAD,
                Lexicon.OUTLET_HEADS, Tok.SPEAKER_VERB, Lexicon.SPEAKER_VERBS, Tok.ABBREVIATION, Sentences.ABBREVIATIONS,
                Tok.CARRYING, Lexicon.CARRYING);
        String words = text + " " + String.join(" ", Sentences.ABBREVIATIONS) + " " + String.join(" ", Lexicon.CARRYING)
                + " Mr Gen U.S U.N. D.C \u00c9t\u00e9 Co";
        for (Tok t : Tok.of(words, 0, words.length())) {
            classes.forEach((c, set) -> assertThat(t.has(c)).as(t.raw() + " " + c).isEqualTo(t.word && set.contains(t.norm())));
        }
        for (String w : Lexicon.OUTLET_HEADS) {
            assertThat(Tok.of(w, 0, w.length())).allMatch(t -> t.has(Tok.OUTLET_HEAD) || !t.norm().equals(w));
        }
        for (String w : Lexicon.SPEAKER_VERBS) {
            assertThat(Tok.of(w, 0, w.length())).allMatch(t -> t.has(Tok.SPEAKER_VERB) || !t.norm().equals(w));
        }
        for (String w : Tok.SENTENCE_CUES) {
            assertThat(w.length()).as(w).isGreaterThan(1);
            for (String form : List.of(w, Character.toUpperCase(w.charAt(0)) + w.substring(1), w.toUpperCase())) {
                List<Tok> ts = Tok.of(form, 0, form.length());
                if (ts.size() == 1) {
                    assertThat(ts.get(0).has(Tok.CUE)).as(form).isTrue();
                    assertThat(ts.get(0).norm()).isEqualTo(w);
                }
            }
        }
    }
}
