package io.github.wirestory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    @Test
    void startsLowerAsLowerCasingReadsIt() {
        List<String> texts = List.of("With AFP", "WITH AFP", "wItH AFP", "W\u0130TH AFP", "Source: Xinhua",
                "SOURCES: Xinhua", "Additional reporting by Jane Doe", "copyright 2024", "COPYRIGHT 2024",
                "(C) 2024 AP", "(c) 2024 AP", "with", "\u017Fource: X", "Updated 10:32", "POSTED", "last updated");
        List<String> prefixes = List.of("with ", "source: ", "sources: ", "source ", "additional reporting by ",
                "copyright ", "(c) ", "updated", "posted", "last updated", "published");
        for (String t : texts) {
            for (String p : prefixes) {
                assertThat(Regions.startsLower(t, 0, t.length(), p)).as(t + " / " + p)
                        .isEqualTo(t.toLowerCase(Locale.ROOT).startsWith(p));
            }
        }
    }

    @Test
    void endsAndIndexOfLowerAsLowerCasingReadsThem() {
        List<String> texts = List.of("The Korea Herald DAILY", "the national news Agency", "Rodong Sinmun, a NEWSPAPER",
                "a STATEMENT of the ministry", "no such words", "A Statement", "misstatement here", "da\u0130ly");
        List<String> words = List.of("daily", "agency", "newspaper", "statement", "herald", "words");
        for (String t : texts) {
            String lower = t.toLowerCase(Locale.ROOT);
            for (String w : words) {
                assertThat(Regions.endsLower(t, 0, t.length(), w)).as(t + " / " + w).isEqualTo(lower.endsWith(w));
                assertThat(Regions.indexOfLower(t, 0, t.length(), w)).as(t + " / " + w).isEqualTo(lower.indexOf(w));
            }
        }
    }
}
