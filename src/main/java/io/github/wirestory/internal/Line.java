package io.github.wirestory.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of text with its stripped bounds: {@code [begin, end)} excludes surrounding white space.
 *
 * @param begin first non-space char
 * @param end after the last non-space char; {@code begin == end} for a blank line
 */
record Line(int begin, int end) {
    boolean isBlank() {
        return begin == end;
    }

    /** Splits text into lines, in one pass. */
    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
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
            lines.add(new Line(b, e));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return lines;
    }
}
