package io.github.wirestory.internal.clean;

import io.github.wirestory.clean.Cleaner;
import io.github.wirestory.clean.Removals;

/**
 * Stray list bullets at the start of a line ({@code •}, {@code ·}, {@code ▪}, {@code ●}, {@code ◦},
 * {@code ‣}, {@code ■}), which scraped widgets leave behind. The bullet and the spaces after it are removed and
 * reported; the rest of the line stays. A line that holds only bullets is emptied.
 */
public final class BulletCleaner implements Cleaner, BufferCleaner {
    /** The name recorded with removals. */
    public static final String NAME = "bullets";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String clean(String text, Removals removals) {
        return BufferCleaner.cleanString(this, text, Reuse.builder(text.length()), removals);
    }

    @Override
    public boolean clean(CharSequence text, StringBuilder out, Removals removals) {
        boolean changed = false;
        int copied = 0;
        int n = text.length();
        int lineStart = 0;
        while (lineStart < n) {
            int i = lineStart;
            while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            int bulletsEnd = i;
            while (bulletsEnd < n && isBullet(text.charAt(bulletsEnd))) {
                bulletsEnd++;
                while (bulletsEnd < n && (text.charAt(bulletsEnd) == ' ' || text.charAt(bulletsEnd) == '\t')) {
                    bulletsEnd++;
                }
            }
            if (bulletsEnd > i) {
                if (!changed) {
                    Reuse.reserve(out, text, c -> !isBullet((char) c));
                }
                changed = true;
                out.append(text, copied, i);
                removals.removed(text.subSequence(i, bulletsEnd).toString().strip());
                copied = bulletsEnd;
            }
            int nl = indexOf(text, '\n', bulletsEnd);
            lineStart = nl < 0 ? n : nl + 1;
        }
        if (!changed) {
            return false;
        }
        out.append(text, copied, n);
        return true;
    }

    /** {@code text.indexOf(c, from)} for any char sequence. */
    static int indexOf(CharSequence text, char c, int from) {
        if (text instanceof String) {
            return ((String) text).indexOf(c, from);
        }
        if (text instanceof StringBuilder) { // the chain's buffers: the JDK's string search instead of charAt
            String needle = c == '\n' ? "\n" : c == '&' ? "&" : String.valueOf(c);
            return ((StringBuilder) text).indexOf(needle, Math.max(from, 0));
        }
        for (int i = Math.max(from, 0), n = text.length(); i < n; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    static boolean isBullet(char c) {
        return c == '•' || c == '·' || c == '▪' || c == '●' || c == '◦' || c == '‣' || c == '■' || c == '►'
                || c == '▸';
    }
}
