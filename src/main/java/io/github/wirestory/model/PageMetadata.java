package io.github.wirestory.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The metadata a web page gave about its story, each value with its source (HTML input only; empty for
 * plain text). These are the values chosen by the order of precedence in {@code docs/html.md}; the story's
 * own fields ({@link io.github.wirestory.WireStory#headline()}, {@link io.github.wirestory.WireStory#published()},
 * ...) are built from them.
 *
 * <pre>{@code
 * PageMetadata m = story.metadata();
 * m.headline();   // Optional[MetaValue[value=..., source=JSON_LD, key=NewsArticle.headline]]
 * m.published();  // Optional[MetaValue[value=2023-07-27T05:12:00Z, source=OPEN_GRAPH, key=article:published_time]]
 * }</pre>
 *
 * @param headline the headline
 * @param byline the author line: names as the page gives them, joined with {@code ", "}
 * @param agency the wire agency named by the page's metadata or credit markup
 * @param published the publication date or date-time, as written
 * @param siteName the publication's name, such as {@code "Reuters"}
 * @param url the canonical address of the page
 * @param language the page language, such as {@code "en"}
 * @param description the page's summary
 */
public record PageMetadata(
        Optional<MetaValue> headline,
        Optional<MetaValue> byline,
        Optional<MetaValue> agency,
        Optional<MetaValue> published,
        Optional<MetaValue> siteName,
        Optional<MetaValue> url,
        Optional<MetaValue> language,
        Optional<MetaValue> description) {

    private static final PageMetadata EMPTY = new PageMetadata(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    /**
     * Validates the components.
     *
     * @param headline the headline
     * @param byline the author line: names as the page gives them, joined with {@code ", "}
     * @param agency the wire agency named by the page's metadata or credit markup
     * @param published the publication date or date-time, as written
     * @param siteName the publication's name, such as {@code "Reuters"}
     * @param url the canonical address of the page
     * @param language the page language, such as {@code "en"}
     * @param description the page's summary
     * @throws NullPointerException if any component is null
     */
    public PageMetadata {
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(description, "description");
    }

    /**
     * No metadata: what plain-text input gives.
     *
     * @return the empty value
     */
    public static PageMetadata empty() {
        return EMPTY;
    }

    /**
     * Whether no value is present.
     *
     * @return true when every component is empty
     */
    public boolean isEmpty() {
        return equals(EMPTY);
    }
}
