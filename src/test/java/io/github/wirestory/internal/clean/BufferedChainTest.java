package io.github.wirestory.internal.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wirestory.CleanerException;
import io.github.wirestory.clean.Cleaner;
import io.github.wirestory.clean.Cleaners;
import io.github.wirestory.clean.Removals;
import io.github.wirestory.internal.CleanerChain;
import io.github.wirestory.model.Removal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The chain passes built-in cleaners' text from builder to builder and runs the built-in line cleaners in one
 * pass: the text and the removals are those of running each cleaner on the previous one's string.
 */
class BufferedChainTest {
    private static final String STORY = "\u2022 Kim inspects a factory\r\n"
            + "SEOUL, July 27 (UPI) -- North Korea's leader  inspected a plant, state media said.\n"
            + "Share this article\n"
            + "Advertisement\n"
            + "\n"
            + "RELATED: Seoul protests over pact\n"
            + "\u00A0\"It is a great day,\" he said.\u200B\n"
            + "Photo by Staff/UPI\n"
            + "Story continues below\n"
            + "Follow UPI on X";

    /** Each cleaner on the previous one's string, as a chain without builders would run them. */
    private static List<Removal> oneByOne(List<Cleaner> cleaners, String text, StringBuilder result) {
        List<Removal> removed = new ArrayList<>();
        String current = text;
        for (Cleaner c : cleaners) {
            String name = c.name();
            current = c.clean(current, new Removals() {
                @Override
                public void removed(String t) {
                    removed.add(new Removal(name, t, ""));
                }

                @Override
                public void replaced(String t, String r) {
                    removed.add(new Removal(name, t, r));
                }
            });
        }
        result.append(current);
        return removed;
    }

    @Test
    void sameTextAndRemovalsAsOneCleanerAfterTheOther() {
        for (String text : List.of(STORY, STORY.replace('\u2022', '-'), STORY + "\n", "Advertisement",
                "Plain text.\nNothing to clean.", "")) {
            StringBuilder expected = new StringBuilder();
            List<Removal> expectedRemovals = oneByOne(Cleaners.defaults(), text, expected);
            CleanerChain.Result r = new CleanerChain(Cleaners.defaults()).run(text);
            assertThat(r.text()).as(text).isEqualTo(expected.toString());
            assertThat(r.removed()).as(text).isEqualTo(expectedRemovals);
        }
    }

    @Test
    void entitiesAndTextsLongerThanThePooledBuildersGiveTheSameResult() {
        // builders over 64K chars are not pooled: the cleaners make room when they first write
        String entities = STORY.replace("great day", "great &amp; &#8220;fine&#8221; day&nbsp;");
        String big = (entities + "\n\n").repeat(300);
        for (String text : List.of(entities, big, big.replace('\u2022', '-'), big.replace("&", "and"),
                "&amp; " + "x".repeat(70_000), "\u2022 " + "y".repeat(70_000) + "\u2009z", "\u00e9".repeat(70_000))) {
            StringBuilder expected = new StringBuilder();
            List<Removal> expectedRemovals = oneByOne(Cleaners.defaults(), text, expected);
            CleanerChain.Result r = new CleanerChain(Cleaners.defaults()).run(text);
            assertThat(r.text()).as(text.substring(0, 20)).isEqualTo(expected.toString());
            assertThat(r.removed()).as(text.substring(0, 20)).isEqualTo(expectedRemovals);
        }
    }

    @Test
    void aUserCleanerBetweenBuiltInsReadsTheTextSoFar() {
        List<String> seen = new ArrayList<>();
        Cleaner spy = new Cleaner() {
            @Override
            public String name() {
                return "spy";
            }

            @Override
            public String clean(String text, Removals removals) {
                seen.add(text);
                return text.replace("great", "fine");
            }
        };
        List<Cleaner> chain = List.of(Cleaners.unicode(), Cleaners.bullets(), spy, Cleaners.pageNoise(),
                Cleaners.socialPrompts());
        StringBuilder expected = new StringBuilder();
        List<Removal> expectedRemovals = oneByOne(chain, STORY, expected);
        seen.clear();
        CleanerChain.Result r = new CleanerChain(chain).run(STORY);
        assertThat(r.text()).isEqualTo(expected.toString()).contains("fine day");
        assertThat(seen).hasSize(1);
        assertThat(r.removed()).hasSize(expectedRemovals.size() + 1) // the spy's unreported edit
                .containsAll(expectedRemovals).contains(new Removal("spy", "great", "fine"));
    }

    @Test
    void aFailingFusedLineCleanerIsNamed() {
        LineCleaner boom = new LineCleaner("boom", new PatternLines(90, "x")) {
        };
        LineCleaner[] group = {new PageNoiseCleaner(), boom};
        Removals none = new CleanerTesting();
        assertThat(LineCleaner.run(group, "Advertisement\nbody\n", new StringBuilder(), new Removals[] {none, none}))
                .isTrue();
        LineCleaner failing = new LineCleaner("failing", new PatternLines(90, "x")) {
        };
        StringBuilder out = new StringBuilder();
        String body = "body line\nx\n";
        CharSequence text = new CharSequence() {
            @Override
            public int length() {
                return body.length();
            }

            @Override
            public char charAt(int index) {
                if (index == 10) {
                    throw new IllegalStateException("bad char");
                }
                return body.charAt(index);
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                return body.subSequence(start, end);
            }
        };
        assertThatThrownBy(() -> LineCleaner.run(new LineCleaner[] {new PageNoiseCleaner(), failing}, text, out,
                new Removals[] {none, none})).isInstanceOf(CleanerException.class);
    }
}
