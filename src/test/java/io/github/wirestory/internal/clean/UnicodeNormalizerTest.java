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
        String bases = "aeAEnoOuU zZ\u00E9\u2014\u0438\u4E2D\u1100\uAC00\u0915";
        for (char c = 0; c < 0xFFFF; c++) {
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
    void charsThatComposeOrReorderAreNotInert() {
        // NFC_QC = Maybe (they compose with the char before) and marks of non-zero combining class
        String never = "\u0300\u0301\u0308\u0327\u0338\u0345\u0653\u093C\u09BE\u09D7\u0B3E\u0B56\u0B57"
                + "\u0BBE\u0BD7\u0C56\u0CC2\u0CD5\u0CD6\u0D3E\u0D57\u0DCA\u0DCF\u0DDF\u102E\u1161\u1175"
                + "\u11A8\u11C2\u1B35\u3099\u309A\u05B0\u0E38\u20D0\uFE20"
                // NFC_QC = No: NFC replaces them
                + "\u0340\u0341\u0343\u0344\u0374\u037E\u0387\u0958\u212B\u2126\uF900\uFB1D\u2000\u2001";
        for (char c : never.toCharArray()) {
            assertThat(UnicodeNormalizer.isNfcInert(c)).as("U+%04X", (int) c).isFalse();
        }
        for (char c : "\u0438\u0416\u4E2D\u65B0\u20AC\u25BA\uFFFD\u3092\u098F".toCharArray()) {
            assertThat(UnicodeNormalizer.isNfcInert(c)).as("U+%04X", (int) c).isTrue();
        }
    }

    @org.junit.jupiter.api.Test
    void plainCharsAreThoseNeitherSpaceNorInvisibleNorBreak() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean plain = c != '\n' && c != '\r' && c != 0x85 && c != ' ' && c != 0xA0
                    && !UnicodeNormalizer.isSpace(c) && !UnicodeNormalizer.isInvisible(c);
            assertThat(UnicodeNormalizer.isPlain(c)).as("U+%04X", (int) c).isEqualTo(plain);
        }
    }

    @org.junit.jupiter.api.Test
    void aStringIsJudgedAsABuilderOnEveryShortText() {
        // every text of up to 6 chars over an alphabet of spaces, breaks and chars on both sides of the rules
        char[] alphabet = {' ', '\n', 'a', '\r', '\t', '\u00A0', '\u2019', '\u0301'};
        int[] digits = new int[7];
        for (int len = 0; len <= 6; len++) {
            java.util.Arrays.fill(digits, 0);
            while (true) {
                char[] t = new char[len];
                for (int i = 0; i < len; i++) {
                    t[i] = alphabet[digits[i]];
                }
                String s = new String(t);
                boolean expected = rules(s);
                assertThat(UnicodeNormalizer.isClean(s)).as("%s", s).isEqualTo(expected);
                assertThat(UnicodeNormalizer.isClean(new StringBuilder(s))).as("%s", s).isEqualTo(expected);
                int k = 0;
                while (k < len && ++digits[k] == alphabet.length) {
                    digits[k++] = 0;
                }
                if (k == len) {
                    break;
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
