package io.github.wirestory.clean;

import io.github.wirestory.internal.html.Boilerplate;
import io.github.wirestory.internal.html.SelectorCleaner;
import java.util.List;
import java.util.Objects;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The built-in HTML cleaners and a way to make site rules.
 *
 * <pre>{@code
 * WireStoryParser parser = WireStoryParser.builder()
 *     .htmlCleaners(HtmlCleaners.defaults())                             // already the default
 *     .addHtmlCleaner(HtmlCleaners.removing("acme-promo", "div.promo"))  // runs after the built-ins
 *     .build();
 * }</pre>
 *
 * <p>{@link #defaults()} runs, in order: {@link #nonContent()}, {@link #boilerplate()},
 * {@link #captions()}. Each is one pass over the page. All are immutable and thread-safe. None of them
 * removes datelines ({@code class="dateline"} is kept on purpose), and none removes the {@code <body>},
 * {@code <main>}, {@code <article>} or an element marked as the article body.
 */
public final class HtmlCleaners {
    private HtmlCleaners() {}

    /**
     * The default chain, in the order given in the class comment.
     *
     * @return an immutable list
     */
    public static List<HtmlCleaner> defaults() {
        return List.of(nonContent(), boilerplate(), captions());
    }

    /**
     * Elements that never hold story text, named {@code "html-non-content"}: {@code script}, {@code style},
     * {@code noscript}, {@code template}, {@code svg}, {@code iframe}, {@code form} controls, {@code button},
     * embedded objects, and elements hidden with the {@code hidden} attribute or {@code display:none}.
     *
     * @return the cleaner
     */
    public static HtmlCleaner nonContent() {
        return Boilerplate.nonContent();
    }

    /**
     * Page furniture, named {@code "html-boilerplate"}: navigation ({@code nav}, {@code role="navigation"}),
     * page headers and footers outside the article, {@code aside}, share bars, comment sections, related
     * and recommended links, advertisements, cookie and consent banners, newsletter and subscription boxes,
     * breadcrumbs, tag lists, and pop-ups, recognised by tag, ARIA role and class or id words.
     *
     * @return the cleaner
     */
    public static HtmlCleaner boilerplate() {
        return Boilerplate.boilerplate();
    }

    /**
     * Image and video captions and credits, named {@code "html-captions"}: {@code figcaption}, and elements
     * whose class or id says caption or credit, inside or outside a {@code figure}.
     *
     * @return the cleaner
     */
    public static HtmlCleaner captions() {
        return Boilerplate.captions();
    }

    /**
     * A site rule: removes every element that matches a CSS selector (jsoup syntax), recording each.
     *
     * @param name the name recorded with removals
     * @param cssSelector a jsoup CSS selector, such as {@code "div.promo, aside#more"}
     * @return the cleaner
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank or the selector does not parse
     */
    public static HtmlCleaner removing(String name, String cssSelector) {
        Objects.requireNonNull(cssSelector, "cssSelector");
        Evaluator evaluator;
        try {
            evaluator = Selector.evaluatorOf(cssSelector);
        } catch (Selector.SelectorParseException e) {
            throw new IllegalArgumentException("bad CSS selector '" + cssSelector + "': " + e.getMessage(), e);
        }
        return SelectorCleaner.of(name, evaluator);
    }
}
