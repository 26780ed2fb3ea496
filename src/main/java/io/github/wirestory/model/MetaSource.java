package io.github.wirestory.model;

/**
 * Where a piece of page metadata came from (HTML input only). Listed from the most to the least trusted;
 * {@code docs/html.md} gives the order of precedence for each field.
 *
 * <pre>{@code
 * story.metadata().headline().map(MetaValue::source); // Optional[JSON_LD]
 * }</pre>
 */
public enum MetaSource {
    /** A schema.org object in a {@code <script type="application/ld+json">} block. */
    JSON_LD,
    /** Microdata: an {@code itemprop} attribute, such as {@code itemprop="datePublished"}. */
    MICRODATA,
    /** OpenGraph and Twitter-card meta tags ({@code og:title}, {@code article:published_time}, ...). */
    OPEN_GRAPH,
    /** Other meta tags: {@code author}, Dublin Core ({@code dc.creator}), {@code parsely-*}, {@code sailthru.*}. */
    META,
    /** The {@code <title>} element, with the site suffix removed. */
    TITLE,
    /** The page's {@code <h1>} heading. */
    H1,
    /** Visible markup: {@code rel="author"} links, byline elements, {@code <time>} elements. */
    MARKUP,
    /** The page address, such as {@code /2023/07/27/} in the URL. */
    URL,
    /** The story text itself, such as a {@code By ...} line in the body. */
    TEXT
}
