package io.github.wirestory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Regions read in place answer as {@code String.strip} and {@code String.split(" ")} do (no words: false). */
class RegionsTest {
    private static final String[] TEXTS = {"", " ", "a", " a ", "\u2003Seoul\u00A0", "\t North  Korea \n", "AP", "x y",
        "A b C ", " lead", "two  spaces", "one two three four five six", "al-Sisi and Kim", "\u3000\u3000"};

    @Test
    void stripAnswersAsString() {
        for (String s : TEXTS) {
            int b = Regions.stripBegin(s, 0, s.length());
            int e = Regions.stripEnd(s, b, s.length());
            assertThat(s.substring(b, e)).as("[" + s + "]").isEqualTo(s.strip());
            assertThat(Regions.stripBegin(new StringBuilder(s), 0, s.length())).isEqualTo(b);
        }
    }

    @Test
    void wordsAnswerAsSplit() {
        for (String s : TEXTS) {
            for (int max = 1; max <= 6; max++) {
                String[] words = s.split(" ");
                boolean expected = words.length >= 1 && words.length <= max && Arrays.stream(words).allMatch(w -> !w.isEmpty()
                        && Character.isLetter(w.charAt(0)));
                assertThat(Regions.words(s, max, (t, b, e) -> Character.isLetter(t.charAt(b))))
                        .as("[" + s + "] up to " + max).isEqualTo(expected);
            }
        }
    }
}
