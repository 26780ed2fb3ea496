package io.github.wirestory.internal;

import io.github.wirestory.CleanerException;
import io.github.wirestory.clean.Cleaner;
import io.github.wirestory.clean.Removals;
import io.github.wirestory.internal.clean.BufferCleaner;
import io.github.wirestory.internal.clean.LineCleaner;
import io.github.wirestory.internal.clean.Reuse;
import io.github.wirestory.model.Removal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/** Runs the cleaners in order and records every removal with the cleaner's name. */
public final class CleanerChain {
    private final List<Cleaner> cleaners;
    /**
     * For a built-in line cleaner that starts a run of two or more in the chain, at its index: the run, which is
     * cleaned in one pass over the lines; null elsewhere. Worked out once, not on each parse.
     */
    private final LineCleaner[][] fused;
    /**
     * The names of the built-in (buffer) cleaners, at their index: worked out once, as their names are fixed.
     * They report removals only while they run, so one recorder, renamed, serves them all in a run.
     */
    private final String[] bufferNames;

    /** @param cleaners the chain, in run order */
    public CleanerChain(List<Cleaner> cleaners) {
        this.cleaners = List.copyOf(cleaners);
        this.fused = new LineCleaner[this.cleaners.size()][];
        this.bufferNames = new String[this.cleaners.size()];
        for (int i = 0; i < bufferNames.length; i++) {
            if (this.cleaners.get(i) instanceof BufferCleaner) {
                bufferNames[i] = safeName(this.cleaners.get(i));
            }
        }
        for (int i = 0; i < fused.length; i++) {
            int group = 0;
            while (i + group < fused.length && this.cleaners.get(i + group) instanceof LineCleaner
                    && ((LineCleaner) this.cleaners.get(i + group)).fusable()) {
                group++;
            }
            if (group > 1) {
                fused[i] = new LineCleaner[group];
                for (int k = 0; k < group; k++) {
                    fused[i][k] = (LineCleaner) this.cleaners.get(i + k);
                }
                i += group - 1;
            }
        }
    }

    /** The result of running the chain. */
    public record Result(String text, List<Removal> removed) {}

    /**
     * @param text the input
     * @return the cleaned text and the removals
     * @throws CleanerException if a cleaner throws or returns null
     */
    public Result run(String text) {
        List<Removal> removed = new ArrayList<>();
        return new Result(run(text, removed), removed);
    }

    /**
     * @param text the input
     * @param removed where the removals are added
     * @return the cleaned text
     * @throws CleanerException if a cleaner throws or returns null
     */
    public String run(String text, List<Removal> removed) {
        // the built-in cleaners' recorder, renamed for each: this thread's, given back when the chain is done
        Recorder builtIn = Recorder.take(removed);
        try {
            return run(text, removed, builtIn);
        } finally {
            builtIn.giveBack();
        }
    }

    private String run(String text, List<Removal> removed, Recorder builtIn) {
        // built-in cleaners pass the text from one pooled builder to the next: one string at the end
        CharSequence current = text;
        int size = cleaners.size();
        for (int i = 0; i < size; i++) {
            Cleaner cleaner = cleaners.get(i);
            if (cleaner instanceof BufferCleaner) {
                // consecutive built-in line cleaners run in one pass over the lines
                int group = fused[i] == null ? 1 : fused[i].length;
                current = runBuffered(i, group, current, builtIn, removed);
                i += group - 1;
                continue;
            }
            String in = materialize(current);
            current = in;
            String name = safeName(cleaner);
            Recorder recorder = new Recorder(name, removed);
            String out;
            try {
                out = cleaner.clean(in, recorder);
            } catch (RuntimeException | StackOverflowError e) {
                throw new CleanerException(name, "failed: " + e, e);
            }
            if (out == null) {
                throw new CleanerException(name, "returned null", null);
            }
            if (recorder.count == 0 && !out.equals(in)) {
                recordUnreported(name, in, out, removed);
            }
            current = out;
        }
        return materialize(current);
    }

    /**
     * Runs {@code group} buffer cleaners from index {@code first} (line cleaners when more than one), reporting to
     * {@code recorder} under each one's name.
     */
    private CharSequence runBuffered(int first, int group, CharSequence current, Recorder recorder,
            List<Removal> removed) {
        if (group == 1 && !((BufferCleaner) cleaners.get(first)).mayChange(current)) {
            return current;
        }
        StringBuilder out = Reuse.borrow(); // the cleaners make room in it when they first write (Reuse.reserve)
        boolean changed;
        recorder.start(bufferNames[first]);
        try {
            if (group == 1) {
                changed = ((BufferCleaner) cleaners.get(first)).clean(current, out, recorder);
            } else {
                changed = LineCleaner.run(fused[first], current, out, recorder.forGroup(bufferNames, first));
            }
        } catch (RuntimeException | StackOverflowError e) {
            if (group > 1 && e instanceof CleanerException) {
                throw e; // named after the cleaner that failed
            }
            throw new CleanerException(bufferNames[first], "failed: " + e, e);
        }
        if (!changed) {
            Reuse.release(out);
            return current;
        }
        if (group == 1 && recorder.count == 0 && !out.toString().contentEquals(current)) {
            recordUnreported(bufferNames[first], current.toString(), out.toString(), removed);
        }
        if (current instanceof StringBuilder) {
            Reuse.release((StringBuilder) current);
        }
        return out;
    }

    /** The text as a string; a pooled builder goes back to the pool. */
    private static String materialize(CharSequence text) {
        if (text instanceof String) {
            return (String) text;
        }
        return Reuse.finish((StringBuilder) text);
    }

    /** {@link #cleanerName} for a text cleaner, called directly. */
    private static String safeName(Cleaner cleaner) {
        String n;
        try {
            n = cleaner.name();
        } catch (RuntimeException e) {
            throw nameFailed(cleaner, e);
        }
        return orClassName(cleaner, n);
    }

    /**
     * A cleaner's name for the removal record: what {@code name} supplies, or the class name when that is blank.
     *
     * @param cleaner the cleaner (a text or an HTML cleaner)
     * @param name its {@code name()} method
     * @return the name
     * @throws CleanerException if {@code name()} throws
     */
    public static String cleanerName(Object cleaner, Supplier<String> name) {
        String n;
        try {
            n = name.get();
        } catch (RuntimeException e) {
            throw nameFailed(cleaner, e);
        }
        return orClassName(cleaner, n);
    }

    private static CleanerException nameFailed(Object cleaner, RuntimeException e) {
        return new CleanerException(cleaner.getClass().getName(), "name() failed: " + e, e);
    }

    private static String orClassName(Object cleaner, String name) {
        return name == null || name.isBlank() ? cleaner.getClass().getName() : name;
    }

    /** A cleaner changed the text without reporting: record the changed region (common prefix/suffix trimmed). */
    static void recordUnreported(String name, String before, String after, List<Removal> removed) {
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        String was = before.substring(prefix, before.length() - suffix);
        String now = after.substring(prefix, after.length() - suffix);
        removed.add(new Removal(name, was, now));
    }

    private static final class Recorder implements Removals, IntFunction<Removals> {
        /** Each thread's recorder for the built-in cleaners, while no chain uses it. */
        private static final ThreadLocal<Recorder[]> POOL = ThreadLocal.withInitial(() -> new Recorder[1]);
        private String name;
        private List<Removal> sink;
        private int count;
        /** For a fused group: the cleaners' names, and the index of the group's first. */
        private String[] names;
        private int first;

        Recorder(String name, List<Removal> sink) {
            this.name = name;
            this.sink = sink;
        }

        /** This thread's recorder (a new one when a chain on this thread already has it), recording to sink. */
        static Recorder take(List<Removal> sink) {
            Recorder[] pool = POOL.get();
            Recorder r = pool[0];
            if (r == null) {
                return new Recorder(null, sink);
            }
            pool[0] = null;
            r.sink = sink;
            return r;
        }

        /** Forgets the chain's removals and gives the recorder back to this thread. */
        void giveBack() {
            sink = null;
            name = null;
            names = null;
            count = 0;
            POOL.get()[0] = this;
        }

        /** Records for the cleaner {@code n} from now on, counting from zero. */
        void start(String n) {
            name = n;
            count = 0;
        }

        /** Records for a fused group of cleaners, each under its name when {@link #apply} names it. */
        Recorder forGroup(String[] groupNames, int groupFirst) {
            names = groupNames;
            first = groupFirst;
            return this;
        }

        /** Records for the group's {@code k}th cleaner from now on. */
        @Override
        public Removals apply(int k) {
            name = names[first + k];
            return this;
        }

        @Override
        public void removed(String text) {
            sink.add(new Removal(name, Objects.requireNonNull(text, "text"), ""));
            count++;
        }

        @Override
        public void replaced(String text, String replacement) {
            sink.add(new Removal(name, Objects.requireNonNull(text, "text"),
                    Objects.requireNonNull(replacement, "replacement")));
            count++;
        }
    }
}
