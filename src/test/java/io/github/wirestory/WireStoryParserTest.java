package io.github.wirestory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wirestory.clean.Cleaner;
import io.github.wirestory.clean.Cleaners;
import io.github.wirestory.model.Removal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireStoryParserTest {
    @Test
    void nullArgumentsFailFastWithTheParameterName() {
        WireStoryParser p = WireStoryParser.defaults();
        assertThatThrownBy(() -> p.parse((String) null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> p.parse("x", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("referenceDate");
        assertThatThrownBy(() -> WireStoryParser.builder().addCleaner(null))
                .isInstanceOf(NullPointerException.class).hasMessage("cleaner");
    }

    @Test
    void inputOverTheLimitGivesATypedError() {
        WireStoryParser p = WireStoryParser.builder().maxInputLength(10).build();
        assertThatThrownBy(() -> p.parse("01234567890"))
                .isInstanceOfSatisfying(InputTooLargeException.class, e -> {
                    assertThat(e.limit()).isEqualTo(10);
                    assertThat(e.length()).isEqualTo(11);
                })
                .hasMessageContaining("maxInputLength 10");
        assertThatThrownBy(() -> WireStoryParser.builder().maxInputLength(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aThrowingCleanerFailsTheParseNamingIt() {
        Cleaner boom = Cleaner.named("boom", (t, r) -> {
            throw new IllegalStateException("bad");
        });
        WireStoryParser p = WireStoryParser.builder().addCleaner(boom).build();
        assertThatThrownBy(() -> p.parse("Headline\n\nBody."))
                .isInstanceOfSatisfying(CleanerException.class, e -> assertThat(e.cleanerName()).isEqualTo("boom"))
                .hasMessageContaining("boom").hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCleanerReturningNullFailsTheParseNamingIt() {
        WireStoryParser p = WireStoryParser.builder().addCleaner(Cleaner.named("nothing", (t, r) -> null)).build();
        assertThatThrownBy(() -> p.parse("Headline\n\nBody."))
                .isInstanceOf(CleanerException.class).hasMessageContaining("'nothing' returned null");
    }

    @Test
    void anUnreportedChangeIsStillRecorded() {
        Cleaner silent = Cleaner.of("silent", t -> t.replace("Sponsored by Acme\n", ""));
        WireStory s = WireStoryParser.builder().addCleaner(silent).build()
                .parse("Headline\nSponsored by Acme\nFirst paragraph.\nSecond paragraph.");
        assertThat(s.removed()).contains(new Removal("silent", "Sponsored by Acme\n", ""));
        assertThat(s.paragraphs()).hasSize(2);
    }

    @Test
    void cleanersRunInOrderAndCanBeReplaced() {
        StringBuilder order = new StringBuilder();
        Cleaner a = Cleaner.named("a", (t, r) -> {
            order.append('a');
            return t;
        });
        Cleaner b = Cleaner.named("b", (t, r) -> {
            order.append('b');
            return t;
        });
        WireStoryParser p = WireStoryParser.builder().cleaners(List.of(a)).addCleaner(b).build();
        assertThat(p.cleaners()).extracting(Cleaner::name).containsExactly("a", "b");
        p.parse("x");
        assertThat(order).hasToString("ab");
        assertThat(p.toBuilder().build().cleaners()).extracting(Cleaner::name).containsExactly("a", "b");
    }

    @Test
    void noCleanersKeepsTheTextVerbatim() {
        String text = "Headline\n\nOops!\n\nBody.";
        WireStory s = WireStoryParser.builder().cleaners(List.of()).build().parse(text);
        assertThat(s.text()).isEqualTo(text);
        assertThat(s.removed()).isEmpty();
    }

    @Test
    void emptyInputGivesAnEmptyStoryWithADiagnostic() {
        WireStory s = WireStoryParser.defaults().parse("");
        assertThat(s.headline()).isEmpty();
        assertThat(s.paragraphs()).isEmpty();
        assertThat(s.dateline()).isEmpty();
        assertThat(s.diagnostics()).extracting(d -> d.code()).contains("no-body");
    }

    @Test
    void singleNewlineParagraphs() {
        WireStory s = WireStoryParser.defaults().parse(
                "Quake hits coast\nReuters\nTOKYO (Reuters) - A strong quake struck.\nNo tsunami warning was issued.\n");
        assertThat(s.headline()).contains("Quake hits coast");
        assertThat(s.agency().orElseThrow().agency().id()).isEqualTo("reuters");
        assertThat(s.paragraphs()).extracting(p -> p.text())
                .containsExactly("A strong quake struck.", "No tsunami warning was issued.");
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        String text = "Storm nears coast\n\n"
                + "MIAMI (AP) — A powerful hurricane churned toward the coast on\n"
                + "Tuesday as officials ordered thousands of residents to leave\n"
                + "low-lying areas.\n\n"
                + "Forecasters said the storm could strengthen.";
        WireStory s = WireStoryParser.defaults().parse(text);
        assertThat(s.paragraphs()).hasSize(2);
        assertThat(s.paragraphs().get(0).text()).isEqualTo("A powerful hurricane churned toward the coast on "
                + "Tuesday as officials ordered thousands of residents to leave low-lying areas.");
        assertThat(s.dateline().orElseThrow().location()).contains("MIAMI");
    }

    @Test
    void bylineUnderTheHeadline() {
        WireStory s = WireStoryParser.defaults().parse(
                "Talks resume\n\nBy Hyonhee Shin and Josh Smith\n\nSEOUL (Reuters) - Talks resumed.");
        assertThat(s.byline().orElseThrow().names()).containsExactly("Hyonhee Shin", "Josh Smith");
        assertThat(s.paragraphs()).extracting(p -> p.text()).containsExactly("Talks resumed.");
    }

    @Test
    void storyIsImmutable() {
        WireStory s = WireStoryParser.defaults().parse("A\n\nB.");
        assertThatThrownBy(() -> s.paragraphs().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.removed().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void defaultCleanersAreTheDocumentedChain() {
        assertThat(Cleaners.defaults()).extracting(Cleaner::name).containsExactly("html-entities", "unicode",
                "bullets", "page-noise", "social-prompts", "related-links", "photo-credits");
    }

    @Test
    void apTitleLineUnderTheBylineIsPartOfTheByline() {
        WireStory s = WireStoryParser.defaults().parse("Japan's economy grows\n\nBy HIRO TANAKA\nAP Business Writer\n\n"
                + "TOKYO (AP) — Japan's economy grew in the third quarter.");
        assertThat(s.byline().orElseThrow().names()).containsExactly("HIRO TANAKA");
        assertThat(s.paragraphs()).extracting(p -> p.text()).containsExactly("Japan's economy grew in the third quarter.");
        assertThat(s.removed()).contains(new Removal("byline", "AP Business Writer", ""));
        assertThat(s.dateline().orElseThrow().location()).contains("TOKYO");
    }

    @Test
    void labelLinesAboveTheDatelineAreRecordedNotParagraphs() {
        WireStory s = WireStoryParser.defaults().parse("Exports rise for third month\n\nUpdated 9:15 AM GMT\n\n"
                + "SEOUL, Nov 1 (Reuters) - South Korea's exports rose in October.\n\nChip sales led the gain.");
        assertThat(s.paragraphs().get(0).text()).isEqualTo("South Korea's exports rose in October.");
        assertThat(s.paragraphs()).hasSize(2);
        assertThat(s.removed()).contains(new Removal("label", "Updated 9:15 AM GMT", ""));
    }
}
