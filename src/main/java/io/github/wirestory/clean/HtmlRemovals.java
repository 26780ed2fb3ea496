package io.github.wirestory.clean;

import org.jsoup.nodes.Element;

/**
 * Where an {@link HtmlCleaner} removes elements. The parser supplies the implementation: each removal
 * detaches the element from the page and records its visible text, with the cleaner's name, as a
 * {@link io.github.wirestory.model.Removal}. Elements without visible text (scripts, empty containers) are
 * removed without a record, since no text is lost.
 *
 * <pre>{@code
 * HtmlCleaner c = HtmlCleaner.named("sponsor-box", (doc, removals) ->
 *     doc.select("div.sponsor").forEach(removals::remove));
 * }</pre>
 */
public interface HtmlRemovals {

    /**
     * Detaches the element from the page and records its text. Removing an element that is no longer
     * attached (an ancestor was removed first) does nothing. Each removal shifts the rest of the parent's
     * children in jsoup's tree: to remove many children of one parent (thousands of siblings on a hostile
     * page), prefer a selector rule ({@link HtmlCleaners#removing}), which detaches them together.
     *
     * @param element the element to remove
     */
    void remove(Element element);

    /**
     * Reports text a cleaner removed or rewrote by other means (for instance by editing a text node).
     *
     * @param text the text as it was
     */
    void removed(String text);
}
