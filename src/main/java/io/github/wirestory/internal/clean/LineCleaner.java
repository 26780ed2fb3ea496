package io.github.wirestory.internal.clean;

import io.github.wirestory.CleanerException;
import io.github.wirestory.clean.Cleaner;
import io.github.wirestory.clean.Removals;
import io.github.wirestory.internal.Regions;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Removes whole lines whose stripped text is noise, reporting each removed line. Linear in the text length
 * as long as the predicate is linear in the line length.
 */
public class LineCleaner implements Cleaner, BufferCleaner {
    /** Decides whether the stripped line {@code [begin, end)} of one text is noise. */
    interface LineTest {
        boolean isNoise(int begin, int end);

        /** Called once the text is done. */
        default void close() {}
    }

    private final String name;
    private final Function<CharSequence, LineTest> tests;
    /** Built from patterns: its test depends on the line alone, so it can run fused with others ({@link #run}). */
    private final boolean patterns;

    /**
     * @param name the cleaner's name
     * @param isNoise tested on each non-blank line, stripped of surrounding white space
     */
    public LineCleaner(String name, Predicate<String> isNoise) {
        this.name = Objects.requireNonNull(name, "name");
        Objects.requireNonNull(isNoise, "isNoise");
        this.tests = text -> (begin, end) -> isNoise.test(text.subSequence(begin, end).toString());
        this.patterns = false;
    }

    /**
     * @param name the cleaner's name
     * @param lines the patterns, tested in place on each non-blank stripped line
     */
    LineCleaner(String name, PatternLines lines) {
        this.name = Objects.requireNonNull(name, "name");
        this.tests = lines::forText;
        this.patterns = true;
    }

    @Override
    public final String name() {
        return name;
    }

    /**
     * Whether this cleaner can run in one pass with the built-in line cleaners next to it in a chain: it is one of
     * them (its test reads the line alone and reports nothing else).
     *
     * @return true for the built-in pattern cleaners
     */
    public final boolean fusable() {
        return patterns;
    }

    @Override
    public final String clean(String text, Removals removals) {
        return BufferCleaner.cleanString(this, text, Reuse.builder(text.length()), removals);
    }

    @Override
    public final boolean clean(CharSequence text, StringBuilder out, Removals removals) {
        return run(new LineCleaner[] {this}, text, out, new Removals[] {removals});
    }

    /**
     * Runs line cleaners in one pass over the lines, with the result of running them one after the other: a
     * line the first finds noise is removed and reported to the first's removals; the second tests the lines
     * that remain, and so on (removing whole lines leaves the others as they were). Each cleaner's removals
     * are reported after the pass, in line order, cleaner by cleaner, as a chain would report them.
     *
     * @param cleaners the cleaners, in chain order; when more than one, all {@link #fusable()}
     * @param text the input
     * @param out an empty builder for the output; its content is unspecified when this returns false
     * @param removals each cleaner's removals
     * @return whether a line was removed: {@code out} then holds the whole cleaned text
     * @throws CleanerException naming the cleaner when its test fails
     */
    public static boolean run(LineCleaner[] cleaners, CharSequence text, StringBuilder out, Removals[] removals) {
        return run(cleaners, text, out, k -> removals[k]);
    }

    /**
     * {@link #run(LineCleaner[], CharSequence, StringBuilder, Removals[])}, each cleaner's removals asked for
     * just before they are reported.
     *
     * @param cleaners the cleaners, in chain order; when more than one, all {@link #fusable()}
     * @param text the input
     * @param out an empty builder for the output; its content is unspecified when this returns false
     * @param removals the removals of the cleaner at an index
     * @return whether a line was removed: {@code out} then holds the whole cleaned text
     * @throws CleanerException naming the cleaner when its test fails
     */
    public static boolean run(LineCleaner[] cleaners, CharSequence text, StringBuilder out,
            IntFunction<Removals> removals) {
        int count = cleaners.length;
        LineTest[] tests = takeTests(count);
        // fused: the lines the second and later cleaners removed, and which removed each, held until the pass is
        // done (made on the first such removal); the first cleaner's are reported at once, as they come first
        String[] held = null;
        int[] heldBy = null;
        int heldCount = 0;
        int current = 0;
        try {
            boolean changed = false;
            int start = 0;
            int n = text.length();
            int copiedUpTo = 0;
            while (start <= n) {
                int nl = BulletCleaner.indexOf(text, '\n', start);
                int end = nl < 0 ? n : nl;
                int next = nl < 0 ? n + 1 : nl + 1;
                int b = Regions.stripBegin(text, start, end);
                int e = Regions.stripEnd(text, b, end);
                if (b < e) {
                    for (current = 0; current < count; current++) {
                        if (tests[current] == null) {
                            tests[current] = cleaners[current].tests.apply(text);
                        }
                        if (tests[current].isNoise(b, e)) {
                            if (!changed) {
                                Reuse.reserve(out, text);
                            }
                            changed = true;
                            out.append(text, copiedUpTo, start);
                            copiedUpTo = Math.min(next, n);
                            String line = text.subSequence(b, e).toString();
                            if (current == 0) {
                                removals.apply(0).removed(line);
                            } else {
                                if (held == null) {
                                    held = new String[4];
                                    heldBy = new int[4];
                                } else if (heldCount == held.length) {
                                    held = Arrays.copyOf(held, 2 * heldCount);
                                    heldBy = Arrays.copyOf(heldBy, 2 * heldCount);
                                }
                                held[heldCount] = line;
                                heldBy[heldCount++] = current;
                            }
                            break;
                        }
                    }
                }
                start = next;
            }
            for (current = 1; current < count && heldCount > 0; current++) { // cleaner by cleaner, in line order
                for (int k = 0; k < heldCount; k++) {
                    if (heldBy[k] == current) {
                        removals.apply(current).removed(held[k]);
                    }
                }
            }
            if (!changed) {
                return false;
            }
            out.append(text, copiedUpTo, n);
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            if (count == 1 || e instanceof CleanerException) {
                throw e; // one cleaner: its chain names it
            }
            throw new CleanerException(cleaners[Math.min(current, count - 1)].name, "failed: " + e, e);
        } finally {
            for (int k = 0; k < count; k++) {
                if (tests[k] != null) {
                    tests[k].close();
                    tests[k] = null;
                }
            }
            TESTS.get()[0] = tests;
        }
    }

    /** Each thread's array for the tests of one pass, while no pass uses it. */
    private static final ThreadLocal<LineTest[][]> TESTS = ThreadLocal.withInitial(() -> new LineTest[1][]);

    /** This thread's empty array for {@code count} tests, or a new one (when too short or in use). */
    private static LineTest[] takeTests(int count) {
        LineTest[][] pool = TESTS.get();
        LineTest[] tests = pool[0];
        if (tests == null || tests.length < count) {
            return new LineTest[Math.max(count, 8)];
        }
        pool[0] = null;
        return tests;
    }

    @Override
    public String toString() {
        return "Cleaner[" + name + "]";
    }
}
