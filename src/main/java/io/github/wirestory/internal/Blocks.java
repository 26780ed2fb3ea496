package io.github.wirestory.internal;

import io.github.wirestory.internal.clean.Reuse;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits story text into layout blocks. Lines separated by blank lines form groups; a group that looks
 * hard-wrapped (every line but the last of similar, typical wrap width) becomes one block, otherwise each
 * line is its own block. This reads both the blank-line and the single-newline paragraph formats.
 */
final class Blocks {
    private static final int WRAP_MIN = 45;
    private static final int WRAP_MAX = 100;

    private Blocks() {}

    static List<Block> of(String text) {
        List<Block> blocks = new ArrayList<>();
        Group group = new Group();
        int n = text.length();
        int start = 0;
        while (start <= n) {
            int nl = text.indexOf('\n', start);
            int stop = nl < 0 ? n : nl;
            int b = Regions.stripBegin(text, start, stop);
            int e = Regions.stripEnd(text, b, stop);
            if (b == e) {
                group.end(text, blocks); // a blank line ends the group
            } else {
                group.add(b, e);
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        group.end(text, blocks);
        return blocks;
    }

    /**
     * The non-blank lines read since the last blank line: where the first begins and the last ends, and the
     * shortest and longest of the lines before the last (all the wrap test needs), so no bounds are kept.
     */
    private static final class Group {
        int lines;
        int begin;
        int end;
        int lastLength;
        int min;
        int max;

        void add(int b, int e) {
            if (lines == 0) {
                begin = b;
                min = Integer.MAX_VALUE;
                max = 0;
            } else {
                min = Math.min(min, lastLength);
                max = Math.max(max, lastLength);
            }
            lines++;
            end = e;
            lastLength = e - b;
        }

        /** Adds the group's blocks, if any, and starts a new group. */
        void end(String text, List<Block> out) {
            if (lines == 0) {
                return;
            }
            if (lines > 1 && min >= WRAP_MIN && max <= WRAP_MAX && max - min <= 25) {
                out.add(new Block(text, begin, end, true)); // hard-wrapped: one block
            } else {
                addLines(text, begin, end, out);
            }
            lines = 0;
        }
    }

    /** One block per line of {@code [begin, end)}, whose lines are all non-blank. */
    private static void addLines(String text, int begin, int end, List<Block> out) {
        int start = begin;
        while (start < end) {
            int nl = text.indexOf('\n', start);
            int stop = nl < 0 || nl > end ? end : nl;
            int b = Regions.stripBegin(text, start, stop);
            int e = Regions.stripEnd(text, b, stop);
            out.add(new Block(text, b, e, false));
            start = stop + 1;
        }
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
}
