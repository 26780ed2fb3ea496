package io.github.wirestory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The in-place lookup answers as a map lookup of the lower-cased word does, for every ASCII region. */
class AsciiKeysTest {
    private static final Map<String, Integer> MAP = Map.of("july", 7, "jul", 7, "sept", 9, "new york", 1,
            "u.s.", 2, "março", 3, "", 4);

    @Test
    void answersAsTheLowerCasedLookup() {
        AsciiKeys<Integer> keys = new AsciiKeys<>(MAP);
        for (String w : List.of("July", "JULY", "jUL", "Jul.", "Sept", "SEPT", "New York", "NEW YORK", "new  york",
                "U.S.", "u.s", "", "x", "Julyy", "Ju", "MARCO", "augustus")) {
            assertThat(AsciiKeys.isAscii(w, 0, w.length())).isTrue();
            assertThat(keys.get(w, 0, w.length())).as(w).isEqualTo(MAP.get(w.toLowerCase(Locale.ROOT)));
        }
        String text = "SEOUL, July 27";
        assertThat(keys.get(text, 7, 11)).isEqualTo(7);
        assertThat(keys.get(text, 7, 10)).isEqualTo(7);
        assertThat(keys.get(text, 0, 5)).isNull();
    }

    @Test
    void nonAsciiRegionsAreLeftToTheCaller() {
        assertThat(AsciiKeys.isAscii("MARÇO", 0, 5)).isFalse();
        assertThat(AsciiKeys.isAscii("MARÇO", 0, 3)).isTrue();
        assertThat(AsciiKeys.isAscii("\u212Aelvin", 0, 6)).isFalse(); // the Kelvin sign lower-cases to "k"
    }
}
