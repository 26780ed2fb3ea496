package io.github.wirestory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Layout blocks: hard-wrapped groups, one block per line otherwise, and texts made only when asked for. */
class BlocksTest {
    private static final String WRAPPED = "SEOUL, July 27 (UPI) -- North Korea fired two missiles into the sea\n"
            + "off its east coast on Thursday, the South's military said in a\n"
            + "statement.";

    @Test
    void aHardWrappedGroupIsOneBlockAndOtherGroupsOneBlockPerLine() {
        String text = "Headline of the story\n\n" + WRAPPED + "\n\nShort line\nAnother short line\n\n  Last.  ";
        List<Block> blocks = Blocks.of(text);
        assertThat(blocks).extracting(Block::text).containsExactly("Headline of the story",
                WRAPPED.replace('\n', ' '), "Short line", "Another short line", "Last.");
        assertThat(blocks.get(4).begin()).isEqualTo(text.indexOf("Last."));
        assertThat(blocks.get(4).end()).isEqualTo(text.indexOf("Last.") + 5);
    }

    @Test
    void lengthIsTheTextsLengthWithoutMakingIt() {
        for (String s : List.of(WRAPPED, "a  \n  b", "a\t\n\tb", "a \n\n b", "a\nb", "x", "a \n b \n c", "a\n \nb")) {
            Block b = new Block(s, 0, s.length(), s.indexOf('\n') >= 0);
            int length = b.length();
            assertThat(length).as(s).isEqualTo(Blocks.flatten(s, 0, s.length()).length());
            assertThat(length).as(s).isEqualTo(b.text().length());
            assertThat(Blocks.flatLength(s, 0, s.length())).isEqualTo(length);
        }
    }
}
