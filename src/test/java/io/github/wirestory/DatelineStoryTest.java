package io.github.wirestory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.model.AgencyCredit;
import io.github.wirestory.model.Credit;
import io.github.wirestory.model.Dateline;
import io.github.wirestory.model.Paragraph;
import io.github.wirestory.model.Removal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Datelines, bylines, trailers and agency precedence through the public parser. Stories are invented. */
class DatelineStoryTest {
    private static final WireStoryParser P = WireStoryParser.defaults();

    private static void spansMatch(WireStory s) {
        for (Paragraph p : s.paragraphs()) {
            assertThat(s.text().substring(p.span().begin(), p.span().end()).replace('\n', ' ')).isEqualTo(p.text());
        }
        s.dateline().ifPresent(d ->
                assertThat(s.text().substring(d.span().begin(), d.span().end())).isEqualTo(d.text()));
    }

    @Test
    void apStoryWithBylineDatelineAndTrailers() {
        String text = """
                Governor signs budget after long standoff

                By Jane Doe, Associated Press

                SPRINGFIELD, Ill. (AP) — The governor signed the budget on Friday, ending a long standoff.

                Lawmakers had argued over school funding for weeks.

                Associated Press writer John Roe in Chicago contributed to this report.

                Copyright 2024 The Associated Press. All rights reserved.
                """;
        WireStory s = P.parse(text);
        assertThat(s.headline()).contains("Governor signs budget after long standoff");
        assertThat(s.byline().orElseThrow().names()).containsExactly("Jane Doe");
        Dateline d = s.dateline().orElseThrow();
        assertThat(d.location()).contains("SPRINGFIELD");
        assertThat(d.region()).contains("Ill.");
        assertThat(s.agency().orElseThrow().via()).isEqualTo(AgencyCredit.Via.DATELINE);
        assertThat(s.agency().orElseThrow().agency().id()).isEqualTo("ap");
        assertThat(s.paragraphs()).extracting(Paragraph::text).containsExactly(
                "The governor signed the budget on Friday, ending a long standoff.",
                "Lawmakers had argued over school funding for weeks.");
        assertThat(s.credits()).extracting(Credit::name, Credit::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Jane Doe", Credit.Role.AUTHOR),
                org.assertj.core.groups.Tuple.tuple("John Roe", Credit.Role.CONTRIBUTOR));
        assertThat(s.removed()).extracting(Removal::cleaner, Removal::text).contains(
                org.assertj.core.groups.Tuple.tuple("byline", "By Jane Doe, Associated Press"),
                org.assertj.core.groups.Tuple.tuple("trailer",
                        "Associated Press writer John Roe in Chicago contributed to this report."),
                org.assertj.core.groups.Tuple.tuple("trailer",
                        "Copyright 2024 The Associated Press. All rights reserved."));
        spansMatch(s);
    }

    @Test
    void reutersTrailerAfterTheLastSentenceIsCutFromTheParagraph() {
        String text = """
                SEOUL, July 27 (Reuters) - North Korea showed new missiles to a visiting delegation on Thursday.

                The display came on the anniversary of the armistice. (Reporting by Jane Doe; Editing by Max Moe)
                """;
        WireStory s = P.parse(text, LocalDate.of(2023, 7, 28));
        assertThat(s.dateline().orElseThrow().date()).contains(LocalDate.of(2023, 7, 27));
        assertThat(s.paragraphs()).extracting(Paragraph::text).containsExactly(
                "North Korea showed new missiles to a visiting delegation on Thursday.",
                "The display came on the anniversary of the armistice.");
        assertThat(s.credits()).extracting(Credit::role).containsExactly(Credit.Role.REPORTING, Credit.Role.EDITING);
        assertThat(s.removed()).extracting(Removal::text).contains("(Reporting by Jane Doe; Editing by Max Moe)");
        spansMatch(s);
    }

    @Test
    void trailerGivesTheAgencyWhenNothingElseDoes() {
        String text = """
                Exports rise for a third month

                Exports rose for a third straight month in July, data showed on Tuesday.

                Shipments of chips led the gains. (Yonhap)
                """;
        WireStory s = P.parse(text);
        assertThat(s.dateline()).isEmpty();
        assertThat(s.agency().orElseThrow().agency().id()).isEqualTo("yonhap");
        assertThat(s.agency().orElseThrow().via()).isEqualTo(AgencyCredit.Via.TRAILER);
        assertThat(s.paragraphs().get(1).text()).isEqualTo("Shipments of chips led the gains.");
        spansMatch(s);
    }

    @Test
    void bylineAgencyBeatsTheTrailer() {
        String text = """
                Senate passes spending bill

                By Jane Doe, Associated Press

                WASHINGTON — The Senate passed the spending bill late Tuesday after a long debate.

                The House votes next week. /AFP
                """;
        WireStory s = P.parse(text);
        assertThat(s.dateline().orElseThrow().agency()).isEmpty();
        assertThat(s.agency().orElseThrow().via()).isEqualTo(AgencyCredit.Via.BYLINE);
        assertThat(s.agency().orElseThrow().agency().id()).isEqualTo("ap");
        assertThat(s.paragraphs().get(1).text()).isEqualTo("The House votes next week.");
    }

    @Test
    void creditLineBeatsTheDateline() {
        String text = """
                Kim shows off missiles to visitors

                UPI

                PYONGYANG, Aug. 1 (Yonhap) -- North Korea test-fired a cruise missile on Tuesday.
                """;
        WireStory s = P.parse(text);
        assertThat(s.agency().orElseThrow().agency().id()).isEqualTo("upi");
        assertThat(s.agency().orElseThrow().via()).isEqualTo(AgencyCredit.Via.CREDIT_LINE);
        assertThat(s.dateline().orElseThrow().agency().orElseThrow().agency().id()).isEqualTo("yonhap");
    }

    @Test
    void creditLineInCapitals() {
        String text = """
                Masks go missing at hospital

                JIJI

                KOBE – A total of 6,000 surgical masks have gone missing at a hospital, officials said.
                """;
        WireStory s = P.parse(text);
        assertThat(s.agency().orElseThrow().agency().id()).isEqualTo("jiji");
        assertThat(s.agency().orElseThrow().via()).isEqualTo(AgencyCredit.Via.CREDIT_LINE);
        assertThat(s.dateline().orElseThrow().location()).contains("KOBE");
    }

    @Test
    void aShortLabelIsNotACreditLine() {
        String text = """
                Floods cut off mountain villages

                Map

                Rescue teams reached the villages on Sunday after three days of rain.
                """;
        WireStory s = P.parse(text);
        assertThat(s.agency()).isEmpty();
        assertThat(s.paragraphs()).extracting(Paragraph::text).contains("Map");
    }

    @Test
    void datelineAfterAShortLabelLine() {
        String text = """
                Exports rise for a third month

                Updated 10:32 AM, Thu July 27, 2023

                SEOUL, July 27 (Yonhap) -- Exports rose for a third straight month in July.
                """;
        WireStory s = P.parse(text);
        assertThat(s.dateline().orElseThrow().text()).isEqualTo("SEOUL, July 27 (Yonhap) --");
        spansMatch(s);
    }

    @Test
    void theFirstDatelineOnAPageIsTheStorys() {
        String text = """
                Two stories on one page

                BEIJING, Jan. 5 (Xinhua) -- China's foreign trade grew steadily last year.

                The customs office released the figures on Friday.

                MOSCOW, Jan. 5 (Interfax) - The central bank kept its key rate unchanged.
                """;
        WireStory s = P.parse(text);
        assertThat(s.dateline().orElseThrow().location()).contains("BEIJING");
        assertThat(s.dateline().orElseThrow().monthDay()).contains(MonthDay.of(1, 5));
        assertThat(s.agency().orElseThrow().agency().id()).isEqualTo("xinhua");
    }

    @Test
    void noDatelineIsInvented() {
        String text = """
                A quiet week in the capital

                November 27, 2005

                OPINION — Editorial

                Washington rarely slows down, but this week it did, and few noticed.
                """;
        WireStory s = P.parse(text);
        assertThat(s.dateline()).isEmpty();
        assertThat(s.agency()).isEmpty();
    }

    @Test
    void datelineOnItsOwnLineLeavesTheLedeWhole() {
        String text = """
                Exports rise

                SEOUL, July 27 (Yonhap) --

                Exports rose for a third straight month in July.
                """;
        WireStory s = P.parse(text);
        assertThat(s.dateline().orElseThrow().text()).isEqualTo("SEOUL, July 27 (Yonhap) --");
        assertThat(s.paragraphs().get(0).text()).isEqualTo("Exports rose for a third straight month in July.");
    }

    @Test
    void turkishDefaultLocaleDoesNotBreakCapitals() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            WireStory s = P.parse("KUWAIT, JULY 27 (KUNA) -- The Cabinet approved the draft decree.\n");
            assertThat(s.dateline().orElseThrow().monthDay()).contains(MonthDay.of(7, 27));
            WireStory t = P.parse("ISTANBUL (AA) - The city opened a new metro line on Friday.\n");
            assertThat(t.agency().orElseThrow().agency().id()).isEqualTo("anadolu");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void pathologicalInputsStayLinear() {
        // cleaners off: this measures the structure, dateline, byline and trailer steps
        WireStoryParser bare = WireStoryParser.builder().cleaners(java.util.List.of()).build();
        String[] seeds = {"(", "A, ", "WASHINGTON ", "By A and ", "(Reporting by A; ", "/", "— ", "July 27 ",
            "[", "AP ", ". /TASS/", "SEOUL, July 27 (Yonhap) -- x. ", "(Yonhap)\n"};
        for (String seed : seeds) {
            String big = seed.repeat(1_000_000 / seed.length());
            for (String input : new String[] {big, big.replace(" ", "\n"), big.replace(" ", "\n\n")}) {
                // best of three: a blow-up is slow every time, a busy machine only sometimes
                long best = Long.MAX_VALUE;
                for (int attempt = 0; attempt < 3 && best > TimeUnit.MILLISECONDS.toNanos(1500); attempt++) {
                    long t0 = System.nanoTime();
                    bare.parse(input);
                    best = Math.min(best, System.nanoTime() - t0);
                }
                assertThat(best).as(seed).isLessThan(TimeUnit.MILLISECONDS.toNanos(1500));
            }
        }
    }
}
