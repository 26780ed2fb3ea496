package io.github.wirestory.internal.attribution;

/**
 * A stretch of story text that quotes and sentences are found in: the headline (paragraph {@code -1}) or one
 * body paragraph. Mutable only so that a thread's units can be reused from story to story
 * ({@link AttributionExtractor}); never held beyond one extraction.
 */
final class Unit {
    private int paragraph;
    private int begin;
    private int end;

    Unit(int paragraph, int begin, int end) {
        set(paragraph, begin, end);
    }

    Unit set(int paragraph, int begin, int end) {
        this.paragraph = paragraph;
        this.begin = begin;
        this.end = end;
        return this;
    }

    /** @return the paragraph index, {@code -1} for the headline */
    int paragraph() {
        return paragraph;
    }

    /** @return start offset in the story text */
    int begin() {
        return begin;
    }

    /** @return end offset in the story text */
    int end() {
        return end;
    }

    @Override
    public String toString() {
        return "Unit[paragraph=" + paragraph + ", begin=" + begin + ", end=" + end + "]";
    }
}
