package io.github.wirestory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.model.AgencyCredit;
import io.github.wirestory.model.Dateline;
import io.github.wirestory.model.Paragraph;
import io.github.wirestory.model.Removal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed article (examples/upi-kim-shoigu.txt, a byte-for-byte copy of shared/corpus/seed) parses as expected. */
class SeedTest {
    static final Path SEED = Path.of("examples/upi-kim-shoigu.txt");

    static String seed() throws IOException {
        return Files.readString(SEED, StandardCharsets.UTF_8);
    }

    @Test
    void headlineAgencyAndDateline() throws IOException {
        WireStory story = WireStoryParser.defaults().parse(seed());

        assertThat(story.headline())
                .contains("Kim Jong Un shows off North Korean ICBMs to visiting Russian defense minister");
        AgencyCredit agency = story.agency().orElseThrow();
        assertThat(agency.agency().id()).isEqualTo("upi");
        assertThat(agency.asWritten()).isEqualTo("UPI");
        assertThat(agency.via()).isEqualTo(AgencyCredit.Via.CREDIT_LINE);
        assertThat(story.byline()).isEmpty();

        Dateline d = story.dateline().orElseThrow();
        assertThat(d.text()).isEqualTo("July 27 (UPI) --");
        assertThat(d.location()).isEmpty();
        assertThat(d.monthDay()).contains(MonthDay.of(7, 27));
        assertThat(d.date()).isEmpty();
        assertThat(d.agency().orElseThrow().agency().id()).isEqualTo("upi");
        assertThat(story.text().substring(d.span().begin(), d.span().end())).isEqualTo(d.text());
    }

    @Test
    void referenceDateCompletesTheDate() throws IOException {
        WireStory story = WireStoryParser.defaults().parse(seed(), LocalDate.of(2023, 7, 28));
        assertThat(story.dateline().orElseThrow().date()).contains(LocalDate.of(2023, 7, 27));
    }

    @Test
    void fourteenParagraphsWithTheLedeFirstAndWithoutItsDateline() throws IOException {
        WireStory story = WireStoryParser.defaults().parse(seed());
        List<Paragraph> ps = story.paragraphs();

        assertThat(ps).hasSize(14);
        assertThat(ps.get(0).index()).isZero();
        assertThat(ps.get(0).text()).startsWith("North Korean leader Kim Jong Un led a visiting Russian delegation");
        assertThat(ps.get(13).text()).startsWith("North Korea, meanwhile, has publicly spoken out");
        assertThat(ps).extracting(Paragraph::text).noneMatch(t -> t.contains("(UPI)") || t.contains("Oops"));
        for (Paragraph p : ps) {
            assertThat(story.text().substring(p.span().begin(), p.span().end())).isEqualTo(p.text());
        }
    }

    @Test
    void noiseIsRemovedAndRecorded() throws IOException {
        WireStory story = WireStoryParser.defaults().parse(seed());
        List<String> noise = story.removed().stream()
                .filter(r -> r.cleaner().equals("page-noise")).map(Removal::text).toList();

        assertThat(noise).containsExactly("Oops!", "Something went wrong.", "Please try again later.",
                "Oops!", "Something went wrong.", "Please try again later.");
        assertThat(story.removed()).anySatisfy(r -> {
            assertThat(r.cleaner()).isEqualTo("bullets");
            assertThat(r.text()).isEqualTo("•");
        });
        assertThat(story.text()).doesNotContain("Oops!").doesNotContain("•");
    }

    @Test
    void matchesTheSharedExpectedParseWhenPresent() throws IOException {
        Path expected = Path.of("../shared/corpus/seed/upi-kim-shoigu.expected.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(expected), "../shared not present");
        Path original = Path.of("../shared/corpus/seed/upi-kim-shoigu.txt");
        assertThat(Files.readString(original, StandardCharsets.UTF_8)).isEqualTo(seed());
        String json = Files.readString(expected, StandardCharsets.UTF_8);
        WireStory story = WireStoryParser.defaults().parse(seed());
        assertThat(json).contains("\"paragraphCount\": " + story.paragraphs().size());
        assertThat(json).contains("\"text\": \"" + story.dateline().orElseThrow().text() + "\"");
        assertThat(json).contains("\"headline\": \"" + story.headline().orElseThrow() + "\"");
    }
}
