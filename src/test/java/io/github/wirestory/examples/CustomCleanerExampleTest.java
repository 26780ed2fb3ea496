package io.github.wirestory.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.WireStory;
import io.github.wirestory.model.Removal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the custom-cleaner example from outside the library's packages, through public API only. */
class CustomCleanerExampleTest {
    @Test
    void customCleanersRemoveAndRecord() {
        WireStory story = CustomCleanerExample.parser().parse(String.join("\n",
                "Seoul stocks close higher",
                "Sponsored by Example Bank",
                "SEOUL, June 3 (Yonhap) -- Seoul shares closed higher on Monday.",
                "Foreigners were net buyers.",
                "Market data delayed 15 minutes.",
                "This story was provided by Example Syndication."));

        assertThat(story.paragraphs()).extracting(p -> p.text())
                .containsExactly("Seoul shares closed higher on Monday.", "Foreigners were net buyers.");
        assertThat(story.removed()).contains(
                new Removal("sponsored", "Sponsored by Example Bank", ""),
                new Removal("quote-delay", "Market data delayed 15 minutes.", ""),
                new Removal("provided-by-footer", "This story was provided by Example Syndication.", ""));
    }

    @Test
    void mainPrintsParagraphsAndRemovals() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            CustomCleanerExample.main(new String[0]);
        } finally {
            System.setOut(old);
        }
        assertThat(buf.toString(StandardCharsets.UTF_8))
                .contains("paragraph: Seoul shares closed higher on Monday.")
                .contains("sponsored removed: Sponsored by Example Bank");
    }
}
