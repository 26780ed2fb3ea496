package io.github.wirestory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Layout blocks: hard-wrapped groups, one block per line otherwise, and texts made only when asked for. */
class BlocksTest {
    private static final String WRAPPED = "SEOUL, July 27 (UPI) -- North Korea fired two missiles into the sea\n"
            + "off its east coast on Thursday, the South's military said in a\n"
            + "statement.";

    private static List<String> texts(Blocks blocks) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            out.add(blocks.text(i));
        }
        return out;
    }

    @Test
    void aHardWrappedGroupIsOneBlockAndOtherGroupsOneBlockPerLine() {
        String text = "Headline of the story\n\n" + WRAPPED + "\n\nShort line\nAnother short line\n\n  Last.  ";
        try (Blocks blocks = Blocks.of(text)) {
            assertThat(texts(blocks)).containsExactly("Headline of the story", WRAPPED.replace('\n', ' '),
                    "Short line", "Another short line", "Last.");
            assertThat(blocks.begin(4)).isEqualTo(text.indexOf("Last."));
            assertThat(blocks.end(4)).isEqualTo(text.indexOf("Last.") + 5);
            assertThat(blocks.end(1)).isEqualTo(text.indexOf("statement.") + 10);
        }
    }

    @Test
    void lengthIsTheTextsLengthWithoutMakingIt() {
        for (String s : List.of(WRAPPED, "a  \n  b", "a\t\n\tb", "a \n\n b", "a\nb", "x", "a \n b \n c", "a\n \nb")) {
            int length = Blocks.flatLength(s, 0, s.length());
            assertThat(length).as(s).isEqualTo(Blocks.flatten(s, 0, s.length()).length());
        }
        try (Blocks blocks = Blocks.of("Title\n\n" + WRAPPED)) {
            for (int i = 0; i < blocks.size(); i++) {
                int length = blocks.length(i);
                assertThat(length).isEqualTo(blocks.text(i).length()).isEqualTo(blocks.length(i));
            }
        }
    }

    @Test
    void theWorkspaceIsReusedAndForgetsTheStory() {
        Blocks first;
        try (Blocks blocks = Blocks.of("One\n\nTwo\n\nThree")) {
            first = blocks;
            assertThat(texts(blocks)).containsExactly("One", "Two", "Three");
            try (Blocks nested = Blocks.of("Other")) { // taken while the first is out: a workspace of its own
                assertThat(nested).isNotSameAs(blocks);
                assertThat(texts(nested)).containsExactly("Other");
            }
        }
        assertThat(first.size()).isZero();
        assertThat(first).hasToString("Blocks[]");
        try (Blocks blocks = Blocks.of("Four\nFive")) {
            assertThat(blocks.size()).isEqualTo(2);
            assertThat(texts(blocks)).containsExactly("Four", "Five");
        }
    }

    @Test
    void manyBlocksGrowTheWorkspace() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            sb.append("Line ").append(i).append("\n\n");
        }
        try (Blocks blocks = Blocks.of(sb.toString())) {
            assertThat(blocks.size()).isEqualTo(3000);
            assertThat(blocks.text(2999)).isEqualTo("Line 2999");
        }
        try (Blocks blocks = Blocks.of("a\n\nb")) {
            assertThat(texts(blocks)).containsExactly("a", "b");
        }
    }
}
