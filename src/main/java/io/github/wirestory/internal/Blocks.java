package io.github.wirestory.internal;

import io.github.wirestory.internal.clean.Reuse;
import java.util.Arrays;

/**
 * Splits story text into layout blocks. Lines separated by blank lines form groups; a group that looks
 * hard-wrapped (every line but the last of similar, typical wrap width) becomes one block, otherwise each
 * line is its own block. This reads both the blank-line and the single-newline paragraph formats.
 *
 * <p>A block is a candidate headline, credit line, byline or paragraph: its bounds in the text, and its text
 * (inner line breaks turned into spaces), made when first asked for, so that a block whose text is never used
 * whole (the dateline's block, whose paragraph starts after the dateline) is not copied.
 *
 * <p>The blocks of one story are a per-thread workspace, taken by {@link #of} and given back by {@link #close}
 * (which forgets the story and its strings): a parse allocates no block objects. Taking is reentrant-safe (a
 * nested parse makes its own).
 */
final class Blocks implements AutoCloseable {
    private static final int WRAP_MIN = 45;
    private static final int WRAP_MAX = 100;
    /** Workspaces for more blocks than this are left to the garbage collector. */
    static final int MAX_KEPT = 1024;
    private static final ThreadLocal<Blocks[]> POOL = ThreadLocal.withInitial(() -> new Blocks[1]);

    private String text;
    /** Per block: where it begins, and where it ends (bitwise-negated when it spans several lines). */
    private int[] bounds = new int[64];
    /** Per block: its text once made, else null. */
    private String[] texts = new String[32];
    private int size;

    private Blocks() {}

    /**
     * The blocks of {@code text}, in this thread's workspace; close them when done.
     *
     * @param text the story text
     * @return the blocks
     */
    static Blocks of(String text) {
        Blocks[] pool = POOL.get();
        Blocks blocks = pool[0];
        if (blocks == null) {
            blocks = new Blocks();
        } else {
            pool[0] = null;
        }
        blocks.scan(text);
        return blocks;
    }

    /** Forgets the story (its text and the blocks' strings) and gives the workspace back to this thread. */
    @Override
    public void close() {
        Arrays.fill(texts, 0, size, null);
        text = null;
        size = 0;
        if (texts.length <= MAX_KEPT) {
            POOL.get()[0] = this;
        }
    }

    /** @return how many blocks there are */
    int size() {
        return size;
    }

    /** @return where block {@code i} starts in the story text */
    int begin(int i) {
        return bounds[2 * i];
    }

    /** @return where block {@code i} ends */
    int end(int i) {
        int e = bounds[2 * i + 1];
        return e < 0 ? ~e : e;
    }

    /** Whether block {@code i} spans several lines (a hard-wrapped group), so its text is flattened. */
    private boolean wrapped(int i) {
        return bounds[2 * i + 1] < 0;
    }

    /** @return the text of block {@code i}, with inner line breaks turned into spaces */
    String text(int i) {
        String t = texts[i];
        if (t == null) {
            t = wrapped(i) ? flatten(text, begin(i), end(i)) : text.substring(begin(i), end(i));
            texts[i] = t;
        }
        return t;
    }

    /** @return the length of {@link #text(int)}, without making it */
    int length(int i) {
        String t = texts[i];
        return t != null ? t.length() : wrapped(i) ? flatLength(text, begin(i), end(i)) : end(i) - begin(i);
    }

    private void scan(String story) {
        text = story;
        size = 0;
        int n = story.length();
        int start = 0;
        // the non-blank lines read since the last blank line: where the first begins and the last ends, and the
        // shortest and longest of the lines before the last (all the wrap test needs)
        int lines = 0;
        int groupBegin = 0;
        int groupEnd = 0;
        int lastLength = 0;
        int min = 0;
        int max = 0;
        while (start <= n) {
            int nl = story.indexOf('\n', start);
            int stop = nl < 0 ? n : nl;
            int b = Regions.stripBegin(story, start, stop);
            int e = Regions.stripEnd(story, b, stop);
            if (b == e) {
                if (lines > 0) { // a blank line ends the group
                    endGroup(groupBegin, groupEnd, lines, min, max);
                    lines = 0;
                }
            } else {
                if (lines == 0) {
                    groupBegin = b;
                    min = Integer.MAX_VALUE;
                    max = 0;
                } else {
                    min = Math.min(min, lastLength);
                    max = Math.max(max, lastLength);
                }
                lines++;
                groupEnd = e;
                lastLength = e - b;
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        if (lines > 0) {
            endGroup(groupBegin, groupEnd, lines, min, max);
        }
    }

    /** Adds a group's blocks: one when it is hard-wrapped, else one per line. */
    private void endGroup(int begin, int end, int lines, int min, int max) {
        if (lines > 1 && min >= WRAP_MIN && max <= WRAP_MAX && max - min <= 25) {
            add(begin, ~end); // hard-wrapped: one block
            return;
        }
        // one block per line of [begin, end), whose lines are all non-blank
        int start = begin;
        while (start < end) {
            int nl = text.indexOf('\n', start);
            int stop = nl < 0 || nl > end ? end : nl;
            int b = Regions.stripBegin(text, start, stop);
            int e = Regions.stripEnd(text, b, stop);
            add(b, e);
            start = stop + 1;
        }
    }

    private void add(int begin, int end) {
        if (2 * size == bounds.length) {
            grow(begin);
        }
        bounds[2 * size] = begin;
        bounds[2 * size + 1] = end;
        size++;
    }

    /**
     * Makes room, once, for every block that can still come from {@code from} on: at most one per line that is not
     * empty, so a long story's workspace is not grown (and copied) again and again.
     */
    private void grow(int from) {
        int more = 1;
        for (int nl = text.indexOf('\n', from); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
            if (nl + 1 < text.length() && text.charAt(nl + 1) != '\n') {
                more++;
            }
        }
        int capacity = Math.max(size + more, texts.length + (texts.length >> 1));
        bounds = Arrays.copyOf(bounds, 2 * capacity);
        texts = Arrays.copyOf(texts, capacity);
    }

    /** The text of {@code [begin, end)} with each line break (and the spaces around it) turned into one space. */
    static String flatten(String text, int begin, int end) {
        int nl = text.indexOf('\n', begin);
        if (nl < 0 || nl >= end) {
            return text.substring(begin, end);
        }
        StringBuilder sb = Reuse.builder(end - begin);
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
                    sb.setLength(sb.length() - 1);
                }
                sb.append(' ');
                while (i + 1 < end && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return Reuse.finish(sb);
    }

    /** The length of {@link #flatten}'s result, counted without making it. */
    static int flatLength(String text, int begin, int end) {
        int length = 0;
        int trailingSpaces = 0;
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                length -= trailingSpaces - 1; // the spaces before the break and the break: one space
                trailingSpaces = 1;
                while (i + 1 < end && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
                    i++;
                }
            } else {
                length++;
                trailingSpaces = c == ' ' ? trailingSpaces + 1 : 0;
            }
        }
        return length;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Blocks[");
        for (int i = 0; i < size; i++) {
            sb.append(i == 0 ? "" : ", ").append(begin(i)).append('-').append(end(i));
        }
        return sb.append(']').toString();
    }
}
