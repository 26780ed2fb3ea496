package io.github.wirestory.bench;

import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;
import io.github.wirestory.hardening.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse benchmarks; the command and the figures are in {@code docs/performance.md}. Scores are time per story
 * (µs/op); with {@code -prof gc}, {@code gc.alloc.rate.norm} is the bytes allocated per story. Run from the
 * project directory (the corpus is read from {@code src/test/resources/corpus}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class ParseBenchmark {
    static final WireStoryParser PARSER = WireStoryParser.defaults();
    static final int CORPUS_SIZE = 20;

    String seed;
    List<String> corpus;

    @Setup
    public void load() {
        seed = Corpus.seed();
        corpus = List.copyOf(Corpus.stories().values());
        if (corpus.size() != CORPUS_SIZE) {
            throw new IllegalStateException("expected " + CORPUS_SIZE + " corpus stories, found " + corpus.size()
                    + ": update @OperationsPerInvocation");
        }
        long bytes = corpus.stream().mapToLong(s -> s.getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("%n[sizes] seed %d bytes; corpus %d stories, %d bytes (mean %d)%n",
                seed.getBytes(StandardCharsets.UTF_8).length, corpus.size(), bytes, bytes / corpus.size());
    }

    /** The seed article (3.3 KB, UPI, with page noise). */
    @Benchmark
    public WireStory seed() {
        return PARSER.parse(seed);
    }

    /** The 20 corpus stories in real agency formats; the score is per story. */
    @Benchmark
    @OperationsPerInvocation(CORPUS_SIZE)
    public void corpus(Blackhole bh) {
        for (String s : corpus) {
            bh.consume(PARSER.parse(s));
        }
    }

    /** The seed's body repeated n times in one input: cost should grow linearly with n. */
    @State(Scope.Benchmark)
    public static class Repeated {
        @Param({"1", "10", "100"})
        public int times;
        String text;

        @Setup
        public void build() {
            String s = Corpus.seed();
            int body = s.indexOf("July 27 (UPI)");
            String paragraphs = s.substring(s.indexOf("\n\n", body) + 2);
            StringBuilder sb = new StringBuilder(s.substring(0, body)).append(s, body, s.indexOf("\n\n", body) + 2);
            for (int i = 0; i < times; i++) {
                sb.append(paragraphs).append("\n\n");
            }
            text = sb.toString();
            System.out.printf("%n[sizes] repeated x%d: %d bytes%n", times, text.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    /** Parse of the seed with its body repeated 1, 10 or 100 times. */
    @Benchmark
    public WireStory repeated(Repeated r) {
        return PARSER.parse(r.text);
    }

    /**
     * Real wire pages (AP and Reuters copies from {@code ../shared/corpus/zyte-benchmark}) and a page built from
     * the seed, for the HTML benchmarks. {@link #parseHtml} is measured against {@link #jsoupParse} on them.
     */
    @State(Scope.Benchmark)
    public static class HtmlPage {
        /** {@code seed-page}: the seed in a typical article page; the rest: zyte-benchmark page ids (prefix). */
        @Param({"seed-page", "359fee22", "82b6d780"})
        public String page;
        String html;

        @Setup
        public void load() {
            html = page.equals("seed-page") ? seedPage(Corpus.seed()) : zytePage(page);
            System.out.printf("%n[sizes] page %s: %d bytes%n", page, html.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    /** The baseline for HTML input: a bare {@code Jsoup.parse} of the same page. */
    @Benchmark
    public Document jsoupParse(HtmlPage p) {
        return Jsoup.parse(p.html);
    }

    /** The library's HTML input on the same pages: {@code Jsoup.parse} plus metadata, cleaners, body and text. */
    @Benchmark
    public WireStory parseHtml(HtmlPage p) {
        return PARSER.parseHtml(p.html);
    }

    static String zytePage(String prefix) {
        Path dir = Path.of("../shared/corpus/zyte-benchmark/html");
        try (var files = Files.list(dir)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no page " + prefix + " in " + dir));
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the real pages need ../shared/corpus (run from the project directory)", e);
        }
    }

    /** The seed as a news site would serve it: head with scripts and styles, navigation, article, aside, footer. */
    static String seedPage(String story) {
        String[] blocks = story.split("\n\n");
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(blocks[0]).append(" - UPI.com</title>")
                .append("<meta property=\"og:title\" content=\"").append(blocks[0]).append("\">")
                .append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"")
                .append(blocks[0]).append("\"}</script>")
                .append("<style>").append("body{margin:0}.nav a{color:#333}".repeat(40)).append("</style>")
                .append("<script>").append("window.dataLayer=window.dataLayer||[];".repeat(40)).append("</script>")
                .append("</head><body><header><nav class=\"nav\"><ul>");
        for (int i = 0; i < 30; i++) {
            sb.append("<li><a href=\"/section/").append(i).append("\">Section ").append(i).append("</a></li>");
        }
        sb.append("</ul></nav></header><main><article><h1>").append(blocks[0]).append("</h1>")
                .append("<div class=\"byline\">UPI</div><div class=\"article-body\">");
        for (int i = 1; i < blocks.length; i++) {
            sb.append("<p>").append(org.jsoup.nodes.Entities.escape(blocks[i].strip())).append("</p>\n");
            if (i % 4 == 0) {
                sb.append("<div class=\"ad\"><script>googletag.cmd.push(function(){});</script></div>");
            }
        }
        sb.append("</div></article><aside><h2>Latest Headlines</h2><ul>");
        for (int i = 0; i < 10; i++) {
            sb.append("<li><a href=\"/story/").append(i).append("\">Related headline number ").append(i)
                    .append("</a></li>");
        }
        return sb.append("</ul></aside></main><footer><p>Copyright 2026 United Press International</p></footer>")
                .append("</body></html>").toString();
    }
}
