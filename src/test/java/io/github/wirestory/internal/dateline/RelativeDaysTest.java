package io.github.wirestory.internal.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RelativeDaysTest {
    private static final LocalDate THURSDAY = LocalDate.of(2023, 7, 27);

    @Test
    void weekdayIsTheMostRecentOnOrBeforeTheDatelineDate() {
        assertThat(RelativeDays.resolve("Thursday", THURSDAY)).contains(THURSDAY);
        assertThat(RelativeDays.resolve("Wednesday", THURSDAY)).contains(LocalDate.of(2023, 7, 26));
        assertThat(RelativeDays.resolve("on Wednesday", THURSDAY)).contains(LocalDate.of(2023, 7, 26));
        assertThat(RelativeDays.resolve("Friday", THURSDAY)).contains(LocalDate.of(2023, 7, 21));
        assertThat(RelativeDays.resolve("Sunday", THURSDAY)).contains(LocalDate.of(2023, 7, 23));
    }

    @Test
    void variants() {
        assertThat(RelativeDays.resolve("Thurs.", THURSDAY)).contains(THURSDAY);
        assertThat(RelativeDays.resolve("early Monday", THURSDAY)).contains(LocalDate.of(2023, 7, 24));
        assertThat(RelativeDays.resolve("on Tuesday night", THURSDAY)).contains(LocalDate.of(2023, 7, 25));
        assertThat(RelativeDays.resolve("MONDAY", THURSDAY)).contains(LocalDate.of(2023, 7, 24));
        assertThat(RelativeDays.resolve("today", THURSDAY)).contains(THURSDAY);
        assertThat(RelativeDays.resolve("tonight", THURSDAY)).contains(THURSDAY);
        assertThat(RelativeDays.resolve("yesterday", THURSDAY)).contains(LocalDate.of(2023, 7, 26));
    }

    @Test
    void lastWeekdayIsStrictlyBefore() {
        assertThat(RelativeDays.resolve("last Friday", THURSDAY)).contains(LocalDate.of(2023, 7, 21));
        assertThat(RelativeDays.resolve("last Thursday", THURSDAY)).contains(LocalDate.of(2023, 7, 20));
    }

    @Test
    void notAWeekday() {
        assertThat(RelativeDays.resolve("July", THURSDAY)).isEmpty();
        assertThat(RelativeDays.resolve("", THURSDAY)).isEmpty();
        assertThat(RelativeDays.resolve("next week", THURSDAY)).isEmpty();
    }
}
