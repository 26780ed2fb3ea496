package io.github.wirestory.internal.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnicodeNormalizerTest {
    private final UnicodeNormalizer cleaner = new UnicodeNormalizer();

    private String clean(String in, CleanerTesting[] report) {
        StringBuilder out = new StringBuilder();
        report[0] = CleanerTesting.run(cleaner, in, out);
        return out.toString();
    }

    @Test
    void crlfAndCrBecomeLf() {
        CleanerTesting[] r = new CleanerTesting[1];
        assertThat(clean("Headline\r\n\r\nSEOUL (Yonhap) -- Text.\rMore.", r))
                .isEqualTo("Headline\n\nSEOUL (Yonhap) -- Text.\nMore.");
        assertThat(r[0].replaced).contains("\r\n->\n", "\r->\n");
    }

    @Test
    void noBreakAndTypographicSpacesBecomePlainSpaces() {
        CleanerTesting[] r = new CleanerTesting[1];
        assertThat(clean("PARIS\u00A0(AFP)\u2009-\u202FText", r)).isEqualTo("PARIS (AFP) - Text");
        assertThat(r[0].replaced).contains("\u00A0-> ", "\u2009-> ", "\u202F-> ");
    }

    @Test
    void zeroWidthSoftHyphenAndBomAreDroppedAndReported() {
        CleanerTesting[] r = new CleanerTesting[1];
        assertThat(clean("\uFEFFKim\u200B Jong\u00ADUn", r)).isEqualTo("Kim JongUn");
        assertThat(r[0].removed).contains("\uFEFF", "\u200B", "\u00AD");
    }

    @Test
    void decomposedTextIsComposed() {
        CleanerTesting[] r = new CleanerTesting[1];
        assertThat(clean("Agência Brasil\nSa\u0303o Paulo", r)).isEqualTo("Agência Brasil\nSão Paulo");
        assertThat(r[0].replaced).contains("Sa\u0303o Paulo->São Paulo");
    }

    @Test
    void spacesCollapseAndLinesAreStripped() {
        CleanerTesting[] r = new CleanerTesting[1];
        assertThat(clean("  • Oops!  \n\tSomething   went wrong.", r)).isEqualTo("• Oops!\nSomething went wrong.");
        assertThat(r[0].removed).contains("  ");
    }

    @Test
    void cleanTextIsReturnedUnchanged() {
        CleanerTesting[] r = new CleanerTesting[1];
        String in = "WASHINGTON (AP) — A clean line.\n\nAnother.";
        assertThat(clean(in, r)).isEqualTo(in);
        assertThat(r[0].removed).isEmpty();
        assertThat(r[0].replaced).isEmpty();
    }

    @Test
    void rtlAndEmojiJoinersSurvive() {
        CleanerTesting[] r = new CleanerTesting[1];
        String in = "\u0645\u0631\u062D\u0628\u0627 \u200D\u200C";
        assertThat(clean(in, r)).isEqualTo(in);
    }

    @org.junit.jupiter.api.Test
    void textOfNfcInertCharactersIsAlwaysNfc() {
        String bases = "aeAEnoOuU zZ\u00E9\u2014";
        for (char c = 0; c < 0x3000; c++) {
            if (!UnicodeNormalizer.isNfcInert(c) || Character.isSurrogate(c)) {
                continue;
            }
            String alone = String.valueOf(c);
            assertThat(java.text.Normalizer.isNormalized(alone, java.text.Normalizer.Form.NFC)).as("U+%04X", (int) c)
                    .isTrue();
            for (char b : bases.toCharArray()) {
                for (String pair : new String[] {b + alone, alone + b}) {
                    assertThat(java.text.Normalizer.isNormalized(pair, java.text.Normalizer.Form.NFC))
                            .as("U+%04X next to %s", (int) c, b).isTrue();
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void cleanTextIsReturnedAsIs() {
        String clean = "Headline\n\nSEOUL, July 27 (UPI) -- \u201CQuoted,\u201D he said \u2014 twice\u2026\nDone.";
        assertThat(UnicodeNormalizer.isClean(clean)).isTrue();
        assertThat(new UnicodeNormalizer().clean(clean, new CleanerTesting())).isSameAs(clean);
        for (String dirty : new String[] {" lead", "trail ", "two  spaces", "line \nend", "\r\n", "tab\t",
            "nb\u00A0sp", "zero\u200Bwidth", "e\u0301", "\u2000", "bell\u0007", "\n x"}) {
            assertThat(UnicodeNormalizer.isClean(dirty)).as(dirty).isFalse();
            assertThat(UnicodeNormalizer.isClean(new StringBuilder(dirty))).as(dirty).isFalse();
        }
        assertThat(UnicodeNormalizer.isClean(new StringBuilder(clean))).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aStringAndABuilderAreJudgedAsTheRulesSay() {
        // every char up to U+3100 and a few above: alone, after a word, before a space, after a line break
        StringBuilder chars = new StringBuilder();
        for (char c = 0; c < 0x3100; c++) {
            chars.append(c);
        }
        chars.append("\uFEFF\uFFFD\uAC00\uD83D\uDE00");
        for (int k = 0; k < chars.length(); k++) {
            char ch = chars.charAt(k);
            for (String s : new String[] {String.valueOf(ch), "a" + ch, ch + " b", "a\n" + ch, "a " + ch + "b",
                ch + "\n", "a" + ch + " "}) {
                boolean expected = rules(s);
                assertThat(UnicodeNormalizer.isClean(s)).as("U+%04X in %s", (int) ch, s).isEqualTo(expected);
                assertThat(UnicodeNormalizer.isClean(new StringBuilder(s))).as("U+%04X", (int) ch)
                        .isEqualTo(expected);
            }
        }
    }

    /** The rules of {@link UnicodeNormalizer#isClean}, char by char. */
    private static boolean rules(String s) {
        char prev = '\n';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ';
            if (space && (prev == ' ' || prev == '\n') || c == '\n' && prev == ' ') {
                return false;
            }
            if (!space && c != '\n' && (c < 0x20 || UnicodeNormalizer.isSpace(c) || UnicodeNormalizer.isInvisible(c)
                    || !UnicodeNormalizer.isNfcInert(c))) {
                return false;
            }
            prev = c;
        }
        return prev != ' ';
    }
}
