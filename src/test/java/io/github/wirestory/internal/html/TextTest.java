package io.github.wirestory.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void surelyNfcHoldsOnlyForNormalizedText() {
        StringBuilder safe = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            String one = String.valueOf(c);
            if (Text.surelyNfc(one)) {
                safe.append(c);
                assertThat(Normalizer.isNormalized("a" + c + c + "e" + c, Normalizer.Form.NFC)).as("U+%04X", (int) c)
                        .isTrue();
            }
        }
        assertThat(safe.length()).isGreaterThan(0x300);
        Random r = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(12); k >= 0; k--) {
                sb.append(safe.charAt(r.nextInt(safe.length())));
            }
            assertThat(Normalizer.isNormalized(sb, Normalizer.Form.NFC)).as(sb.toString()).isTrue();
        }
        assertThat(Text.surelyNfc("Seoul \u2014 \u201cquoted\u201d \u20ac5")).isTrue();
        assertThat(Text.surelyNfc("e\u0301")).isFalse();
        assertThat(Text.surelyNfc("\u2000")).isFalse(); // en quad: NFC makes it an en space
        assertThat(Text.surelyNfc("\uac00")).isFalse();
    }

    /** {@link Text#key} as it was before its shortcuts: NFC, lower case, letters and digits single-spaced. */
    private static String slowKey(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            } else {
                space = true;
            }
        }
        return sb.toString();
    }

    @Test
    void keySeparatorsAreNoLettersAndHaveNoCase() {
        for (char c = 0x80; c < 0x3000; c++) {
            if (Text.isKeySeparator(c)) {
                String one = String.valueOf(c);
                assertThat(Character.isLetterOrDigit(c)).as("U+%04X", (int) c).isFalse();
                assertThat(one.toLowerCase(java.util.Locale.ROOT)).as("U+%04X", (int) c).isEqualTo(one);
                assertThat(Text.surelyNfc(one)).as("U+%04X", (int) c).isTrue();
            }
        }
    }

    @Test
    void keyMatchesTheSlowKey() {
        String alphabet = "aZ9 ,.-'\u00a0\u00ab\u00bb\u00a9\u00b5\u00aa\u00e9\u00c9\u2014\u2019\u201c\u201d\u2026\u20ac"
                + "\u0130\u03a3\u0301\u2000\u00df\uac00";
        Random r = new Random(11);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(16); k >= 0; k--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            String k = slowKey(s);
            assertThat(Text.key(s)).as(s).isEqualTo(k);
            int shape = Text.asciiKeyShape(s);
            if (shape >= 0) {
                assertThat(shape).as(s).isEqualTo(k.isEmpty() ? 0 : 1);
                assertThat(Text.asciiKeyEquals(s, k)).as(s).isTrue();
                assertThat(Text.asciiKeyEquals(s, k + "x")).as(s).isFalse();
                assertThat(Text.asciiKeyEquals(s, k + " a")).as(s).isFalse();
                if (!k.isEmpty()) {
                    assertThat(Text.asciiKeyEquals(s, k.substring(0, k.length() - 1))).as(s).isFalse();
                    assertThat(Text.asciiKeyEquals(s, "by " + k)).as(s).isFalse();
                }
            }
        }
        assertThat(Text.asciiKeyEquals("By \u201cKim\u201d  Tong-Hyung,", "by kim tong hyung")).isTrue();
        assertThat(Text.asciiKeyEquals("By Kim", "by kim tong hyung")).isFalse();
        assertThat(Text.asciiKeyEquals("...", "")).isTrue();
    }

    @Test
    void keyIsTheSameWithAndWithoutTheShortcut() {
        assertThat(Text.key("Kim \u2019s \u201cPlan\u201d \u2014 Caf\u00e9")).isEqualTo("kim s plan caf\u00e9");
        assertThat(Text.key("Cafe\u0301 \u2014 x")).isEqualTo("caf\u00e9 x");
    }
}
