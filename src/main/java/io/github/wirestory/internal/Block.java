package io.github.wirestory.internal;

/**
 * A unit of the story's layout before it is classified: a candidate headline, credit line, byline or paragraph.
 * Its text (inner line breaks turned into spaces) is made when first asked for: a block whose text is never
 * used whole (the dateline's block, whose paragraph starts after the dateline) is not copied.
 */
final class Block {
    private final String story;
    private final int begin;
    private final int end;
    /** Whether the block spans several lines (a hard-wrapped group), so its text is flattened. */
    private final boolean wrapped;
    private String text;

    /**
     * @param story the story text
     * @param begin where the block starts in it
     * @param end where it ends
     * @param wrapped whether it spans several lines
     */
    Block(String story, int begin, int end, boolean wrapped) {
        this.story = story;
        this.begin = begin;
        this.end = end;
        this.wrapped = wrapped;
    }

    /** @return where it starts in the story text */
    int begin() {
        return begin;
    }

    /** @return where it ends */
    int end() {
        return end;
    }

    /** @return its text with inner line breaks turned into spaces */
    String text() {
        if (text == null) {
            text = wrapped ? Blocks.flatten(story, begin, end) : story.substring(begin, end);
        }
        return text;
    }

    /** @return the length of {@link #text()}, without making it */
    int length() {
        return text != null ? text.length() : wrapped ? Blocks.flatLength(story, begin, end) : end - begin;
    }

    @Override
    public String toString() {
        return "Block[" + begin + ", " + end + "]";
    }
}
