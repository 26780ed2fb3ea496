package io.github.wirestory.internal.clean;

import io.github.wirestory.clean.Cleaner;
import io.github.wirestory.clean.Removals;

/**
 * Stray list bullets at the start of a line ({@code •}, {@code ·}, {@code ▪}, {@code ●}, {@code ◦},
 * {@code ‣}, {@code ■}), which scraped widgets leave behind. The bullet and the spaces after it are removed and
 * reported; the rest of the line stays. A line that holds only bullets is emptied.
 */
public final class BulletCleaner implements Cleaner {
    /** The name recorded with removals. */
    public static final String NAME = "bullets";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String clean(String text, Removals removals) {
        StringBuilder out = null;
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
                if (out == null) {
                    out = Reuse.builder(n);
                }
                out.append(text, copied, i);
                removals.removed(text.substring(i, bulletsEnd).strip());
                copied = bulletsEnd;
            }
            int nl = text.indexOf('\n', bulletsEnd);
            lineStart = nl < 0 ? n : nl + 1;
        }
        if (out == null) {
            return text;
        }
        out.append(text, copied, n);
        return Reuse.finish(out);
    }

    static boolean isBullet(char c) {
        return c == '•' || c == '·' || c == '▪' || c == '●' || c == '◦' || c == '‣' || c == '■' || c == '►'
                || c == '▸';
    }
}
