package io.github.wirestory.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wirestory.InputTooLargeException;
import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property-style tests: seeded random inputs (see {@link Generators}); for each, the parse returns a story that
 * meets {@link StoryInvariants} and is deterministic. A failure names its seed; rerun that seed to reproduce.
 */
class PropertyTest {
    private static final WireStoryParser PARSER = WireStoryParser.defaults();
    private static final List<String> STORIES = List.copyOf(Corpus.stories().values());

    static LongStream seeds() {
        return LongStream.range(0, 300).map(i -> 0x5EED_0000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void assembledStories(long seed) {
        holds(Generators.assembled(seed));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mutatedCorpusStories(long seed) {
        holds(Generators.mutated(seed, STORIES));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomUnicode(long seed) {
        holds(Generators.unicode(seed));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void htmlPages(long seed) {
        String html = Generators.html(seed);
        WireStory first = PARSER.parseHtml(html);
        StoryInvariants.check(first);
        assertThat(PARSER.parseHtml(html)).as("deterministic").isEqualTo(first);
        assertThat(WireStoryParser.builder().build().parseHtml(html)).as("independent of the instance")
                .isEqualTo(first);
        Document doc = Jsoup.parse(html);
        String before = doc.outerHtml();
        assertThat(PARSER.parse(doc)).as("parse(Document) is parseHtml").isEqualTo(first);
        assertThat(doc.outerHtml()).as("the caller's document is not changed").isEqualTo(before);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSizeLimitIsExactAndTyped(long seed) {
        String text = Generators.assembled(seed);
        int limit = 1 + (int) (Math.abs(seed * 31) % 600);
        WireStoryParser small = PARSER.toBuilder().maxInputLength(limit).build();
        if (text.length() <= limit) {
            StoryInvariants.check(small.parse(text));
        } else {
            assertThatThrownBy(() -> small.parse(text))
                    .isInstanceOfSatisfying(InputTooLargeException.class, e -> {
                        assertThat(e.limit()).isEqualTo(limit);
                        assertThat(e.length()).isEqualTo(text.length());
                    })
                    .hasMessageContaining("maxInputLength " + limit);
        }
    }

    /** Parses with the shared parser, twice, and with a freshly built one: all three agree and hold. */
    static void holds(String text) {
        WireStory first = PARSER.parse(text);
        StoryInvariants.check(first);
        assertThat(PARSER.parse(text)).as("deterministic").isEqualTo(first);
        assertThat(WireStoryParser.builder().build().parse(text)).as("independent of the instance")
                .isEqualTo(first);
        WireStory dated = PARSER.parse(text, LocalDate.of(2026, 1, 2));
        StoryInvariants.check(dated);
        assertThat(dated.paragraphs()).as("a reference date changes only dates").isEqualTo(first.paragraphs());
    }
}
