package io.github.wirestory;

import io.github.wirestory.clean.Cleaner;
import io.github.wirestory.clean.Cleaners;
import io.github.wirestory.clean.HtmlCleaner;
import io.github.wirestory.clean.HtmlCleaners;
import io.github.wirestory.internal.Pipeline;
import io.github.wirestory.internal.html.HtmlPipeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * Parses wire stories into {@link WireStory} values. Configure once with {@link #builder()}, then share: a
 * built parser is immutable and thread-safe. The library does no I/O: callers bring the text.
 *
 * <pre>{@code
 * WireStoryParser parser = WireStoryParser.builder()
 *     .cleaners(Cleaners.defaults())       // the ordered cleaner chain (this is the default)
 *     .addCleaner(myCleaner)               // runs after the chain so far
 *     .build();
 * WireStory story = parser.parse(text);
 * story.headline(); story.agency(); story.dateline(); story.paragraphs(); story.claims(); story.removed();
 *
 * WireStory page = parser.parseHtml(html);   // a web page: metadata, body extraction, then the same pipeline
 * page.published(); page.siteName(); page.metadata();
 * }</pre>
 *
 * <p>Any text gives a story: parts the parser cannot find come back empty, with {@link WireStory#diagnostics()}
 * saying why where that helps. Only programming errors ({@code null} arguments), input longer than
 * {@link Builder#maxInputLength(int)} ({@link InputTooLargeException}) and failing cleaners
 * ({@link CleanerException}) throw.
 */
public final class WireStoryParser {
    /** The default {@link Builder#maxInputLength(int)}: 10 million chars. */
    public static final int DEFAULT_MAX_INPUT_LENGTH = 10_000_000;

    private static final WireStoryParser DEFAULTS = builder().build();

    private final List<Cleaner> cleaners;
    private final AgencyRegistry agencies;
    private final StateMediaRegistry stateMedia;
    private final int maxInputLength;
    private final Pipeline pipeline;
    private final List<HtmlCleaner> htmlCleaners;
    private final HtmlPipeline htmlPipeline;

    private WireStoryParser(Builder b) {
        this.cleaners = List.copyOf(b.cleaners);
        this.agencies = b.agencies;
        this.stateMedia = b.stateMedia;
        this.maxInputLength = b.maxInputLength;
        this.pipeline = new Pipeline(cleaners, agencies, stateMedia);
        this.htmlCleaners = List.copyOf(b.htmlCleaners);
        this.htmlPipeline = new HtmlPipeline(htmlCleaners, agencies, pipeline);
    }

    /**
     * A parser with the default configuration: {@link Cleaners#defaults()}, {@link AgencyRegistry#defaults()},
     * a limit of {@link #DEFAULT_MAX_INPUT_LENGTH} chars.
     *
     * @return the shared default parser
     */
    public static WireStoryParser defaults() {
        return DEFAULTS;
    }

    /**
     * A builder with the default configuration.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from this parser's configuration; the parser itself is not changed.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.cleaners.clear();
        b.cleaners.addAll(cleaners);
        b.agencies = agencies;
        b.stateMedia = stateMedia;
        b.maxInputLength = maxInputLength;
        b.htmlCleaners.clear();
        b.htmlCleaners.addAll(htmlCleaners);
        return b;
    }

    /**
     * Parses plain text. Without a reference date, a dateline's {@link io.github.wirestory.model.Dateline#date()}
     * is known only when the text gives a year.
     *
     * @param text the story as scraped
     * @return the parsed story
     * @throws NullPointerException if {@code text} is null
     * @throws InputTooLargeException if {@code text} is longer than the configured limit
     * @throws CleanerException if a cleaner throws or returns null
     */
    public WireStory parse(String text) {
        return parse(text, Optional.empty());
    }

    /**
     * Parses plain text, using a reference date (typically the publication or crawl date) to complete
     * datelines that give only a month and day: the year nearest the reference date is chosen, so a Dec. 31
     * story parsed on Jan. 2 gets the old year.
     *
     * @param text the story as scraped
     * @param referenceDate the date the story was published or collected
     * @return the parsed story
     * @throws NullPointerException if an argument is null
     * @throws InputTooLargeException if {@code text} is longer than the configured limit
     * @throws CleanerException if a cleaner throws or returns null
     */
    public WireStory parse(String text, LocalDate referenceDate) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        return parse(text, Optional.of(referenceDate));
    }

    private WireStory parse(String text, Optional<LocalDate> referenceDate) {
        Objects.requireNonNull(text, "text");
        checkLength(text.length());
        return pipeline.parseText(text, referenceDate);
    }

    /**
     * Parses a web page: reads its metadata (JSON-LD, meta tags, title, byline markup), runs the HTML
     * cleaners, finds the article body, then runs the same text pipeline as {@link #parse(String)} over the
     * headline and body paragraphs. The publication date, when the page gives one, is the reference date for
     * the dateline year. See {@code docs/html.md} for the order of precedence of each value.
     *
     * <pre>{@code
     * WireStory story = WireStoryParser.defaults().parseHtml(html);
     * story.headline(); story.published(); story.siteName(); story.metadata().headline(); // with its source
     * }</pre>
     *
     * @param html the page markup
     * @return the parsed story
     * @throws NullPointerException if {@code html} is null
     * @throws InputTooLargeException if {@code html} is longer than the configured limit
     * @throws CleanerException if a text or HTML cleaner fails
     */
    public WireStory parseHtml(String html) {
        return parseHtml(html, "");
    }

    /**
     * Parses a web page, resolving relative links against its address (the address also serves as the last
     * source of a publication date, such as {@code /2023/07/27/} in the path). No fetching is done.
     *
     * @param html the page markup
     * @param baseUri the page's address, or {@code ""}
     * @return the parsed story
     * @throws NullPointerException if an argument is null
     * @throws InputTooLargeException if {@code html} is longer than the configured limit
     * @throws CleanerException if a text or HTML cleaner fails
     */
    public WireStory parseHtml(String html, String baseUri) {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(baseUri, "baseUri");
        checkLength(html.length());
        return htmlPipeline.parse(html, baseUri);
    }

    /**
     * Parses a page the caller has already parsed with jsoup. The document is not changed: the parser works
     * on a copy.
     *
     * @param document the page
     * @return the parsed story
     * @throws NullPointerException if {@code document} is null
     * @throws CleanerException if a text or HTML cleaner fails
     */
    public WireStory parse(Document document) {
        Objects.requireNonNull(document, "document");
        return htmlPipeline.parse(document.clone(), document.location());
    }

    private void checkLength(int length) {
        if (length > maxInputLength) {
            throw new InputTooLargeException(maxInputLength, length);
        }
    }

    /**
     * The cleaner chain, in run order.
     *
     * @return an immutable list
     */
    public List<Cleaner> cleaners() {
        return cleaners;
    }

    /**
     * The HTML cleaner chain, in run order.
     *
     * @return an immutable list
     */
    public List<HtmlCleaner> htmlCleaners() {
        return htmlCleaners;
    }

    /**
     * The agency registry.
     *
     * @return the registry
     */
    public AgencyRegistry agencies() {
        return agencies;
    }

    /**
     * The state-media registry used to type claim sources.
     *
     * @return the registry
     */
    public StateMediaRegistry stateMedia() {
        return stateMedia;
    }

    /**
     * The input size limit.
     *
     * @return the maximum input length, in chars
     */
    public int maxInputLength() {
        return maxInputLength;
    }

    /**
     * Configures a {@link WireStoryParser}. Not thread-safe; build once and share the parser.
     */
    public static final class Builder {
        private final List<Cleaner> cleaners = new ArrayList<>(Cleaners.defaults());
        private final List<HtmlCleaner> htmlCleaners = new ArrayList<>(HtmlCleaners.defaults());
        private AgencyRegistry agencies = AgencyRegistry.defaults();
        private StateMediaRegistry stateMedia = StateMediaRegistry.defaults();
        private int maxInputLength = DEFAULT_MAX_INPUT_LENGTH;

        private Builder() {}

        /**
         * Replaces the whole cleaner chain. Default: {@link Cleaners#defaults()}. Pass an empty list to run no
         * cleaner at all.
         *
         * @param cleaners the chain, in run order
         * @return {@code this}
         * @throws NullPointerException if the list or any element is null
         */
        public Builder cleaners(List<? extends Cleaner> cleaners) {
            Objects.requireNonNull(cleaners, "cleaners");
            List<Cleaner> copy = new ArrayList<>(cleaners.size());
            for (Cleaner c : cleaners) {
                copy.add(Objects.requireNonNull(c, "cleaners element"));
            }
            this.cleaners.clear();
            this.cleaners.addAll(copy);
            return this;
        }

        /**
         * Appends a cleaner; it runs after every cleaner already in the chain.
         *
         * @param cleaner the cleaner
         * @return {@code this}
         * @throws NullPointerException if {@code cleaner} is null
         */
        public Builder addCleaner(Cleaner cleaner) {
            cleaners.add(Objects.requireNonNull(cleaner, "cleaner"));
            return this;
        }

        /**
         * Replaces the whole HTML cleaner chain, run on pages before the body is extracted. Default:
         * {@link HtmlCleaners#defaults()}. Pass an empty list to run none (the body extractor still skips link
         * lists and furniture lines).
         *
         * @param htmlCleaners the chain, in run order
         * @return {@code this}
         * @throws NullPointerException if the list or any element is null
         */
        public Builder htmlCleaners(List<? extends HtmlCleaner> htmlCleaners) {
            Objects.requireNonNull(htmlCleaners, "htmlCleaners");
            List<HtmlCleaner> copy = new ArrayList<>(htmlCleaners.size());
            for (HtmlCleaner c : htmlCleaners) {
                copy.add(Objects.requireNonNull(c, "htmlCleaners element"));
            }
            this.htmlCleaners.clear();
            this.htmlCleaners.addAll(copy);
            return this;
        }

        /**
         * Appends an HTML cleaner, such as a site rule from {@link HtmlCleaners#removing(String, String)}; it
         * runs after every HTML cleaner already in the chain.
         *
         * @param htmlCleaner the cleaner
         * @return {@code this}
         * @throws NullPointerException if {@code htmlCleaner} is null
         */
        public Builder addHtmlCleaner(HtmlCleaner htmlCleaner) {
            htmlCleaners.add(Objects.requireNonNull(htmlCleaner, "htmlCleaner"));
            return this;
        }

        /**
         * Sets the agency registry. Default: {@link AgencyRegistry#defaults()}.
         *
         * @param agencies the registry
         * @return {@code this}
         * @throws NullPointerException if {@code agencies} is null
         */
        public Builder agencies(AgencyRegistry agencies) {
            this.agencies = Objects.requireNonNull(agencies, "agencies");
            return this;
        }

        /**
         * Sets the state-media registry that claim sources are matched against. Default:
         * {@link StateMediaRegistry#defaults()}.
         *
         * @param stateMedia the registry
         * @return {@code this}
         * @throws NullPointerException if {@code stateMedia} is null
         */
        public Builder stateMedia(StateMediaRegistry stateMedia) {
            this.stateMedia = Objects.requireNonNull(stateMedia, "stateMedia");
            return this;
        }

        /**
         * Sets the longest input accepted, in chars. Default: {@link #DEFAULT_MAX_INPUT_LENGTH}.
         *
         * @param maxInputLength a positive limit
         * @return {@code this}
         * @throws IllegalArgumentException if {@code maxInputLength < 1}
         */
        public Builder maxInputLength(int maxInputLength) {
            if (maxInputLength < 1) {
                throw new IllegalArgumentException("maxInputLength must be positive: " + maxInputLength);
            }
            this.maxInputLength = maxInputLength;
            return this;
        }

        /**
         * Builds the parser.
         *
         * @return an immutable, thread-safe parser
         */
        public WireStoryParser build() {
            return new WireStoryParser(this);
        }
    }
}
