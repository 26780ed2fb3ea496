package io.github.wirestory.internal.html;

import io.github.wirestory.clean.HtmlCleaner;
import org.jsoup.select.Evaluator;

/** The site rule behind {@code HtmlCleaners.removing}: removes every element a CSS selector matches. */
public final class SelectorCleaner {
    private SelectorCleaner() {}

    /**
     * A cleaner that removes and records every element the evaluator matches, in document order, in linear time
     * (many matched siblings are detached together, not one by one).
     *
     * @param name the name recorded with removals
     * @param evaluator the parsed selector
     * @return the cleaner
     */
    public static HtmlCleaner of(String name, Evaluator evaluator) {
        return HtmlCleaner.named(name, (document, removals) ->
                HtmlCleanerChain.removeAll(removals, document.select(evaluator)));
    }
}
