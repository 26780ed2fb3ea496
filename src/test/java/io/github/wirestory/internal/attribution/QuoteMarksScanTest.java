package io.github.wirestory.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;
import io.github.wirestory.hardening.Corpus;
import io.github.wirestory.model.Paragraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@link QuoteFinder} reads a body paragraph from mark to mark: it finds the same quotes as reading every char, on
 * every corpus story, every page of the HTML suites, and generated texts dense in marks, apostrophes and nesting.
 */
class QuoteMarksScanTest {
    private static final WireStoryParser PARSER = WireStoryParser.defaults();

    private static void assertSameQuotes(String text, List<Unit> units, String what) {
        List<RawQuote> fast = QuoteFinder.find(text, units, new ArrayList<>(), false);
        List<RawQuote> every = QuoteFinder.find(text, units, new ArrayList<>(), true);
        assertThat(fast).as(what).isEqualTo(every);
    }

    private static void assertSameQuotes(WireStory story, String what) {
        List<Unit> units = new ArrayList<>();
        String text = story.text();
        if (story.headline().isPresent() && text.startsWith(story.headline().get())) {
            units.add(new Unit(-1, 0, story.headline().get().length()));
        }
        for (Paragraph p : story.paragraphs()) {
            units.add(new Unit(p.index(), p.span().begin(), p.span().end()));
        }
        assertSameQuotes(text, units, what);
        // the whole text as one paragraph, and as its lines: marks far apart, quotes across many units
        assertSameQuotes(text, List.of(new Unit(0, 0, text.length())), what + " (one unit)");
    }

    @Test
    void corpusStoriesHaveTheSameQuotes() {
        Corpus.stories().forEach((name, text) -> assertSameQuotes(PARSER.parse(text), name));
        assertSameQuotes(PARSER.parse(Corpus.seed()), "seed");
    }

    @Test
    void suitePagesHaveTheSameQuotes() throws IOException {
        Path root = Path.of("../shared/corpus");
        Assumptions.assumeTrue(Files.isDirectory(root), "shared corpus not available");
        List<Path> pages = new ArrayList<>();
        for (String d : new String[] {"trafilatura-eval", "zyte-benchmark", "readability", "fundus-eval"}) {
            Path dir = root.resolve(d);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(f -> f.toString().matches(".*\\.html?(\\.gz)?$")).sorted().forEach(pages::add);
            }
        }
        Assumptions.assumeTrue(!pages.isEmpty(), "no suite pages");
        for (Path f : pages) {
            byte[] b = Files.readAllBytes(f);
            if (f.toString().endsWith(".gz")) {
                try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(b))) {
                    b = in.readAllBytes();
                }
            }
            assertSameQuotes(PARSER.parseHtml(new String(b, StandardCharsets.UTF_8)), f.toString());
        }
    }

    @Test
    void generatedTextsHaveTheSameQuotes() {
        String alphabet = "aB z.,:(\"\"''\u2018\u2019\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A\u300C\u300D\u300E"
                + "\u300F\u00E9 \n";
        Random r = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(80);
            for (int k = 0; k < len; k++) {
                sb.append(r.nextInt(3) == 0 ? alphabet.charAt(r.nextInt(alphabet.length())) : "word ".charAt(k % 5));
            }
            String text = sb.toString();
            List<Unit> units = new ArrayList<>();
            int b = 0;
            int p = r.nextBoolean() ? -1 : 0; // sometimes a headline first
            for (int k = 0; k <= text.length(); k++) {
                if (k == text.length() || text.charAt(k) == '\n') {
                    units.add(new Unit(p++, b, k));
                    b = k + 1;
                }
            }
            assertSameQuotes(text, units, text);
        }
    }
}
