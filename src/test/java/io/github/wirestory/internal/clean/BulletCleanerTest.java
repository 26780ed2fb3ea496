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
}
