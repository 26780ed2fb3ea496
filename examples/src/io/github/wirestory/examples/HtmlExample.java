package io.github.wirestory.examples;

import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;
import io.github.wirestory.clean.HtmlCleaners;

/**
 * Parsing HTML: the caller brings the markup (the library never fetches). A site-specific HTML cleaner
 * removes an element by CSS selector, and its removal is recorded like any other.
 */
public final class HtmlExample {
    private HtmlExample() {}

    /** A small page in the shape of a wire agency's article page. */
    public static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head>
              <title>Seoul shares close higher | Example Wire</title>
              <meta property="og:site_name" content="Example Wire">
              <meta property="article:published_time" content="2024-06-03T16:05:00+09:00">
              <script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Seoul shares close higher",
                 "author":{"@type":"Person","name":"Min-ji Park"},"datePublished":"2024-06-03T16:05:00+09:00"}
              </script>
            </head><body>
              <nav><a href="/">Home</a> <a href="/world">World</a></nav>
              <article>
                <h1>Seoul shares close higher</h1>
                <p class="byline">By Min-ji Park</p>
                <p>SEOUL, June 3 (Yonhap) -- South Korean stocks rose on Monday, led by chipmakers, the exchange said.</p>
                <div class="fx-rate">KOSPI 2,682.52 +1.2%</div>
                <p>Foreign investors were net buyers for a third session.</p>
              </article>
              <footer>Copyright Example Wire</footer>
            </body></html>
            """;

    /**
     * A parser with the default HTML cleaners plus one site rule.
     *
     * @return the parser
     */
    public static WireStoryParser parser() {
        return WireStoryParser.builder()
                .addHtmlCleaner(HtmlCleaners.removing("market-widget", "div.fx-rate"))
                .build();
    }

    /**
     * Parses {@link #PAGE} and prints what was found.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        WireStory story = parser().parseHtml(PAGE);
        System.out.println("headline:  " + story.headline().orElse("-"));
        System.out.println("byline:    " + story.byline().map(b -> String.join(", ", b.names())).orElse("-"));
        System.out.println("published: " + story.published().map(p -> p.date().toString()).orElse("-"));
        System.out.println("dateline:  " + story.dateline().map(d -> d.text() + " " + d.date().orElseThrow())
                .orElse("-"));
        story.paragraphs().forEach(p -> System.out.println(p.index() + ": " + p.text()));
        story.removed().stream().filter(r -> r.cleaner().equals("market-widget"))
                .forEach(r -> System.out.println("removed by " + r.cleaner() + ": " + r.text()));
    }
}
