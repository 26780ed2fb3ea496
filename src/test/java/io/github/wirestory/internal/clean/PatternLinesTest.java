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

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"page", "social", "related", "photo"})
    void theFirstCharGateNeverRejectsALineThePatternsMatch(String which) throws Exception {
        PatternLines lines = linesOf(which);
        java.util.regex.Pattern pattern = patternOf(lines);
        int gated = 0;
        java.util.Random r = new java.util.Random(1);
        String[] tails = {"", "!", " ad", "hoto by KCNA/UPI", "ead more: x", "hare", "ollow us on X", "/Kim", " Photo/Kim",
            "dvertisement", "oops", "elated", "ign up for our newsletter", "etty Images", "EAD MORE x", "oading..."};
        for (char c = 0; c < PatternLines.GATE; c++) {
            if (!lines.mayStartWith(c)) {
                gated++;
                for (String tail : tails) {
                    assertThat(pattern.matcher(c + tail).matches()).as("U+%04X%s", (int) c, tail).isFalse();
                }
                for (int k = 0; k < 3; k++) {
                    String random = c + Long.toString(r.nextLong(), 36);
                    assertThat(pattern.matcher(random).matches()).as(random).isFalse();
                }
            }
        }
        assertThat(gated).as("the gate skips most first chars").isGreaterThan(PatternLines.GATE / 2);
        String starts = switch (which) {
            case "page" -> "OoSsPpAaLl×xC";
            case "social" -> "SsTtEeFfXx";
            case "related" -> "RrSsMmTtWw";
            default -> "(PpFfAaRGg";
        };
        for (char c : starts.toCharArray()) {
            assertThat(lines.mayStartWith(c)).as("%s may start with %s", which, c).isTrue();
        }
        for (char c : "Qq7\"“".toCharArray()) {
            assertThat(lines.mayStartWith(c)).as("%s cannot start with %s", which, c).isFalse();
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"page", "social", "related", "photo"})
    void theFirstPairGateNeverRejectsALineThePatternsMatch(String which) throws Exception {
        PatternLines lines = linesOf(which);
        java.util.regex.Pattern pattern = patternOf(lines);
        java.util.Random r = new java.util.Random(2);
        String[] tails = {"", "!", " ad", "oto by KCNA/UPI", "ad more: x", "are", "llow us on X", "/Kim", "Photo/Kim",
            "vertisement", "ops", "lated", "gn up for our newsletter", "tty Images", "AD MORE x", "ading...", ".",
            " Photo/Kim", "hoto/Kim"};
        int gated = 0;
        for (char c = 0; c < 128; c++) {
            for (char d = 0; d < 128; d++) {
                if (lines.mayStartWith(c, d)) {
                    continue;
                }
                gated++;
                String head = "" + c + d;
                for (String tail : tails) {
                    assertThat(pattern.matcher(head + tail).matches()).as("%s%s", head, tail).isFalse();
                }
                String random = head + Long.toString(r.nextLong(), 36);
                assertThat(pattern.matcher(random).matches()).as(random).isFalse();
            }
        }
        assertThat(gated).as("the pair gate skips most pairs").isGreaterThan(128 * 128 * 3 / 4);
        assertThat(lines.mayStartWith('T', '\u2019')).as("non-ASCII: the one-char gate").isEqualTo(lines.mayStartWith('T'));
        assertThat(lines.test("Th")).isFalse();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"page", "social", "related", "photo"})
    void theThirdLetterGateNeverRejectsALineThePatternsMatch(String which) throws Exception {
        PatternLines lines = linesOf(which);
        java.util.regex.Pattern pattern = patternOf(lines);
        java.util.Random r = new java.util.Random(3);
        String[] tails = {"", "!", " ad", "o by KCNA/UPI", " more: x", "e", "ow us on X", "/Kim", "to/Kim",
            "ertisement", "s", "ated", " up for our newsletter", "ty Images", " MORE x", "ding...", " Photo/Kim"};
        String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        int pairs = 0;
        int gated = 0;
        for (char c : letters.toCharArray()) {
            for (char d : letters.toCharArray()) {
                if (!lines.mayStartWith(c, d)) {
                    continue;
                }
                for (char e : letters.toCharArray()) {
                    pairs++;
                    if (lines.mayStartWith(c, d, e)) {
                        continue;
                    }
                    gated++;
                    String head = "" + c + d + e;
                    for (String tail : tails) {
                        assertThat(pattern.matcher(head + tail).matches()).as("%s%s", head, tail).isFalse();
                    }
                    String random = head + Long.toString(r.nextLong(), 36);
                    assertThat(pattern.matcher(random).matches()).as(random).isFalse();
                }
            }
        }
        assertThat(gated).as("the third letter gate skips most lines the pair gate lets through")
                .isGreaterThan(pairs / 2);
        String[] noise = switch (which) {
            case "page" -> new String[] {"Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
                "Oops!", "Loading...", "Close", "Back to top", "Watch video"};
            case "social" -> new String[] {"Share", "SHARE", "Tweet", "Follow us on Telegram", "Sign up for our newsletter",
                "Share this article", "Comments 12", "Download our new app today"};
            case "related" -> new String[] {"Read more: Some story", "READ MORE Some story", "Related", "Top stories",
                "Most read", "See also", "Explainer: What it means"};
            default -> new String[] {"Photo by KCNA/UPI", "AP Photo/Kim", "Getty Images", "Credit: Reuters",
                "REUTERS/Kim", "Image: AFP", "File photo: KCNA"};
        };
        for (String line : noise) {
            assertThat(lines.test(line)).as(line).isTrue();
            LineCleaner.LineTest t = lines.forText(line);
            assertThat(t.isNoise(0, line.length())).as(line).isTrue();
            t.close();
        }
        assertThat(lines.test("Shoigu met Kim")).isFalse();
    }

    /** The built-in line cleaner's pattern set ("page", "social", "related" or "photo"). */
    private static PatternLines linesOf(String which) throws Exception {
        LineCleaner cleaner = switch (which) {
            case "page" -> new PageNoiseCleaner();
            case "social" -> new SocialPromptCleaner();
            case "related" -> new RelatedLinksCleaner();
            default -> new PhotoCreditCleaner();
        };
        java.lang.reflect.Field f = cleaner.getClass().getDeclaredField("LINES");
        f.setAccessible(true);
        return (PatternLines) f.get(null);
    }

    private static java.util.regex.Pattern patternOf(PatternLines lines) throws Exception {
        java.lang.reflect.Field p = PatternLines.class.getDeclaredField("pattern");
        p.setAccessible(true);
        return (java.util.regex.Pattern) p.get(lines);
    }
}
