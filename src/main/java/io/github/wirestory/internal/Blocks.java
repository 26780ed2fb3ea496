package io.github.wirestory.internal;

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
        List<Line> lines = Line.split(text);
        List<Block> blocks = new ArrayList<>();
        int g = 0;
        while (g < lines.size()) {
            if (lines.get(g).isBlank()) {
                g++;
                continue;
            }
            int h = g;
            while (h < lines.size() && !lines.get(h).isBlank()) {
                h++;
            }
            addGroup(text, lines.subList(g, h), blocks);
            g = h;
        }
        return blocks;
    }

    private static void addGroup(String text, List<Line> group, List<Block> out) {
        if (group.size() > 1 && isHardWrapped(group)) {
            int begin = group.get(0).begin();
            int end = group.get(group.size() - 1).end();
            out.add(new Block(begin, end, flatten(text, begin, end)));
            return;
        }
        for (Line l : group) {
            out.add(new Block(l.begin(), l.end(), text.substring(l.begin(), l.end())));
        }
    }

    private static boolean isHardWrapped(List<Line> group) {
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = 0; i < group.size() - 1; i++) {
            int len = group.get(i).end() - group.get(i).begin();
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
        StringBuilder sb = new StringBuilder(end - begin);
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
        return sb.toString();
    }
}
