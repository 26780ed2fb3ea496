package io.github.wirestory.internal.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Date words read in place answer as the words read on their own (stripped of dots, lower-cased) do. */
class DateWordsTest {
    private static final List<String> WORDS = List.of("July", "JULY", "Jul.", "jul", "Sept.", "SEPT", "março",
            "MARÇO", "Março.", "Thursday", "Thurs.", "THU", "5", "05", "5th", "5TH", "27.", "21st", "2nd", "3rd",
            "31", "32", "0", "st", "1st.,", "2024", "2024.", "1899", "2199", "2200", "20245", "5\u212A", "\u0130",
            "July,", "Jan.,", "", ".", "x", "12th.");

    @Test
    void wordsInPlaceAsOnTheirOwn() {
        for (String w : WORDS) {
            String text = "SEOUL, " + w + " 27 (UPI)";
            int b = 7;
            int e = b + w.length();
            assertThat(DateWords.month(text, b, e)).as(w).isEqualTo(DateWords.month(w));
            assertThat(DateWords.weekday(text, b, e)).as(w).isEqualTo(DateWords.weekday(w));
            assertThat(DateWords.day(text, b, e)).as(w).isEqualTo(DateWords.day(w));
            assertThat(DateWords.year(text, b, e)).as(w).isEqualTo(DateWords.year(w));
        }
    }

    @Test
    void monthsAndWeekdaysInAnyCase() {
        assertThat(DateWords.month("sEpT.")).map(m -> m.name()).contains("SEPTEMBER");
        assertThat(DateWords.month("MARÇO".toLowerCase(Locale.ROOT))).map(m -> m.name()).contains("MARCH");
        assertThat(DateWords.weekday("THURS.")).map(d -> d.name()).contains("THURSDAY");
        assertThat(DateWords.day("5TH")).isEqualTo(5);
        assertThat(DateWords.year("2024.")).isEqualTo(2024);
    }
}
