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

    @Test
    void keyIsTheSameWithAndWithoutTheShortcut() {
        assertThat(Text.key("Kim \u2019s \u201cPlan\u201d \u2014 Caf\u00e9")).isEqualTo("kim s plan caf\u00e9");
        assertThat(Text.key("Cafe\u0301 \u2014 x")).isEqualTo("caf\u00e9 x");
    }
}
