package io.github.wirestory.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;
import io.github.wirestory.model.Removal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The cleaner SPI from outside the library's internals: public API only. */
class CleanersTest {
    @Test
    void namedAndOfGiveNames() {
        Cleaner c = Cleaner.named("mine", (t, r) -> t);
        assertThat(c.name()).isEqualTo("mine");
        assertThat(c).hasToString("Cleaner[mine]");
        assertThat(Cleaner.of("fn", String::strip).name()).isEqualTo("fn");
        assertThatThrownBy(() -> Cleaner.named(" ", (t, r) -> t)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cleaner.named(null, (t, r) -> t)).hasMessage("name");
    }

    @Test
    void aClassCleanerIsNamedAfterItsClass() {
        class Shout implements Cleaner {
            @Override
            public String clean(String text, Removals removals) {
                return text;
            }
        }
        assertThat(new Shout().name()).isEqualTo("Shout");
    }

    @Test
    void reportedRewritesAreRecordedWithTheCleanersName() {
        Cleaner upper = Cleaner.named("upper-agency", (t, r) -> {
            if (t.contains("(upi)")) {
                r.replaced("(upi)", "(UPI)");
                return t.replace("(upi)", "(UPI)");
            }
            return t;
        });
        WireStory s = WireStoryParser.builder().cleaners(List.of(upper)).build()
                .parse("Headline\n\nJuly 27 (upi) -- Body.");
        assertThat(s.removed()).containsExactly(new Removal("upper-agency", "(upi)", "(UPI)"));
        assertThat(s.dateline()).isPresent();
    }

    @Test
    void removingLinesMatching() {
        Cleaner c = Cleaners.removingLinesMatching("delay", Pattern.compile("Data delayed \\d+ min\\."));
        WireStory s = WireStoryParser.builder().addCleaner(c).build()
                .parse("Stocks rise\n\nData delayed 15 min.\n\nStocks rose.");
        assertThat(s.removed()).contains(new Removal("delay", "Data delayed 15 min.", ""));
        assertThat(s.paragraphs()).extracting(p -> p.text()).containsExactly("Stocks rose.");
    }
}
