package io.github.wirestory.internal.clean;

import io.github.wirestory.clean.Cleaner;
import io.github.wirestory.clean.Removals;
import java.util.ArrayList;
import java.util.List;

/** Runs one cleaner and keeps what it reported. */
final class CleanerTesting implements Removals {
    final List<String> removed = new ArrayList<>();
    final List<String> replaced = new ArrayList<>();

    static CleanerTesting run(Cleaner cleaner, String text, StringBuilder out) {
        CleanerTesting r = new CleanerTesting();
        out.append(cleaner.clean(text, r));
        return r;
    }

    @Override
    public void removed(String text) {
        removed.add(text);
    }

    @Override
    public void replaced(String text, String replacement) {
        replaced.add(text + "->" + replacement);
    }
}
