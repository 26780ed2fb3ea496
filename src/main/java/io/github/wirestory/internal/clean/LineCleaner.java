package io.github.wirestory.internal.clean;

import io.github.wirestory.clean.Cleaner;
import io.github.wirestory.clean.Removals;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Removes whole lines whose stripped text is noise, reporting each removed line. Linear in the text length
 * as long as the predicate is linear in the line length.
 */
public class LineCleaner implements Cleaner {
    private final String name;
    private final Predicate<String> isNoise;

    /**
     * @param name the cleaner's name
     * @param isNoise tested on each non-blank line, stripped of surrounding white space
     */
    public LineCleaner(String name, Predicate<String> isNoise) {
        this.name = Objects.requireNonNull(name, "name");
        this.isNoise = Objects.requireNonNull(isNoise, "isNoise");
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String clean(String text, Removals removals) {
        StringBuilder out = null;
        int start = 0;
        int n = text.length();
        int copiedUpTo = 0;
        while (start <= n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            int next = nl < 0 ? n + 1 : nl + 1;
            String line = text.substring(start, end).strip();
            if (!line.isEmpty() && isNoise.test(line)) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, copiedUpTo, start);
                copiedUpTo = Math.min(next, n);
                removals.removed(line);
            }
            start = next;
        }
        if (out == null) {
            return text;
        }
        out.append(text, copiedUpTo, n);
        return out.toString();
    }

    @Override
    public String toString() {
        return "Cleaner[" + name + "]";
    }
}
