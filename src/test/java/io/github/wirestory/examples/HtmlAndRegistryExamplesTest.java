package io.github.wirestory.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.WireStory;
import io.github.wirestory.model.Claim;
import io.github.wirestory.model.Removal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlAndRegistryExamplesTest {
    static String run(Runnable main) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void htmlExample() {
        WireStory s = HtmlExample.parser().parseHtml(HtmlExample.PAGE);
        assertThat(s.headline()).contains("Seoul shares close higher");
        assertThat(s.byline().orElseThrow().names()).containsExactly("Min-ji Park");
        assertThat(s.published().orElseThrow().date()).isEqualTo(LocalDate.of(2024, 6, 3));
        assertThat(s.siteName()).contains("Example Wire");
        assertThat(s.dateline().orElseThrow().date()).contains(LocalDate.of(2024, 6, 3));
        assertThat(s.paragraphs()).extracting(p -> p.text()).containsExactly(
                "South Korean stocks rose on Monday, led by chipmakers, the exchange said.",
                "Foreign investors were net buyers for a third session.");
        assertThat(s.removed()).contains(new Removal("market-widget", "KOSPI 2,682.52 +1.2%", ""));
        assertThat(run(() -> HtmlExample.main(new String[0])))
                .contains("published: 2024-06-03")
                .contains("removed by market-widget: KOSPI 2,682.52 +1.2%");
    }

    @Test
    void registryExample() {
        WireStory s = RegistryExample.parser().parse("Port reopens after storm\n\n"
                + "WELLINGTON, May 2 (EWS) -- The port reopened on Thursday, state broadcaster ESTV reported.");
        assertThat(s.agency().orElseThrow().agency().id()).isEqualTo("example-wire");
        Claim c = s.claims().get(0);
        assertThat(c.source().id()).contains("example-tv");
        assertThat(c.source().stateMedia()).isTrue();
        assertThat(c.cue()).isEqualTo("reported");
        assertThat(run(() -> RegistryExample.main(new String[0]))).contains("agency: example-wire")
                .contains("example-tv reported:");
    }
}
