package io.github.wirestory.internal;

import io.github.wirestory.CleanerException;
import io.github.wirestory.clean.Cleaner;
import io.github.wirestory.clean.Removals;
import io.github.wirestory.model.Removal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** Runs the cleaners in order and records every removal with the cleaner's name. */
public final class CleanerChain {
    private final List<Cleaner> cleaners;

    /** @param cleaners the chain, in run order */
    public CleanerChain(List<Cleaner> cleaners) {
        this.cleaners = List.copyOf(cleaners);
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
        String current = text;
        for (Cleaner cleaner : cleaners) {
            String name = safeName(cleaner);
            Recorder recorder = new Recorder(name, removed);
            String out;
            try {
                out = cleaner.clean(current, recorder);
            } catch (RuntimeException | StackOverflowError e) {
                throw new CleanerException(name, "failed: " + e, e);
            }
            if (out == null) {
                throw new CleanerException(name, "returned null", null);
            }
            if (recorder.count == 0 && !out.equals(current)) {
                recordUnreported(name, current, out, removed);
            }
            current = out;
        }
        return new Result(current, removed);
    }

    private static String safeName(Cleaner cleaner) {
        return cleanerName(cleaner, cleaner::name);
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
            throw new CleanerException(cleaner.getClass().getName(), "name() failed: " + e, e);
        }
        return n == null || n.isBlank() ? cleaner.getClass().getName() : n;
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

    private static final class Recorder implements Removals {
        private final String name;
        private final List<Removal> sink;
        private int count;

        Recorder(String name, List<Removal> sink) {
            this.name = name;
            this.sink = sink;
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
