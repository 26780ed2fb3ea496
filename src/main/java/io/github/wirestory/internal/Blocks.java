package io.github.wirestory.internal;

import io.github.wirestory.internal.clean.Reuse;
import java.util.ArrayList;
import java.util.Arrays;
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
        int[] group = new int[16]; // the stripped bounds of the current group's lines: begin, end, begin, end, ...
        int g = 0;
        int n = text.length();
        int start = 0;
        while (start <= n) {
            int nl = text.indexOf('\n', start);
            int stop = nl < 0 ? n : nl;
            int b = start;
            int e = stop;
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (b == e) {
                if (g > 0) {
                    addGroup(text, group, g / 2, blocks); // a blank line ends the group
                    g = 0;
                }
            } else {
                if (g + 2 > group.length) {
                    group = Arrays.copyOf(group, group.length * 2);
                }
                group[g++] = b;
                group[g++] = e;
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        if (g > 0) {
            addGroup(text, group, g / 2, blocks);
        }
        return blocks;
    }

    /** A group of {@code lines} non-blank lines, their bounds in {@code group}. */
    private static void addGroup(String text, int[] group, int lines, List<Block> out) {
        if (lines > 1 && isHardWrapped(group, lines)) {
            int begin = group[0];
            int end = group[2 * lines - 1];
            out.add(new Block(text, begin, end, true));
            return;
        }
        for (int i = 0; i < lines; i++) {
            out.add(new Block(text, group[2 * i], group[2 * i + 1], false));
        }
    }

    private static boolean isHardWrapped(int[] group, int lines) {
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = 0; i < lines - 1; i++) {
            int len = group[2 * i + 1] - group[2 * i];
            min = Math.min(min, len);
            max = Math.max(max, len);
        }
        return min >= WRAP_MIN && max <= WRAP_MAX && max - min <= 25;
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
