package io.github.wirestory.internal.html;

import io.github.wirestory.clean.HtmlCleaner;
import io.github.wirestory.clean.HtmlRemovals;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The built-in HTML cleaners. Each is one pass over the page: matching elements are collected (their
 * subtrees skipped) and removed after the pass. Ancestors of the article body (an element marked
 * {@code itemprop="articleBody"} or with an article-body class such as {@code article-body},
 * {@code story__content}, {@code entry-content}) are never removed.
 */
public final class Boilerplate {
    private static final Set<String> NON_CONTENT_TAGS = Set.of("script", "style", "noscript", "template", "svg",
            "canvas", "iframe", "object", "embed", "button", "input", "select", "textarea", "option", "link",
            "meta", "video", "audio", "map", "dialog");

    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu");

    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "contentinfo", "complementary",
            "search", "dialog", "menu", "menubar", "alertdialog", "toolbar", "banner");

    /**
     * Words that mark furniture whatever other words the class has, unless the element also has a
     * positive word and holds much text ({@code article-body share-enabled}).
     */
    static final Set<String> STRONG = Set.of("comment", "comments", "disqus", "share", "sharing",
            "sharebar", "shares", "social", "socials", "newsletter", "newsletters", "subscribe", "subscription",
            "signup", "cookie", "cookies", "consent", "gdpr", "breadcrumb", "breadcrumbs", "related",
            "recommended", "recommendation", "recommendations", "recirc", "recirculation", "outbrain", "taboola",
            "promo", "promos", "promotion", "advert", "advertisement", "advertisements", "advertising", "ads", "ad",
            "adv", "advertorial", "sponsored", "popup", "modal", "trending", "mostread", "mostpopular", "paywall",
            "newsticker", "readmore", "morestories", "pagination", "pager", "rating", "teaser", "teasers");

    /** Words that mark furniture unless the class also says article, body, content, story, text... */
    static final Set<String> WEAK = Set.of("footer", "foot", "nav", "navigation", "navbar", "menu",
            "header", "masthead", "banner", "rail", "aside", "tags", "tag", "topics", "keywords", "tools",
            "print", "skip", "utility", "utilities", "login", "search", "more", "follow", "bio", "about",
            "donate", "donation", "subnav", "flyout", "dropdown", "overlay", "sticky", "top", "bottom",
            "links", "hidden", "meta", "categories", "category", "author", "authors", "byline", "bylines",
            "date", "time", "timestamp", "published", "updated", "info", "details", "contact", "feedback",
            "logo", "brand", "list", "video", "player", "gallery", "audio", "podcast", "embed", "affiliate",
            "sidebar", "widget", "widgets", "toolbar", "slideshow", "carousel", "offcanvas");

    /** Short-text-only words: removed only when the element holds little text. */
    static final Set<String> SHORT_ONLY = Set.of("author", "authors", "byline", "bylines", "date", "time",
            "timestamp", "published", "updated", "info", "details", "meta", "list", "more", "links", "video",
            "player", "gallery", "audio", "podcast", "embed", "top", "bottom", "about", "bio", "hidden",
            "teaser", "teasers", "category", "categories", "contact", "feedback", "follow", "sticky", "logo",
            "brand", "rating", "pagination", "pager", "affiliate", "header", "tags", "tag");

    static final Set<String> POSITIVE = Set.of("article", "articles", "body", "content", "story", "text",
            "main", "entry", "post", "paragraph", "copy", "artikel", "inhalt", "beitrag", "contenido", "texto",
            "blog", "news");

    static final Set<String> BODY_FIRST = Set.of("article", "story", "entry", "post", "news", "artikel",
            "blog", "main", "rich", "single", "page");
    static final Set<String> BODY_SECOND = Set.of("body", "content", "text", "copy", "inhalt",
            "contenido", "texto", "paragraphs");

    static final Set<String> CAPTION = Set.of("caption", "captions", "credit", "credits", "photocredit",
            "imagecredit", "figcaption", "copyright");

    static final int SHORT = 250;

    private Boilerplate() {}

    /** @return the {@code html-non-content} cleaner */
    public static HtmlCleaner nonContent() {
        return new Builtin("html-non-content", 0);
    }

    /** @return the {@code html-boilerplate} cleaner */
    public static HtmlCleaner boilerplate() {
        return new Builtin("html-boilerplate", 1);
    }

    /** @return the {@code html-captions} cleaner */
    public static HtmlCleaner captions() {
        return new Builtin("html-captions", 2);
    }

    /**
     * A built-in cleaner. Built-ins that follow each other in a chain share one pass over the page
     * ({@link #runAll}): each element, in document order, is offered to them in chain order, and the first that
     * claims it removes it with everything inside it. This is not quite running them one after the other: an
     * element inside one that a later built-in claims (a hidden {@code button} inside a {@code nav}) is removed
     * and recorded with that element, and each test sees the element's content as it is on the page.
     */
    static final class Builtin implements HtmlCleaner {
        private final String name;
        private final int kind;

        Builtin(String name, int kind) {
            this.name = name;
            this.kind = kind;
        }

        @Override
        public void clean(Document document, HtmlRemovals removals) {
            runAll(document, List.of(this), List.of(removals));
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String toString() {
            return "HtmlCleaner[" + name + "]";
        }
    }

    /** Traversal state. */
    static final class Context {
        int articleDepth;
    }

    /** Runs consecutive built-ins in one pass; {@code sinks.get(i)} records the removals of {@code cleaners.get(i)}. */
    static void runAll(Document doc, List<Builtin> cleaners, List<HtmlRemovals> sinks) {
        runAll(doc, cleaners, sinks, null);
    }

    /**
     * {@link #runAll(Document, List, List)}, also driving {@code measure} (when not null) over what the cleaners
     * keep: the pass skips each removed element's subtree, so it visits the body as it is after the removals.
     */
    static void runAll(Document doc, List<Builtin> cleaners, List<HtmlRemovals> sinks,
            TextBlocks.Builder measure) {
        boolean needKeep = false;
        for (Builtin b : cleaners) {
            needKeep |= b.kind != 0;
        }
        Set<Element> keep = needKeep ? protectedAncestors(doc) : Set.of();
        List<List<Element>> hits = new ArrayList<>();
        for (int i = 0; i < cleaners.size(); i++) {
            hits.add(new ArrayList<>());
        }
        Element root = doc.body() != null ? doc.body() : doc;
        int[] kinds = new int[cleaners.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = cleaners.get(i).kind;
        }
        new Pass(kinds, hits, keep, root, measure).walk();
        for (int i = 0; i < cleaners.size(); i++) {
            for (Element e : hits.get(i)) {
                sinks.get(i).remove(e);
            }
        }
    }

    /**
     * The built-ins' shared pass: {@link Walk#filter}'s walk with the head and tail called directly (one call
     * site each, which the JIT inlines, where Walk's shared call site dispatches over every filter of the
     * package). An element a cleaner claims is recorded and its subtree skipped; the rest, as kept, drives the
     * measuring builder (when given).
     */
    private static final class Pass {
        private final int[] kinds;
        private final List<List<Element>> hits;
        private final Set<Element> keep;
        private final Element root;
        private final TextBlocks.Builder measure;
        private final Context ctx = new Context();
        private final ClassWords.Cache cache = ClassWords.cache();

        Pass(int[] kinds, List<List<Element>> hits, Set<Element> keep, Element root, TextBlocks.Builder measure) {
            this.kinds = kinds;
            this.hits = hits;
            this.keep = keep;
            this.root = root;
            this.measure = measure;
        }

        void walk() {
            head(root, 0); // the root is never claimed
            if (root.childNodeSize() == 0) {
                tail(root, 0);
                return;
            }
            // the open elements are reached through their parents: the walk stores no node references
            int[] next = new int[32];
            int top = 0;
            Element parent = root;
            while (true) {
                int i = next[top];
                if (i == parent.childNodeSize()) {
                    tail(parent, top);
                    if (top == 0) {
                        return;
                    }
                    top--;
                    parent = parent.parent();
                    continue;
                }
                next[top] = i + 1;
                Node child = parent.childNode(i);
                int depth = top + 1;
                if (!(child instanceof Element e)) {
                    if (measure != null) {
                        measure.head(child, depth); // a leaf: no tail for it
                    }
                    continue;
                }
                if (!head(e, depth)) {
                    continue; // claimed: skipped entirely
                }
                if (e.childNodeSize() > 0) {
                    if (depth == next.length) {
                        next = java.util.Arrays.copyOf(next, depth * 2);
                    }
                    next[depth] = 0;
                    top = depth;
                    parent = e;
                } else {
                    tail(e, depth);
                }
            }
        }

        /** False when a cleaner claims the element. */
        private boolean head(Element e, int depth) {
            if (e != root) {
                boolean attributes = e.attributesSize() != 0; // once for all the cleaners' tests
                int f = attributes ? ClassWords.flagsWithAttributes(e, cache) : 0;
                for (int i = 0; i < kinds.length; i++) {
                    if (test(kinds[i], e, ctx, keep, f, attributes)) {
                        hits.get(i).add(e);
                        return false;
                    }
                }
            }
            if (isArticleScope(e)) {
                ctx.articleDepth++;
            }
            if (measure != null) {
                measure.head(e, depth);
            }
            return true;
        }

        private void tail(Element e, int depth) {
            if (isArticleScope(e)) {
                ctx.articleDepth--;
            }
            if (measure != null) {
                measure.tail(e, depth);
            }
        }
    }

    /** Whether the cleaner of this kind removes the element; {@code f} is its class-word flags. */
    private static boolean test(int kind, Element e, Context ctx, Set<Element> keep, int f, boolean attributes) {
        switch (kind) {
            case 0:
                return nonContent(e, ctx, f, attributes);
            case 1:
                return Furniture.remove(e, ctx, keep, f, attributes);
            default:
                return !keep.contains(e) && isCaption(e, f);
        }
    }

    private static boolean isArticleScope(Element e) {
        String t = e.normalName();
        return t.equals("article") || t.equals("main");
    }

    static boolean nonContent(Element e, Context ctx, int f, boolean attributes) {
        String tag = e.normalName();
        if (NON_CONTENT_TAGS.contains(tag)) {
            return true;
        }
        if (!attributes) {
            return false;
        }
        if (e.attributes().hasKey("hidden")
                || "true".equalsIgnoreCase(e.attributes().get("aria-hidden")) && shortText(e, SHORT)) {
            return true;
        }
        String style = e.attributes().get("style");
        if (!style.isEmpty() && isHiddenStyle(style)) {
            return true;
        }
        return (f & ClassWords.SCREEN_READER) != 0 || (f & ClassWords.HIDE) != 0 && shortText(e, SHORT);
    }

    static boolean isHiddenStyle(String style) {
        String s = style.length() > 300 ? style.substring(0, 300) : style;
        s = s.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static final class Furniture {
        private Furniture() {}

        static boolean remove(Element e, Context ctx, Set<Element> keep, int f, boolean attributes) {
            if (keep.contains(e)) {
                return false;
            }
            String tag = e.normalName();
            if (tag.equals("body") || tag.equals("html") || tag.equals("main")) {
                return false;
            }
            if (FURNITURE_TAGS.contains(tag)) {
                return true;
            }
            if (tag.equals("header") && ctx.articleDepth == 0) {
                return true;
            }
            if (tag.equals("form") && shortText(e, SHORT)) {
                return true;
            }
            String role = attributes ? e.attributes().get("role") : "";
            if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))
                    && !(role.equalsIgnoreCase("banner") && ctx.articleDepth > 0)) {
                return true;
            }
            if (f == 0 || (f & ClassWords.DATELINE) != 0) {
                return false;
            }
            boolean positive = (f & ClassWords.POSITIVE) != 0;
            boolean strongApplies = (f & ClassWords.STRONG) != 0 && !(positive && !shortText(e, 500));
            if (strongApplies && (f & ClassWords.STRONG_HARD) != 0) {
                return true;
            }
            boolean weakApplies = false;
            int walked = -1; // what the weak words' walk found, when it was made
            if ((f & (ClassWords.WEAK_HARD | ClassWords.WEAK_SOFT)) != 0 && !positive) {
                walked = smallOrLinkyWalk(e);
                weakApplies = (walked & SMALL_OR_LINKY) != 0;
            }
            if (weakApplies && (f & ClassWords.WEAK_HARD) != 0) {
                return true;
            }
            if ((strongApplies || weakApplies)
                    && (walked >= 0 ? (walked & SHORT_TEXT) != 0 : shortText(e, SHORT))) {
                return true;
            }
            return false;
        }
    }

    static boolean isCaption(Element e, int f) {
        String tag = e.normalName();
        if (tag.equals("figcaption")) {
            return true;
        }
        if (tag.equals("figure")) {
            return true;
        }
        return (f & ClassWords.CAPTION) != 0 && shortText(e, 600);
    }

    /**
     * Whether an element is small (at most 1000 chars of text) or mostly links: what a weak word such as
     * {@code widget} or {@code sidebar} needs before it removes a container. Reads at most 3000 chars.
     */
    static boolean smallOrLinky(Element e) {
        return (smallOrLinkyWalk(e) & SMALL_OR_LINKY) != 0;
    }

    static final int SMALL_OR_LINKY = 1;
    static final int SHORT_TEXT = 2;

    /**
     * {@link #smallOrLinky} ({@link #SMALL_OR_LINKY}) and {@code shortText(e, SHORT)} ({@link #SHORT_TEXT}) from
     * one walk. The walk reads the whole subtree unless it holds more than 3000 chars or 12000 nodes, so its
     * counts tell whether it holds at most {@value #SHORT} chars in at most {@code 4 * SHORT} nodes, which is
     * what {@link #shortText} answers.
     */
    static int smallOrLinkyWalk(Element e) {
        int max = 3000;
        int[] kinds = new int[2];
        long walked = countText(e, max, kinds);
        int chars = (int) walked;
        int nodes = (int) (walked >>> 32);
        // prose in paragraphs (not links) is what an article has and a sidebar has not
        int found = kinds[0] * 2 > chars || chars <= 1000 && kinds[1] < 200 ? SMALL_OR_LINKY : 0;
        // stopped early, the walk counted over 3000 chars or 12000 nodes: not short either way
        return nodes <= 4 * SHORT && chars <= SHORT ? found | SHORT_TEXT : found;
    }

    /** Whether an element holds at most {@code max} chars of text; stops reading after that many. */
    static boolean shortText(Element e, int max) {
        long walked = countText(e, max, null);
        return (int) (walked >>> 32) <= 4 * max && (int) walked <= max;
    }

    /**
     * The text-size walk of {@link #shortText} and {@link #smallOrLinkyWalk}: depth-first in document order with the
     * ancestors on a stack (no callbacks), it counts the subtree's nodes ({@code e} included) and the non-white-space
     * chars of its texts, and stops once there are more than {@code 4 * max} nodes or {@code max} chars. With
     * {@code kinds}, it also adds the chars of texts inside a link to {@code kinds[0]}, and of other texts inside a
     * paragraph to {@code kinds[1]} (looking at the six nearest ancestors below {@code e}).
     *
     * @return the nodes counted in the high 32 bits, the chars in the low 32
     */
    private static long countText(Element e, int max, int[] kinds) {
        int chars = 0;
        int nodes = 1; // e itself
        if (e.childNodeSize() > 0 && nodes <= 4 * max) {
            Element[] parents = new Element[8];
            int[] next = new int[8];
            // with kinds: the level of the nearest link and paragraph at or above each level, below e (FAR: none)
            int[] link = kinds != null ? new int[8] : null;
            int[] para = kinds != null ? new int[8] : null;
            int top = 0;
            parents[0] = e;
            if (kinds != null) {
                link[0] = FAR;
                para[0] = FAR;
            }
            while (top >= 0) {
                Element parent = parents[top];
                int i = next[top];
                if (i == parent.childNodeSize()) {
                    top--;
                    continue;
                }
                next[top] = i + 1;
                Node child = parent.childNode(i);
                if (++nodes > 4 * max) {
                    break;
                }
                if (child instanceof TextNode t) {
                    int n = nonSpace(t.getWholeText(), max + 1 - chars);
                    chars += n;
                    if (kinds != null && n > 0) {
                        // a link or a paragraph among the six nearest ancestors below e: parents[top .. top - 5]
                        if (top - link[top] < 6) {
                            kinds[0] += n;
                        } else if (top - para[top] < 6) {
                            kinds[1] += n;
                        }
                    }
                    if (chars > max) {
                        break;
                    }
                } else if (child instanceof Element c && c.childNodeSize() > 0) {
                    top++;
                    if (top == parents.length) {
                        parents = java.util.Arrays.copyOf(parents, top * 2);
                        next = java.util.Arrays.copyOf(next, top * 2);
                        if (kinds != null) {
                            link = java.util.Arrays.copyOf(link, top * 2);
                            para = java.util.Arrays.copyOf(para, top * 2);
                        }
                    }
                    parents[top] = c;
                    next[top] = 0;
                    if (kinds != null) {
                        String tag = c.normalName();
                        link[top] = tag.equals("a") ? top : link[top - 1];
                        para[top] = tag.equals("p") ? top : para[top - 1];
                    }
                }
            }
        }
        return (long) nodes << 32 | chars;
    }

    /** No link or paragraph level in {@link #countText}: far enough below any level never to be among its six. */
    private static final int FAR = -64;

    /** The non-white-space chars ({@link Character#isWhitespace}) of {@code s}, counted up to {@code limit}. */
    static int nonSpace(String s, int limit) {
        int n = 0;
        int len = s.length();
        for (int i = 0; i < len && n < limit; i++) {
            char c = s.charAt(i);
            if (c > ' ') {
                // above the space and below U+0080 nothing is white space
                if (c < 0x80 || !Character.isWhitespace(c)) {
                    n++;
                }
            } else if (c != ' ' && (c < '\t' || c > '\r') && c < 0x1c) {
                n++; // up to the space, white space is the space, tab to carriage return, and U+001C to U+001F
            }
        }
        return n;
    }

    static final Set<String> BODY_COMPOUNDS = Set.of("articlebody", "storybody", "articlecontent",
            "entrycontent", "postcontent", "storycontent", "articletext", "storytext", "bodytext", "postbody",
            "articlebodytext", "richtext");

    /** Whether the element is marked as the article body. */
    static boolean isBodyMarker(Element e) {
        return e.attributesSize() != 0 && isBodyMarker(e, ClassWords.flags(e));
    }

    /** {@link #isBodyMarker(Element)} with the element's class-word flags already read. */
    static boolean isBodyMarker(Element e, int f) {
        return e.attributesSize() != 0 && isBodyMarkerWithAttributes(e, f);
    }

    /** {@link #isBodyMarker(Element, int)} of an element known to have attributes. */
    static boolean isBodyMarkerWithAttributes(Element e, int f) {
        return isBodyMarkerWithAttributes(e, f, e.attributes().get("itemprop"));
    }

    /** {@link #isBodyMarkerWithAttributes(Element, int)} with the element's {@code itemprop} already read. */
    static boolean isBodyMarkerWithAttributes(Element e, int f, String itemprop) {
        if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text")) {
            return true;
        }
        return (f & ClassWords.BODY) != 0 && (f & (ClassWords.RELATED | ClassWords.COMMENT)) == 0
                && ((f & ClassWords.STRONG) == 0 || !shortText(e, 500));
    }

    /** Marks a body marker and its ancestors (stopping at one already marked). */
    static void markProtected(Element e, Set<Element> keep) {
        Element p = e;
        while (p != null && keep.add(p)) {
            p = p.parent();
        }
    }

    /** Caches a page's protected set for the rest of this parse (the pipeline's page scan computes it). */
    static void remember(Document doc, Set<Element> keep) {
        if (ClassWords.caching()) {
            PROTECTED.set(new Object[] {doc, keep});
        }
    }

    /** The body markers and all their ancestors (one walk up per marker, stopping at a marked ancestor). */
    private static final ThreadLocal<Object[]> PROTECTED = new ThreadLocal<>();

    static Set<Element> protectedAncestors(Document doc) {
        if (!ClassWords.caching()) {
            return computeProtected(doc);
        }
        Object[] cached = PROTECTED.get();
        if (cached != null && cached[0] == doc) {
            @SuppressWarnings("unchecked")
            Set<Element> hit = (Set<Element>) cached[1];
            return hit;
        }
        Set<Element> keep = computeProtected(doc);
        PROTECTED.set(new Object[] {doc, keep});
        return keep;
    }

    /** Forgets the cached set (the pipeline calls this after each parse; within one parse it is kept). */
    static void forget() {
        PROTECTED.remove();
    }

    private static Set<Element> computeProtected(Document doc) {
        Set<Element> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        Element root = doc.body() != null ? doc.body() : doc;
        Walk.traverse((node, depth) -> {
            if (node instanceof Element e && isBodyMarker(e)) {
                markProtected(e, keep);
            }
        }, root);
        return keep;
    }
}
