package io.github.wirestory.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.AgencyRegistry;
import io.github.wirestory.StateMediaRegistry;
import io.github.wirestory.WireStoryParser;
import io.github.wirestory.model.Claim;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The per-thread mention arrays and unit list: reused from story to story, the arrays empty between stories, results
 * unchanged; a very long story's unit list is not kept.
 */
class MentionArraysTest {
    private static final String STORY = "SEOUL, July 27 (Yonhap) -- North Korea's state-run Korean Central News "
            + "Agency (KCNA) said Monday the drills were \"a rehearsal for invasion.\"\n\n"
            + "The Rodong Sinmun, the ruling party's newspaper, said in a commentary that Seoul was to blame.\n\n"
            + "Xinhua reported that China's foreign ministry called for restraint.";

    @Test
    void theThreadsArraysAreEmptyAfterEachStoryAndResultsRepeat() throws ReflectiveOperationException {
        WireStoryParser parser = WireStoryParser.defaults();
        List<Claim> first = parser.parse(STORY).claims();
        assertThat(first).hasSizeGreaterThanOrEqualTo(3);
        Object[][] arrays = threadArrays();
        assertThat(arrays[0]).as("kept for the next story").isNotNull();
        assertThat(Arrays.stream(arrays[0]).allMatch(Objects::isNull)).as("no mention stays reachable").isTrue();
        assertThat(Arrays.stream(arrays[1]).allMatch(Objects::isNull)).isTrue();
        String longer = (STORY + "\n\n").repeat(3) + "KCNA said " + "the ".repeat(200) + "end.";
        parser.parse(longer); // a longer unit grows the arrays
        assertThat(parser.parse(STORY).claims()).isEqualTo(first);
        assertThat(Arrays.stream(threadArrays()[0]).allMatch(Objects::isNull)).isTrue();
    }

    @Test
    void anExtractorUsedDirectlyGivesTheSameClaimsTwice() {
        AttributionExtractor x = new AttributionExtractor(StateMediaRegistry.defaults(), AgencyRegistry.defaults());
        WireStoryParser parser = WireStoryParser.defaults();
        var story = parser.parse(STORY);
        var a = x.extract(story.text(), story.headline(), story.paragraphs(), story.dateline(), story.agency());
        var b = x.extract(story.text(), story.headline(), story.paragraphs(), story.dateline(), story.agency());
        assertThat(b).isEqualTo(a);
        assertThat(a.claims()).isEqualTo(story.claims());
    }

    @Test
    void theThreadsWorkingListsAreReusedButNotKeptForAVeryLongStory() throws ReflectiveOperationException {
        WireStoryParser parser = WireStoryParser.defaults();
        List<Claim> first = parser.parse(STORY).claims();
        Object kept = threadScratch()[0];
        assertThat(kept).as("kept for the next story").isNotNull();
        for (Field list : kept.getClass().getDeclaredFields()) { // emptied: no story stays reachable
            list.setAccessible(true);
            assertThat((List<?>) list.get(kept)).as(list.getName()).isEmpty();
        }
        assertThat(parser.parse(STORY).claims()).isEqualTo(first);
        assertThat(threadScratch()[0]).as("the same list again").isSameAs(kept);
        parser.parse("KCNA said it was so.\n\n".repeat(1500)); // 1,500 paragraphs: over the 1,024 kept
        assertThat(threadScratch()[0]).as("not kept").isNull();
        assertThat(parser.parse(STORY).claims()).isEqualTo(first);
        assertThat(threadScratch()[0]).isNotNull();
    }

    private static Object[] threadScratch() throws ReflectiveOperationException {
        Field f = AttributionExtractor.class.getDeclaredField("SCRATCH");
        f.setAccessible(true);
        return (Object[]) ((ThreadLocal<?>) f.get(null)).get();
    }

    private static Object[][] threadArrays() throws ReflectiveOperationException {
        Field f = AttributionExtractor.class.getDeclaredField("MENTION_ARRAYS");
        f.setAccessible(true);
        return (Object[][]) ((ThreadLocal<?>) f.get(null)).get();
    }
}
