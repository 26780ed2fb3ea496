package io.github.wirestory.internal.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BulletCleanerTest {
    @Test
    void leadingBulletsAreRemovedAndReported() {
        StringBuilder out = new StringBuilder();
        CleanerTesting r = CleanerTesting.run(new BulletCleaner(), "UPI\n  • Oops!\n▪ Share\n•\nKim said • no.", out);
        assertThat(out).hasToString("UPI\n  Oops!\nShare\n\nKim said • no.");
        assertThat(r.removed).containsExactly("•", "▪", "•");
    }

    @Test
    void indexOfAnswersAsStringIndexOfForEveryKindOfSequence() {
        for (String text : new String[] {"", "\n", "a\nb\n\nc", "no break", "\u201Cwide\u201D\nline\n", "x\n"}) {
            for (int from = -2; from <= text.length() + 1; from++) {
                int expected = text.indexOf('\n', from);
                assertThat(BulletCleaner.indexOf(text, '\n', from)).isEqualTo(expected);
                assertThat(BulletCleaner.indexOf(new StringBuilder(text), '\n', from)).isEqualTo(expected);
                assertThat(BulletCleaner.indexOf(java.nio.CharBuffer.wrap(text), '\n', from)).isEqualTo(expected);
                assertThat(BulletCleaner.indexOf(new StringBuilder(text), 'e', from)).isEqualTo(text.indexOf('e', from));
            }
        }
    }
}
