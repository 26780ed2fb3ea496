package io.github.wirestory.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static LocalDate date(String s) {
        return Dates.parse(s).orElseThrow().date();
    }

    @Test
    void isoWithOffsetKeepsTheInstantAndThePageDay() {
        Dates.Value v = Dates.parse("2023-07-27T23:30:00-04:00").orElseThrow();
        assertThat(v.date()).isEqualTo(LocalDate.of(2023, 7, 27));
        assertThat(v.dateTime()).contains(OffsetDateTime.of(2023, 7, 27, 23, 30, 0, 0, ZoneOffset.ofHours(-4)));
        assertThat(Dates.parse("2023-07-27T05:12:00.000Z").orElseThrow().dateTime()).isPresent();
        assertThat(Dates.parse("2023-07-27T05:12:00+0900").orElseThrow().dateTime().orElseThrow().getOffset())
                .isEqualTo(ZoneOffset.ofHours(9));
    }

    @Test
    void aTimeWithoutOffsetGivesOnlyTheDate() {
        Dates.Value v = Dates.parse("2023-07-27 10:25").orElseThrow();
        assertThat(v.date()).isEqualTo(LocalDate.of(2023, 7, 27));
        assertThat(v.dateTime()).isEmpty();
    }

    @Test
    void readsTheWrittenForms() {
        assertThat(date("Thu, 27 Jul 2023 05:12:00 GMT")).isEqualTo(LocalDate.of(2023, 7, 27));
        assertThat(Dates.parse("Thu, 27 Jul 2023 05:12:00 GMT").orElseThrow().dateTime()).isPresent();
        assertThat(date("July 27, 2023")).isEqualTo(LocalDate.of(2023, 7, 27));
        assertThat(date("Jan. 5, 2020 at 3:00 p.m.")).isEqualTo(LocalDate.of(2020, 1, 5));
        assertThat(date("27 July 2023")).isEqualTo(LocalDate.of(2023, 7, 27));
        assertThat(date("Veröffentlicht am 19. Oktober 2019")).isEqualTo(LocalDate.of(2019, 10, 19));
        assertThat(date("19.10.2019, 15:07 Uhr")).isEqualTo(LocalDate.of(2019, 10, 19));
        assertThat(date("3 de mayo de 2022")).isEqualTo(LocalDate.of(2022, 5, 3));
        assertThat(date("20230727")).isEqualTo(LocalDate.of(2023, 7, 27));
        assertThat(date("28.09.19")).isEqualTo(LocalDate.of(2019, 9, 28));
    }

    @Test
    void noYearNoDate() {
        assertThat(Dates.parse("July 27")).isEmpty();
        assertThat(Dates.parse("Thursday")).isEmpty();
        assertThat(Dates.parse("2023-02-30")).isEmpty();
        assertThat(Dates.parse("")).isEmpty();
    }

    @Test
    void theCharTestsInFrontOfTheMonthNamePatternsPassWheneverThePatternsMatch() {
        // the tests are necessary conditions: a text they turn away has no match (checked on generated texts)
        String[][] slots = {{"", "x", "Copyright ", "27 ", "© 2026 "}, {"", "July", "Juli", "mars", "Sept", "Mai", "de", "ab"},
            {"", "."}, {"", " ", "  ", "\t", "\u00a0", "-"}, {"", "de "}, {"", "3", "27", "202", "2026", "0"},
            {"", "st", "rd", "th", "er", ".", "x"}, {"", ","}, {"", " ", "\n", "/"}, {"", "de "},
            {"", "July", "mars", "1999", "2023", "20233"}, {"", ".", ",", " ", "1"}, {"", " 2023", " 12:30", "x"}};
        java.util.Random r = new java.util.Random(7);
        int matched = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (String[] slot : slots) {
                sb.append(slot[r.nextInt(slot.length)]);
            }
            if (r.nextInt(4) == 0 && sb.length() > 0) {
                sb.deleteCharAt(r.nextInt(sb.length())); // a char fewer, anywhere
            }
            String s = sb.toString();
            boolean mdy = Dates.MDY.matcher(s).find();
            boolean dmy = Dates.DMY.matcher(s).find();
            if (mdy) {
                assertThat(Dates.maybeMdy(s)).as(s).isTrue();
                matched++;
            }
            if (dmy) {
                assertThat(Dates.maybeDmy(s)).as(s).isTrue();
                matched++;
            }
        }
        assertThat(matched).isGreaterThan(1_000);
        assertThat(Dates.maybeMdy("Copyright 2026 United Press International")).isFalse();
        assertThat(Dates.maybeDmy("Copyright 2026 United Press International")).isFalse();
        assertThat(date("© 2026 Example News. Updated July 27, 2023")).isEqualTo(LocalDate.of(2023, 7, 27));
        assertThat(date("Published 27th July 2023 09:12")).isEqualTo(LocalDate.of(2023, 7, 27));
    }
}
