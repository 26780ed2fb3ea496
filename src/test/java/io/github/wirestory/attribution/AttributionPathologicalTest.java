package io.github.wirestory.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Claims and quotes stay linear on hostile input. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class AttributionPathologicalTest {

    @Test
    void fiftyThousandParagraphsEndingInKcnaSaid() {
        String text = "Headline\n\n" + "The launch was a success, KCNA said.\n\n".repeat(50_000);
        long t0 = System.nanoTime();
        WireStory s = WireStoryParser.defaults().parse(text);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(s.claims()).hasSize(50_000);
        assertThat(ms).isLessThan(5_000);
    }

    @Test
    void fiftyThousandAnaphors() {
        String text = "Headline\n\nKCNA said so.\n\n" + "The report said so.\n\n".repeat(50_000);
        WireStory s = WireStoryParser.defaults().parse(text);
        assertThat(s.claims()).hasSize(50_001).allMatch(c -> c.source().id().orElse("").equals("kcna"));
    }

    @Test
    void oneMegabyteOfQuoteMarksAndNoParagraphBreak() {
        WireStory a = WireStoryParser.defaults().parse("Headline\n\n" + "\"a \u201Cb \u00AB c \u2018d ".repeat(100_000));
        assertThat(a.paragraphs()).hasSize(1);
        WireStory b = WireStoryParser.defaults().parse("Headline\n\n" + "\u201C".repeat(1_000_000));
        assertThat(b.quotes()).isEmpty();
    }

    @Test
    void oneHugeSentenceOfNamesAndCues() {
        String text = "Headline\n\n" + "KCNA said the state media reported Xinhua , according to the ".repeat(20_000);
        WireStory s = WireStoryParser.defaults().parse(text);
        assertThat(s.paragraphs()).hasSize(1);
    }

    @Test
    void oneHugeWordWithDots() {
        String text = "Headline\n\n" + "a.".repeat(500_000) + " KCNA said.";
        WireStory s = WireStoryParser.defaults().parse(text);
        assertThat(s.paragraphs()).hasSize(1);
    }

    @Test
    void oneHugeSentenceOfSubjectsAndCues() {
        String text = "Headline\n\n" + "Kim said, KCNA reported, the agency said, an editorial in the Rodong Sinmun slammed, "
                .repeat(15_000);
        long t0 = System.nanoTime();
        WireStory s = WireStoryParser.defaults().parse(text);
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(3_000);
        assertThat(s.claims()).hasSize(1);
    }

    @Test
    void oneHugeSentenceOfCarryingAndReadingCues() {
        String text = "Headline\n\n" + "KCNA carried a commentary, which was reproduced by the Emirates News Agency WAM, "
                + "\"x,\" read one RIA headline, (NNN-SPA) the Isna news agency published ".repeat(10_000);
        long t0 = System.nanoTime();
        WireStory s = WireStoryParser.defaults().parse(text);
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(3_000);
        assertThat(s.paragraphs()).hasSize(1);
    }
}
