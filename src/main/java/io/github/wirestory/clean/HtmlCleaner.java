package io.github.wirestory.clean;

import java.util.Objects;
import org.jsoup.nodes.Document;

/**
 * One step of the HTML-cleaning chain that runs on a page before its story is extracted. A cleaner edits
 * the jsoup {@link Document} in place (it is always the parser's own copy, never the caller's) and removes
 * elements through the {@link HtmlRemovals} it is given, which detaches each element and records its text,
 * with the cleaner's {@link #name()}, in {@link io.github.wirestory.WireStory#removed()}.
 *
 * <pre>{@code
 * HtmlCleaner dropPromos = HtmlCleaners.removing("acme-promo", "div.promo-box, aside.more-from-acme");
 * HtmlCleaner dropEmptyLists = HtmlCleaner.named("empty-lists", (doc, removals) ->
 *     doc.select("ul:not(:has(li))").forEach(removals::remove));
 * WireStoryParser parser = WireStoryParser.builder().addHtmlCleaner(dropPromos).build();
 * }</pre>
 *
 * <p>Page metadata (JSON-LD, meta tags, the {@code <h1>}, byline markup) is read before the cleaners run,
 * so a cleaner never hides a headline or a date. Cleaners must be thread-safe (a parser is shared between
 * threads) and should run in linear time: one {@code select} or one traversal. A cleaner that throws fails
 * the parse with a {@link io.github.wirestory.CleanerException} naming it.
 */
@FunctionalInterface
public interface HtmlCleaner {

    /**
     * Cleans the page.
     *
     * @param document the page, edited in place; never null
     * @param removals where to remove elements (and so record them)
     */
    void clean(Document document, HtmlRemovals removals);

    /**
     * The name recorded with each removal. By default the simple class name; lambdas should be wrapped
     * with {@link #named(String, HtmlCleaner)}.
     *
     * @return a short, stable name
     */
    default String name() {
        String simple = getClass().getSimpleName();
        int lambda = simple.indexOf("$$Lambda");
        return lambda > 0 ? simple.substring(0, lambda) : simple;
    }

    /**
     * Gives an HTML cleaner a name.
     *
     * @param name the name recorded with its removals
     * @param cleaner the cleaner
     * @return a cleaner that delegates to {@code cleaner} and reports {@code name}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    static HtmlCleaner named(String name, HtmlCleaner cleaner) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cleaner, "cleaner");
        if (name.isBlank()) {
            throw new IllegalArgumentException("cleaner name must not be blank");
        }
        return new HtmlCleaner() {
            @Override
            public void clean(Document document, HtmlRemovals removals) {
                cleaner.clean(document, removals);
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public String toString() {
                return "HtmlCleaner[" + name + "]";
            }
        };
    }
}
