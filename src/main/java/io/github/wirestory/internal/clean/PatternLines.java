package io.github.wirestory.internal.clean;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A line predicate built from anchored patterns, compiled into one alternation; lines longer than a bound are
 * never tested. {@link #forText(String)} tests lines in place, as regions of the text, with one matcher (and the
 * line test that holds it) reused per thread, reset to empty text after use, so it keeps no story alive: no
 * substring and no matcher per line, no new test per text.
 */
final class PatternLines implements Predicate<String> {
    /** First chars below this are gated by {@link #firstChars}; the rest always go to the regex. */
    static final int GATE = 0x3000;
    private final int maxLength;
    private final Pattern pattern;
    /** Which chars can start a match: a line starting with any other char is not tested at all. */
    private final BitSet firstChars = new BitSet(GATE);
    /**
     * Which pairs of ASCII chars can start a match, for the first chars that can ({@code 128 * first + second}):
     * a line whose first two chars are ASCII and not such a pair is not tested either. Only pairs of letters are
     * probed; every other pair of a possible first char is let through.
     */
    private final BitSet firstPairs = new BitSet(128 * 128);
    /**
     * For a pair of ASCII letters that may start a match ({@link #letterPair}), which ASCII letters may
     * follow as the third char: bit {@code k} for {@code 'a' + k} ({@link #thirdLower}) or {@code 'A' + k}
     * ({@link #thirdUpper}), with {@link #PROBED} once worked out. Filled on first use of a pair (26 regex probes
     * per case, at most 52 * 52 pairs: bounded whatever the input), so building costs nothing; a race fills a
     * slot twice with the same value.
     */
    private final int[] thirdLower = new int[52 * 52];
    private final int[] thirdUpper = new int[52 * 52];
    private static final int PROBED = 1 << 31;
    /** Each thread's line test (with its matcher), while it is not in use. */
    private final ThreadLocal<Test> tests = new ThreadLocal<>();

    PatternLines(int maxLength, String... regexes) {
        this.maxLength = maxLength;
        // inline flags such as (?i) stay scoped to their own alternative
        this.pattern = Pattern.compile(Arrays.stream(regexes).map(r -> "(?:" + nonCapturing(r) + ")")
                .collect(Collectors.joining("|")));
        // A one-char probe: the engine hits the end of the input only if the char can start a match.
        Matcher probe = pattern.matcher("");
        for (char c = 0; c < GATE; c++) {
            probe.reset(String.valueOf(c));
            if (probe.matches() || probe.hitEnd()) {
                firstChars.set(c);
            }
        }
        char[] pair = new char[2];
        for (char c = 0; c < 128; c++) {
            if (!firstChars.get(c)) {
                continue;
            }
            pair[0] = c;
            for (char d = 0; d < 128; d++) {
                if (!isAsciiLetter(c) || !isAsciiLetter(d)) {
                    firstPairs.set(128 * c + d); // only letter pairs are probed (a few hundred probes per set)
                    continue;
                }
                pair[1] = d;
                probe.reset(java.nio.CharBuffer.wrap(pair));
                if (probe.matches() || probe.hitEnd()) {
                    firstPairs.set(128 * c + d);
                }
            }
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * Whether a line starting with these two chars may match; {@code false} only when no match can start so.
     *
     * @param c the first char of a stripped line
     * @param d the second char
     * @return false if the regex need not run
     */
    boolean mayStartWith(char c, char d) {
        return c >= 128 || d >= 128 ? mayStartWith(c) : firstPairs.get(128 * c + d);
    }

    /**
     * Whether a line starting with these three chars may match; {@code false} only when no match can start so.
     * Beyond {@link #mayStartWith(char, char)}, a third ASCII letter after two ASCII letters is probed.
     *
     * @param c the first char of a stripped line
     * @param d the second char
     * @param e the third char
     * @return false if the regex need not run
     */
    boolean mayStartWith(char c, char d, char e) {
        if (!mayStartWith(c, d)) {
            return false;
        }
        if (!isAsciiLetter(c) || !isAsciiLetter(d) || !isAsciiLetter(e)) {
            return true;
        }
        boolean lower = e >= 'a';
        int[] third = lower ? thirdLower : thirdUpper;
        int pair = letterPair(c, d);
        int bits = third[pair];
        if (bits == 0) {
            bits = probeThird(c, d, lower ? 'a' : 'A');
            third[pair] = bits;
        }
        return (bits & (1 << (e - (lower ? 'a' : 'A')))) != 0;
    }

    /** The index of a pair of ASCII letters in {@link #thirdLower} and {@link #thirdUpper}: 52 letters each. */
    private static int letterPair(char c, char d) {
        return 52 * letterIndex(c) + letterIndex(d);
    }

    private static int letterIndex(char c) {
        return c <= 'Z' ? c - 'A' : c - 'a' + 26;
    }

    /** The {@link #thirdLower} or {@link #thirdUpper} bits of a pair, worked out with one-line probes. */
    private int probeThird(char c, char d, char from) {
        int bits = PROBED;
        Matcher probe = pattern.matcher("");
        char[] triple = {c, d, 0};
        for (int k = 0; k < 26; k++) {
            triple[2] = (char) (from + k);
            probe.reset(java.nio.CharBuffer.wrap(triple));
            if (probe.matches() || probe.hitEnd()) {
                bits |= 1 << k;
            }
        }
        return bits;
    }

    /**
     * Whether a line starting with this char may match; {@code false} only when no match can start with it.
     *
     * @param c the first char of a stripped line
     * @return false if the regex need not run
     */
    boolean mayStartWith(char c) {
        return c >= GATE || firstChars.get(c);
    }

    /**
     * The regex with every capturing group made non-capturing: only whole-line matches are used, and a matcher
     * resets and tracks every capturing group on each test. The patterns use no back-reference.
     */
    static String nonCapturing(String regex) {
        StringBuilder sb = new StringBuilder(regex.length() + 16);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            sb.append(c);
            if (c == '\\' && i + 1 < regex.length()) {
                sb.append(regex.charAt(++i));
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '(' && !inClass && (i + 1 == regex.length() || regex.charAt(i + 1) != '?')) {
                sb.append("?:");
            }
        }
        return sb.toString();
    }

    @Override
    public boolean test(String line) {
        return !line.isEmpty() && line.length() <= maxLength
                && mayStart(line, 0, line.length()) && pattern.matcher(line).matches();
    }

    /** The gates on the first one, two or three chars of the non-empty line {@code s[begin, end)}. */
    private boolean mayStart(CharSequence s, int begin, int end) {
        char c = s.charAt(begin);
        return end - begin == 1 ? mayStartWith(c)
                : end - begin == 2 ? mayStartWith(c, s.charAt(begin + 1))
                : mayStartWith(c, s.charAt(begin + 1), s.charAt(begin + 2));
    }

    /**
     * A test over the lines of one text.
     *
     * @param text the text whose lines will be tested
     * @return a test of the region {@code [begin, end)}; not thread-safe, use it for this text only, then close it
     */
    LineCleaner.LineTest forText(CharSequence text) {
        Test cached = tests.get();
        if (cached == null) {
            return new Test(pattern.matcher(text), text);
        }
        tests.set(null); // borrowed: a nested parse on this thread makes its own
        cached.matcher.reset(text);
        cached.text = text;
        return cached;
    }

    /** A test of the lines of one text, kept per thread while not in use (then with no text). */
    private final class Test implements LineCleaner.LineTest {
        final Matcher matcher;
        CharSequence text;

        Test(Matcher matcher, CharSequence text) {
            this.matcher = matcher;
            this.text = text;
        }

        @Override
        public boolean isNoise(int begin, int end) {
            return end - begin <= maxLength && mayStart(text, begin, end) && matcher.region(begin, end).matches();
        }

        @Override
        public void close() {
            matcher.reset("");
            text = null;
            tests.set(this);
        }
    }
}
