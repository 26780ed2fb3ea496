package io.github.wirestory.internal.clean;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** A line predicate built from anchored patterns; each pattern is tried only on lines up to a length bound. */
final class PatternLines implements Predicate<String> {
    private final int maxLength;
    private final List<Pattern> patterns;

    PatternLines(int maxLength, String... regexes) {
        this.maxLength = maxLength;
        this.patterns = java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
    }

    @Override
    public boolean test(String line) {
        if (line.length() > maxLength) {
            return false;
        }
        for (Pattern p : patterns) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }
}
