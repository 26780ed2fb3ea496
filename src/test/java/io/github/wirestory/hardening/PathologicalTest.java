package io.github.wirestory.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
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
                PARSER.parseHtml("<html><body><article><p>" + s.replace("\n\n", "</p><p>") + "</p></article>");
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
                of("50,000 paragraphs of unbalanced nested quotes after a «quote»", n -> "Talks end\n\n"
                        + "The envoy called it «a step» on Monday.\n\n"
                        + "\"The report on alleged \"actual destruction is fake, TASS said.\n\n".repeat(n * 25_000),
                        s -> assertThat(s.paragraphs()).hasSize(50_001)),
                of("10,000 repetitions of (UPI) --", n -> "(UPI) --".repeat(n * 5_000), s -> { }),
                of("10,000 lines of (UPI) --", n -> "SEOUL, July 27 (UPI) --\n".repeat(n * 5_000), s -> { }),
                of("a 1 MB lede full of parentheses", n -> "SEOUL, July 27 (" + "(U".repeat(n * MB / 4), s -> { }),
                of("2 MB of a single word", n -> "Pyongyang".repeat(n * MB / 9), s -> { }),
                of("1 MB of ampersands and references", n -> "&amp;&#8220;&#99999999;&bogus;&&#x;&".repeat(
                        n * MB / 2 / 37), s -> { }),
                of("1 MB of bullets", n -> "• ▪ ● ".repeat(n * MB / 12), s -> { }),
                of("100,000 noise lines", n -> "Advertisement\nShare\nOops!\nPhoto by KCNA/UPI\n".repeat(n * 12_500),
                        s -> assertThat(s.paragraphs()).isEmpty()),
                of("140,608 lines opening with every triple of ASCII letters", n -> letterTriples(n * 70_304),
                        s -> assertThat(s.paragraphs()).isNotEmpty()),
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

    /** The same kind of hostile input as HTML, through {@code parseHtml} (jsoup's parse included). */
    static Stream<Arguments> htmlCases() {
        return Stream.of(
                of("10,000 nested <div>", n -> page("<div>".repeat(n * 5_000) + "Kim said the test was a success."
                        + "</div>".repeat(n * 5_000)), s -> assertThat(s.paragraphs()).hasSize(1)),
                of("100,000 <p>", n -> page("<p>Kim said the test was a success.</p>\n".repeat(n * 50_000)),
                        s -> assertThat(s.paragraphs()).hasSizeGreaterThan(90_000)),
                of("10,000 unclosed <p>", n -> page("<p>Kim said the test was a success.".repeat(n * 5_000)),
                        s -> assertThat(s.paragraphs()).hasSizeGreaterThan(9_000)),
                of("10,000 unclosed <b>", n -> page("<p>" + "<b>Kim said the test was a success. ".repeat(n * 5_000)),
                        s -> assertThat(s.paragraphs()).isNotEmpty()),
                of("a 1 MB text node", n -> page("<p>" + line(n * MB / 2) + "</p>"),
                        s -> assertThat(s.paragraphs()).isNotEmpty()),
                of("a 1 MB attribute", n -> page("<p class=\"" + "story-body ".repeat(n * MB / 2 / 11)
                        + "\" title=\"" + "x".repeat(n * MB / 2) + "\">Kim said the test was a success.</p>"),
                        s -> assertThat(s.paragraphs()).hasSize(1)),
                of("a 1 MB <script>", n -> "<html><head><script>" + "var a=[1,2];".repeat(n * MB / 2 / 12)
                        + "</script></head><body><p>Kim said the test was a success.</p></body></html>",
                        s -> assertThat(s.paragraphs()).hasSize(1)),
                of("a 1 MB JSON-LD block", n -> "<html><head><script type=\"application/ld+json\">"
                        + "{\"@type\":\"NewsArticle\",\"headline\":\"" + "Kim ".repeat(n * MB / 2 / 4)
                        + "\",\"author\":[" + "{\"name\":\"A\"},".repeat(n * 5_000) + "{}]}</script></head>"
                        + "<body><p>Kim said the test was a success.</p></body></html>",
                        s -> assertThat(s.paragraphs()).isNotEmpty()),
                of("16,384 class values sharing one hash code", n -> page(collidingClasses(n * 8192)),
                        s -> assertThat(s.paragraphs()).isNotEmpty()),
                of("32,768 words sharing one hash code, with a JSON-LD articleBody", n -> "<html><head>"
                        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
                        + "Kim said the test was a success and the talks would go on. ".repeat(10) + "\"}</script>"
                        + "</head><body><article><h1>Talks</h1><p>" + collidingWords(n * 16_384)
                        + "</p></article></body></html>", s -> assertThat(s.paragraphs()).isNotEmpty()),
                of("100,000 <br>", n -> page("<p>" + "Kim said.<br>".repeat(n * 50_000) + "</p>"),
                        s -> assertThat(s.paragraphs()).hasSizeGreaterThan(90_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parsesInLinearTime(IntFunction<String> input, Consumer<WireStory> shape) {
        linear(input, shape, PARSER::parse);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("htmlCases")
    void parsesHtmlInLinearTime(IntFunction<String> input, Consumer<WireStory> shape) {
        linear(input, shape, PARSER::parseHtml);
    }

    /** A document built node by node 100,000 elements deep (no parser depth limit applies): no recursion. */
    @Test
    void aDocumentTooDeepForRecursionParses() {
        Element e = new Element("p").appendText("Kim said the test was a success.");
        for (int i = 0; i < 100_000; i++) { // built inside out: jsoup's appendElement walks up to the root
            e = new Element(i % 2 == 0 ? "div" : "span").appendChild(e);
        }
        Document doc = Jsoup.parse("<html><body></body></html>");
        doc.body().appendChild(e);
        WireStory story = PARSER.parse(doc);
        StoryInvariants.check(story);
        assertThat(story.paragraphs()).singleElement().satisfies(
                p -> assertThat(p.text()).isEqualTo("Kim said the test was a success."));
    }

    private static void linear(IntFunction<String> input, Consumer<WireStory> shape,
            Function<String, WireStory> parse) {
        String half = input.apply(1);
        String full = input.apply(2);
        WireStory story = parse.apply(full);
        StoryInvariants.check(story);
        shape.accept(story);

        double mb = Math.max(1.0, full.length() / (double) MB);
        long fullNanos = 0;
        long halfNanos = 0;
        for (int attempt = 0; attempt < 5; attempt++) { // a blow-up fails every round, a busy machine only some
            halfNanos = bestOf(half, parse);
            fullNanos = bestOf(full, parse);
            boolean linear = fullNanos < NOISE_FLOOR_NANOS || fullNanos <= MAX_DOUBLING_RATIO * halfNanos;
            if (linear && fullNanos / 1e6 / mb < MAX_MS_PER_MB) {
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

    private static long bestOf(String text, Function<String, WireStory> parse) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            long t0 = System.nanoTime();
            parse.apply(text);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }

    /**
     * {@code count} lines, each opening with a triple of ASCII letters (every triple once in 140,608 lines): the
     * line cleaners' gate works out the letters each pair of letters allows on the pair's first use.
     */
    private static String letterTriples(int count) {
        String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        StringBuilder sb = new StringBuilder(count * 12);
        for (int k = 0; k < count; k++) {
            int t = k % (52 * 52 * 52);
            sb.append(letters.charAt(t / (52 * 52))).append(letters.charAt(t / 52 % 52)).append(letters.charAt(t % 52))
                    .append(" us on\n");
        }
        return sb.toString();
    }

    private static Arguments of(String name, IntFunction<String> input, Consumer<WireStory> shape) {
        return Arguments.of(Named.of(name, input), shape);
    }

    /** A page with the given body markup, unclosed (as the parser must also take it). */
    /** Distinct class values with one hash code: blocks of {@code Aa} and {@code BB}, which hash alike. */
    static String collidingClasses(int n) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < n; w++) {
            sb.append("<span class=\"");
            for (int b = 0; b < 15; b++) {
                sb.append(((w >> b) & 1) == 0 ? "Aa" : "BB");
            }
            sb.append("\">x</span>");
        }
        return sb + "<p>Kim said the test was a success.</p>";
    }

    /**
     * Distinct lower-case words with one hash code, in paragraphs of 50: blocks of {@code a\u00FF} and
     * {@code b\u00E0}, which hash alike.
     */
    static String collidingWords(int n) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < n; w++) {
            for (int b = 0; b < 16; b++) {
                sb.append(((w >> b) & 1) == 0 ? "a\u00FF" : "b\u00E0");
            }
            sb.append(w % 50 == 49 ? ".</p><p>" : " ");
        }
        return sb.toString();
    }

    static String page(String body) {
        return "<!DOCTYPE html><html><head><title>Test page</title></head><body><article>" + body;
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
