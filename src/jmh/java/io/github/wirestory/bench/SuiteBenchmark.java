package io.github.wirestory.bench;

import io.github.wirestory.WireStoryParser;
import io.github.wirestory.internal.html.HtmlPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * HTML input on a broad sample of real pages: every fourth page of the three HTML suites in
 * {@code ../shared/corpus} (trafilatura-eval, zyte-benchmark, readability, leaving out readability's
 * {@code expected.html} files, which are extracted article bodies; 81 pages of 22 KB to 1.5 MB, median 141 KB, 15.7 MB
 * in all, in file name order), one operation being one sweep over all of them. {@link #parseHtml} divided by {@link #jsoupParse}
 * is the HTML target's ratio over typical pages rather than the three of {@link HtmlBenchmark};
 * {@code htmlOnly - jsoupParse} is the HTML-specific share, {@code parseHtml - htmlOnly} the text pipeline's;
 * {@link #textOnly} is the text pipeline alone on the stories extracted from the pages ({@link HtmlBenchmark#textOnly}).
 * Needs {@code ../shared} (run from the project directory).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class SuiteBenchmark {
    static final WireStoryParser PARSER = WireStoryParser.defaults();
    static final HtmlPipeline PIPELINE = HtmlBenchmark.pipeline(PARSER);
    static final String[] SUITES = {"trafilatura-eval", "zyte-benchmark", "readability"};

    List<String> pages;
    List<HtmlPipeline.Prepared> prepared;

    @Setup
    public void load() {
        pages = sample(Path.of("../shared/corpus"), 4);
        prepared = pages.stream().map(p -> PIPELINE.prepare(p, "")).toList();
        long bytes = pages.stream().mapToLong(p -> p.getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("%n[sizes] %d pages, %d bytes%n", pages.size(), bytes);
    }

    /** Every {@code step}-th page of the suites, in path order. */
    static List<String> sample(Path corpus, int step) {
        List<Path> files = new ArrayList<>();
        for (String suite : SUITES) {
            try (Stream<Path> s = Files.walk(corpus.resolve(suite))) {
                // readability's expected.html files are its extracted article bodies, not pages
                s.filter(f -> f.getFileName().toString().matches(".*\\.html?(\\.gz)?")
                        && !f.getFileName().toString().startsWith("expected.")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("the suite pages need ../shared/corpus (run from the project directory)",
                        e);
            }
        }
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < files.size(); i += step) {
            Path f = files.get(i);
            try (InputStream raw = Files.newInputStream(f);
                    InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
                pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pages;
    }

    /** A bare {@code Jsoup.parse} of every page. */
    @Benchmark
    public long jsoupParse() {
        long n = 0;
        for (String p : pages) {
            n += Jsoup.parse(p).childNodeSize();
        }
        return n;
    }

    /**
     * The markup parse and the HTML-specific steps of every page, as {@code parseHtml} does them (jsoup skipping
     * the data of scripts and style sheets), without the text pipeline.
     */
    @Benchmark
    public long htmlOnly() {
        long n = 0;
        for (String p : pages) {
            n += PIPELINE.prepare(p, "").story().length();
        }
        return n;
    }

    /** The whole {@code parseHtml} of every page. */
    @Benchmark
    public long parseHtml() {
        long n = 0;
        for (String p : pages) {
            n += PARSER.parseHtml(p).paragraphs().size();
        }
        return n;
    }

    /** The text pipeline alone on the story extracted from every page: see {@link HtmlBenchmark#textOnly}. */
    @Benchmark
    public long textOnly() {
        long n = 0;
        for (HtmlPipeline.Prepared p : prepared) {
            n += PIPELINE.finish(p).paragraphs().size();
        }
        return n;
    }
}
