package io.github.wirestory.internal.clean;

import io.github.wirestory.clean.Cleaner;
import io.github.wirestory.clean.Removals;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Removes whole lines whose stripped text is noise, reporting each removed line. Linear in the text length
 * as long as the predicate is linear in the line length.
 */
public class LineCleaner implements Cleaner {
    /** Decides whether the stripped line {@code [begin, end)} of one text is noise. */
    interface LineTest {
        boolean isNoise(int begin, int end);

        /** Called once the text is done. */
        default void close() {}
    }

    private final String name;
    private final Function<String, LineTest> tests;

    /**
     * @param name the cleaner's name
     * @param isNoise tested on each non-blank line, stripped of surrounding white space
     */
    public LineCleaner(String name, Predicate<String> isNoise) {
        this.name = Objects.requireNonNull(name, "name");
        Objects.requireNonNull(isNoise, "isNoise");
        this.tests = text -> (begin, end) -> isNoise.test(text.substring(begin, end));
    }

    /**
     * @param name the cleaner's name
     * @param lines the patterns, tested in place on each non-blank stripped line
     */
    LineCleaner(String name, PatternLines lines) {
        this.name = Objects.requireNonNull(name, "name");
        this.tests = lines::forText;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String clean(String text, Removals removals) {
        LineTest test = null;
        try {
            StringBuilder out = null;
            int start = 0;
            int n = text.length();
            int copiedUpTo = 0;
            while (start <= n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            int next = nl < 0 ? n + 1 : nl + 1;
            int b = start;
            int e = end;
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (b < e) {
                if (test == null) {
                    test = tests.apply(text);
                }
                if (test.isNoise(b, e)) {
                    if (out == null) {
                        out = Reuse.builder(n);
                    }
                    out.append(text, copiedUpTo, start);
                    copiedUpTo = Math.min(next, n);
                    removals.removed(text.substring(b, e));
                }
            }
            start = next;
            }
            if (out == null) {
                return text;
            }
            out.append(text, copiedUpTo, n);
            return Reuse.finish(out);
        } finally {
            if (test != null) {
                test.close();
            }
        }
    }

    @Override
    public String toString() {
        return "Cleaner[" + name + "]";
    }
}
