package io.github.wirestory.internal;

import io.github.wirestory.model.Byline;
import io.github.wirestory.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises byline blocks such as {@code By Kim Tong-Hyung} or {@code By A and B}. */
final class Bylines {
    private static final int MAX_BYLINE = 120;
    private static final Pattern BY = Pattern.compile("(?i)by\\s+(?<names>\\p{Lu}.{1,110})");
    private static final Pattern SPLIT = Pattern.compile(",\\s*and\\s+|\\s+and\\s+|\\s*,\\s*|\\s*&\\s*");

    private Bylines() {}

    static Optional<Byline> parse(Block b) {
        String t = b.text();
        if (t.length() > MAX_BYLINE) {
            return Optional.empty();
        }
        Matcher m = BY.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (String part : SPLIT.split(m.group("names"))) {
            String p = part.strip();
            if (!p.isEmpty() && Character.isUpperCase(p.charAt(0))) {
                names.add(p);
            }
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Byline(t, names, new Span(b.begin(), b.end())));
    }
}
