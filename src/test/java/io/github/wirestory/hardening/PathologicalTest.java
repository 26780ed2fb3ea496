package io.github.wirestory.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile inputs at the sizes of the hardening issue. Each case is built at full size and at half size; the full
 * size must parse well under a second per MB, and doubling the input may at most about double the time. The
 * limits are generous on purpose: they catch blow-ups (quadratic scans, catastrophic regex backtracking), they
 * do not time anything (that is the JMH benchmarks' job, see {@code docs/performance.md}).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PathologicalTest {
    private static final WireStoryParser PARSER = WireStoryParser.defaults();
    private static final int MB = 1 << 20;
    /** Full size: at most this many ms per MB of input. */
    private static final double MAX_MS_PER_MB = 1000;
    /** Twice the input: at most this many times the time (linear is 2; quadratic is 4). */
    private static final double MAX_DOUBLING_RATIO = 3.0;
    /** Below this, timings are noise: a blow-up at these sizes would take far longer. */
    private static final long NOISE_FLOOR_NANOS = TimeUnit.MILLISECONDS.toNanos(40);

    @BeforeAll
    static void warmUp() {
        for (String s : Corpus.stories().values()) {
            for (int i = 0; i < 20; i++) {
                PARSER.parse(s);
            }
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                of("1 MB of \"", n -> "\"".repeat(n * MB / 2), s -> assertThat(s.text()).hasSize(MB)),
                of("1 MB of “ never closed", n -> "He said “".repeat(n * MB / 2 / 9), s -> { }),
                of("one 1 MB line", n -> line(n * MB / 2), s -> assertThat(s.paragraphs()).isNotEmpty()),
                of("100,000 blank lines", n -> "\n".repeat(n * 50_000),
                        s -> assertThat(s.paragraphs()).isEmpty()),
                of("100,000 blank lines of spaces and CRLF", n -> " \u00A0\t\r\n".repeat(n * 50_000),
                        s -> assertThat(s.paragraphs()).isEmpty()),
                of("50,000 paragraphs ending in KCNA said.", n -> "Headline\n\n"
                        + "The test was a success, KCNA said.\n\n".repeat(n * 25_000),
                        s -> assertThat(s.paragraphs()).hasSize(50_000)),
                of("10,000 repetitions of (UPI) --", n -> "(UPI) --".repeat(n * 5_000), s -> { }),
                of("10,000 lines of (UPI) --", n -> "SEOUL, July 27 (UPI) --\n".repeat(n * 5_000), s -> { }),
                of("a 1 MB lede full of parentheses", n -> "SEOUL, July 27 (" + "(U".repeat(n * MB / 4), s -> { }),
                of("2 MB of a single word", n -> "Pyongyang".repeat(n * MB / 9), s -> { }),
                of("1 MB of ampersands and references", n -> "&amp;&#8220;&#99999999;&bogus;&&#x;&".repeat(
                        n * MB / 2 / 37), s -> { }),
                of("1 MB of bullets", n -> "• ▪ ● ".repeat(n * MB / 12), s -> { }),
                of("100,000 noise lines", n -> "Advertisement\nShare\nOops!\nPhoto by KCNA/UPI\n".repeat(n * 12_500),
                        s -> assertThat(s.paragraphs()).isEmpty()),
                of("100,000 byline lines", n -> "By Kim Min-ji and Lee So-yeon\n".repeat(n * 50_000), s -> { }),
                of("1 MB hard-wrapped paragraph", n -> wrapped(n * MB / 2),
                        s -> assertThat(s.paragraphs()).hasSize(1)),
                of("1 MB of combining marks (NFC)", n -> "e\u0301a\u0308 ".repeat(n * MB / 10), s -> { }),
                of("1 MB of random Unicode, surrogates and RTL marks", n -> randomUnicode(n * MB / 2), s -> { }),
                of("10,000 nested <div> as text", n -> "<div>".repeat(n * 5_000) + "Body." + "</div>".repeat(
                        n * 5_000), s -> { }),
                of("100,000 <p> as text", n -> "<p>Kim said.</p>\n".repeat(n * 50_000),
                        s -> assertThat(s.paragraphs()).hasSizeGreaterThan(90_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parsesInLinearTime(IntFunction<String> input, Consumer<WireStory> shape) {
        String half = input.apply(1);
        String full = input.apply(2);
        WireStory story = PARSER.parse(full);
        StoryInvariants.check(story);
        shape.accept(story);

        double mb = Math.max(1.0, full.length() / (double) MB);
        long fullNanos = 0;
        long halfNanos = 0;
        for (int attempt = 0; attempt < 5; attempt++) {
            halfNanos = bestOf(half);
            fullNanos = bestOf(full);
            if (fullNanos < NOISE_FLOOR_NANOS || fullNanos <= MAX_DOUBLING_RATIO * halfNanos) {
                break;
            }
        }
        assertThat(fullNanos / 1e6 / mb).as("ms per MB at full size (%d chars)", full.length())
                .isLessThan(MAX_MS_PER_MB);
        if (fullNanos >= NOISE_FLOOR_NANOS) {
            assertThat((double) fullNanos / halfNanos)
                    .as("time(2n) / time(n): %d ms / %d ms", fullNanos / 1_000_000, halfNanos / 1_000_000)
                    .isLessThanOrEqualTo(MAX_DOUBLING_RATIO);
        }
    }

    private static long bestOf(String text) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            long t0 = System.nanoTime();
            PARSER.parse(text);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }

    private static Arguments of(String name, IntFunction<String> input, Consumer<WireStory> shape) {
        return Arguments.of(Named.of(name, input), shape);
    }

    /** Words and punctuation on one line, no line break. */
    static String line(int length) {
        StringBuilder sb = new StringBuilder(length + 16);
        Random r = new Random(42);
        String[] words = {"North", "Korea", "said,", "“the", "test”", "(UPI)", "--", "KCNA", "said."};
        while (sb.length() < length) {
            sb.append(words[r.nextInt(words.length)]).append(' ');
        }
        return sb.toString();
    }

    /** One paragraph hard-wrapped at 60 to 70 columns. */
    static String wrapped(int length) {
        StringBuilder sb = new StringBuilder(length + 80);
        String row = "Kim and Shoigu observed new-type weapons and equipment, KCNA said";
        while (sb.length() < length) {
            sb.append(row, 0, 60 + sb.length() % 7).append('\n');
        }
        return sb.toString();
    }

    static String randomUnicode(int length) {
        StringBuilder sb = new StringBuilder(length + 2);
        Random r = new Random(7);
        while (sb.length() < length) {
            int k = r.nextInt(16);
            if (k == 0) {
                sb.appendCodePoint(0x10000 + r.nextInt(0x100000));
            } else if (k == 1) {
                sb.append((char) (0xD800 + r.nextInt(0x800)));
            } else if (k == 2) {
                sb.append("\u200F\u202E\u2066");
            } else if (k == 3) {
                sb.append('\n');
            } else {
                sb.append((char) r.nextInt(0x3000));
            }
        }
        return sb.toString();
    }
}
