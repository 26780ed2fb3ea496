package io.github.wirestory.internal.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PatternLinesTest {
    @Test
    void groupsBecomeNonCapturingButEscapesClassesAndFlagsStay() {
        assertThat(PatternLines.nonCapturing("(?i)(a|b( c)?)\\(?[(x]\\\\(d)"))
                .isEqualTo("(?i)(?:a|b(?: c)?)\\(?[(x]\\\\(?:d)");
    }

    @Test
    void linesAreTestedInPlaceWithInlineFlagsScopedToTheirAlternative() {
        PatternLines lines = new PatternLines(20, "(?i)oops!?", "AP( Photo)?/.{1,10}");
        String text = "xx OOPS! yy\nap photo/Kim\nAP Photo/Kim\n" + "Oops".repeat(6);
        LineCleaner.LineTest t = lines.forText(text);
        assertThat(t.isNoise(3, 8)).isTrue();
        assertThat(t.isNoise(0, 8)).isFalse();
        assertThat(t.isNoise(12, 24)).as("(?i) does not leak into the next alternative").isFalse();
        assertThat(t.isNoise(25, 37)).isTrue();
        assertThat(t.isNoise(38, 62)).as("longer than the bound").isFalse();
        t.close();
        assertThat(lines.test("oops")).isTrue();
        assertThat(lines.forText("Oops").isNoise(0, 4)).as("a reused matcher sees the new text").isTrue();
    }
}
