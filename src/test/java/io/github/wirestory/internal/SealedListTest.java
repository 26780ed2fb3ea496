package io.github.wirestory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;
import io.github.wirestory.model.Byline;
import io.github.wirestory.model.Paragraph;
import io.github.wirestory.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The parser's lists go into the records without a second copy, and the records' contract holds for any list a
 * caller gives: unmodifiable, null-free, a copy that later changes to the caller's list do not reach, equal to
 * and hashed as any list with the same elements.
 */
class SealedListTest {
    @Test
    void aSealedBufferIsKeptAsItIsAndBehavesAsAnUnmodifiableList() {
        ListBuffer<String> buffer = new ListBuffer<>(2);
        buffer.add("a");
        buffer.add("b");
        buffer.add("c");
        buffer.add("d");
        buffer.remove(1);
        buffer.set(0, "A");
        List<String> sealed = buffer.seal();
        assertThat(sealed).isInstanceOf(SealedList.class).containsExactly("A", "c", "d");
        assertThat(SealedList.keep(sealed, "x")).isSameAs(sealed);
        assertThat(sealed).isEqualTo(List.of("A", "c", "d")).isEqualTo(new LinkedList<>(List.of("A", "c", "d")));
        assertThat(sealed.hashCode()).isEqualTo(List.of("A", "c", "d").hashCode());
        assertThat(sealed).hasToString("[A, c, d]");
        assertThat(sealed.indexOf("d")).isEqualTo(2);
        assertThat(sealed.subList(1, 3)).containsExactly("c", "d");
        assertThat(sealed.toArray()).containsExactly("A", "c", "d");
        assertThatThrownBy(() -> sealed.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> sealed.contains(null)).isInstanceOf(NullPointerException.class);
        for (Runnable change : List.<Runnable>of(() -> sealed.add("e"), () -> sealed.add(0, "e"),
                () -> sealed.set(0, "e"), () -> sealed.remove(0), () -> sealed.remove("zz"), sealed::clear,
                () -> sealed.addAll(List.of()), () -> sealed.removeIf(s -> false), () -> sealed.sort(null),
                () -> sealed.replaceAll(s -> s), () -> sealed.retainAll(List.of()), () -> sealed.removeAll(List.of()),
                () -> sealed.iterator().remove(), () -> sealed.subList(0, 1).clear())) {
            assertThatThrownBy(change::run).isInstanceOfAny(UnsupportedOperationException.class,
                    IllegalStateException.class);
        }
        // the buffer gave its array away: it cannot change the list any more
        assertThatThrownBy(() -> buffer.add("e")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> buffer.set(0, "e")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> buffer.remove(0)).isInstanceOf(IllegalStateException.class);
        assertThat(sealed).containsExactly("A", "c", "d");
    }

    @Test
    void shortBuffersSealIntoJdkLists() {
        assertThat(new ListBuffer<String>().seal()).isEmpty();
        ListBuffer<String> one = new ListBuffer<>();
        one.add("x");
        assertThat(one.seal()).isEqualTo(List.of("x"));
        assertThatThrownBy(() -> new ListBuffer<String>().add(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aCallersListIsCopied() {
        for (int n = 0; n < 6; n++) {
            List<String> given = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                given.add("name" + i);
            }
            List<String> expected = List.copyOf(given);
            List<String> kept = SealedList.keep(given, "names");
            given.add("later");
            if (!given.isEmpty()) {
                given.set(0, "changed");
            }
            assertThat(kept).isEqualTo(expected).isNotSameAs(given);
            assertThatThrownBy(() -> kept.add("x")).isInstanceOf(UnsupportedOperationException.class);
        }
        List<String> linked = new LinkedList<>(List.of("a", "b", "c"));
        List<String> kept = SealedList.keep(linked, "names");
        linked.clear();
        assertThat(kept).containsExactly("a", "b", "c");
        assertThatThrownBy(() -> SealedList.keep(new ArrayList<>(Arrays.asList("a", null, "c")), "names"))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SealedList.keep(null, "names")).isInstanceOf(NullPointerException.class)
                .hasMessage("names");
    }

    @Test
    void theRecordsCopyACallersListAndKeepTheParsers() {
        List<String> names = new ArrayList<>(List.of("Kim", "Lee", "Park"));
        Byline b = new Byline("By Kim, Lee and Park", names, Span.of(0, 20));
        names.set(0, "changed");
        assertThat(b.names()).containsExactly("Kim", "Lee", "Park");

        WireStory story = WireStoryParser.defaults().parse("Headline here\n\nSEOUL, July 27 (UPI) -- One. Two.\n\n"
                + "Three four five.\n\nSix seven eight.\n\nNine ten.");
        List<Paragraph> paragraphs = new ArrayList<>(story.paragraphs());
        assertThat(story.paragraphs()).hasSize(4).isInstanceOf(SealedList.class);
        WireStory copy = new WireStory(story.text(), story.headline(), story.byline(), story.credits(),
                story.agency(), story.dateline(), paragraphs, story.quotes(), story.claims(), story.removed(),
                story.diagnostics(), story.published(), story.siteName(), story.metadata());
        assertThat(copy.credits()).isSameAs(story.credits());
        paragraphs.clear();
        assertThat(copy.paragraphs()).isEqualTo(story.paragraphs());
        assertThat(copy).isEqualTo(story);
        assertThat(copy.hashCode()).isEqualTo(story.hashCode());
        assertThatThrownBy(() -> story.paragraphs().add(story.paragraphs().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(Optional.of(story.paragraphs().get(0).text())).contains("One. Two.");
    }
}
