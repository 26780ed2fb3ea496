package io.github.wirestory.bench;

import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;
import io.github.wirestory.internal.html.HtmlPipeline;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The HTML input broken down, on the pages of {@link ParseBenchmark.HtmlPage}: {@link #jsoupParse} (the
 * baseline), {@link #htmlOnly} (the markup parse, with jsoup skipping script and style data, plus the HTML-specific
 * steps: page scan and metadata, HTML cleaners, body extraction; no text pipeline) and {@link #parseHtml} (everything). {@code htmlOnly - jsoupParse}
 * is the HTML-specific share, {@code parseHtml - htmlOnly} the text pipeline's share. {@link #textOnly} is the text
 * pipeline alone on the story the HTML steps extracted from the page, run again and again (hot): {@code jsoupParse +
 * textOnly} is a floor for {@code parseHtml} that no work on the HTML steps can go under.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class HtmlBenchmark {
    static final WireStoryParser PARSER = WireStoryParser.defaults();
    static final HtmlPipeline PIPELINE = pipeline(PARSER);

    /** The page: {@code seed-page} or a zyte-benchmark page id (prefix). */
    @Param({"seed-page", "359fee22", "82b6d780"})
    public String page;
    String html;
    HtmlPipeline.Prepared prepared;

    @Setup
    public void load() {
        html = page.equals("seed-page") ? ParseBenchmark.seedPage(io.github.wirestory.hardening.Corpus.seed())
                : ParseBenchmark.zytePage(page);
        prepared = PIPELINE.prepare(html, "");
        System.out.printf("%n[sizes] page %s: %d bytes%n", page, html.getBytes(StandardCharsets.UTF_8).length);
    }

    /** A bare {@code Jsoup.parse}. */
    @Benchmark
    public Document jsoupParse() {
        return Jsoup.parse(html);
    }

    /**
     * The markup parse and the HTML-specific steps, as {@code parseHtml} does them (jsoup skipping the data of
     * scripts and style sheets), without the text pipeline.
     */
    @Benchmark
    public HtmlPipeline.Prepared htmlOnly() {
        return PIPELINE.prepare(html, "");
    }

    /** The whole {@code parseHtml}. */
    @Benchmark
    public WireStory parseHtml() {
        return PARSER.parseHtml(html);
    }

    /**
     * The text pipeline alone (cleaners, story assembly, datelines, quotes and claims) on the story the HTML steps
     * extracted from the page, as {@code parseHtml} runs it after them, but hot: nothing runs in between.
     */
    @Benchmark
    public WireStory textOnly() {
        return PIPELINE.finish(prepared);
    }

    static HtmlPipeline pipeline(WireStoryParser parser) {
        try {
            Field f = WireStoryParser.class.getDeclaredField("htmlPipeline");
            f.setAccessible(true);
            return (HtmlPipeline) f.get(parser);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
