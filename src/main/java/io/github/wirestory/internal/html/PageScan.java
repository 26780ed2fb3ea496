package io.github.wirestory.internal.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import io.github.wirestory.internal.Regions;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;

/** One pass over the whole page collecting everything metadata is read from. */
final class PageScan {
    private static final int MAX_PER_KIND = 20;

    /**
     * Meta tags by lower-case key ({@code property}, {@code name}, {@code itemprop}), values in page order as the
     * page gives them: read them through {@link #meta(String)} and {@link #metaAll(String)}, which collapse white
     * space.
     */
    final Map<String, List<String>> meta = new HashMap<>();
    final List<String> jsonLd = new ArrayList<>();
    String title = "";
    /** h1 texts, and whether each lies inside article or main. */
    final List<String> h1 = new ArrayList<>();
    final List<Boolean> h1InArticle = new ArrayList<>();
    /** h1 texts without kicker, overline and hidden separator parts ({@code <span class="kicker">}). */
    final List<String> h1Core = new ArrayList<>();
    /** Short visible texts that may hold a date, in page order, and whether each comes after the first h1. */
    final List<String> dateTexts = new ArrayList<>();
    final List<Boolean> dateTextAfterH1 = new ArrayList<>();
    final List<Boolean> dateTextInComments = new ArrayList<>();
    /** Short visible "By ..." lines. */
    final List<String> byLines = new ArrayList<>();
    /** Short texts of credit and source markup ({@code <p class="credit">JIJI</p>}). */
    final List<String> credits = new ArrayList<>();
    /**
     * Microdata by itemprop (outside meta tags): the {@link #MICRODATA_KEYS} metadata reads, each with its first
     * value only (the only one read).
     */
    final Map<String, List<String>> itemprop = new HashMap<>();
    final List<String> relAuthor = new ArrayList<>();
    final List<String> bylineMarkup = new ArrayList<>();
    final List<String> timePubdate = new ArrayList<>();
    final List<String> timeAny = new ArrayList<>();
    String canonical = "";
    /** Article-body markers and their ancestors, for the boilerplate cleaner. */
    final java.util.Set<Element> bodyMarkers = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private boolean inBody;
    private int figureDepth;
    private int commentDepth;
    private final List<Element> commentElements = new ArrayList<>();

    static final java.util.Set<String> COMMENT_WORDS = java.util.Set.of("comment", "comments", "kommentar",
            "kommentare", "respond", "discussion", "reply", "replies", "disqus", "forum", "commentlist");

    private int flags;
    /** {@link Element#text()}, with one buffer for the page. */
    private final ElementText texts;
    private final ClassWords.Cache cache = ClassWords.cache();
    String lang = "";
    /** The mark {@link UnreadData} gave jsoup in place of skipped contents, or null when none were skipped. */
    private final String mark;
    /** Script and style elements holding exactly {@link #mark}. */
    int marks;

    private PageScan(ElementText texts, String mark) {
        this.texts = texts;
        this.mark = mark;
    }

    private static final Evaluator HTML = QueryParser.parse("html");
    private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");

    static PageScan of(Document doc) {
        return of(doc, new ElementText(), null);
    }

    /**
     * {@link #of(Document)}, building element texts with {@code texts}, and counting in {@link #marks} the script
     * and style elements whose only data is {@code mark} (null: nothing was emptied).
     */
    static PageScan of(Document doc, ElementText texts, String mark) {
        PageScan s = new PageScan(texts, mark);
        // the first element in document order is the document's first child: jsoup's parser always puts the
        // html element there; a hand-built document may not
        Element html = doc.firstElementChild();
        if (html == null || !html.normalName().equals("html")) {
            html = doc.selectFirst(HTML);
        }
        if (html != null) {
            s.lang = html.attr("lang");
        }
        s.walk(doc);
        Boilerplate.remember(doc, s.bodyMarkers);
        return s;
    }

    /**
     * {@link Walk#filter}'s walk with this scan's {@link #head} and {@link #tail} called directly: one call site
     * each, which the JIT inlines, where Walk's shared call site dispatches over every filter of the package.
     * Text and other leaf nodes are handled in the loop ({@code tail} does nothing for them).
     */
    private void walk(Element root) {
        NodeFilter.FilterResult r = head(root);
        if (r == NodeFilter.FilterResult.SKIP_ENTIRELY) {
            return;
        }
        if (r != NodeFilter.FilterResult.CONTINUE || root.childNodeSize() == 0) {
            tail(root, scope);
            return;
        }
        Element[] parents = new Element[32];
        int[] next = new int[32];
        int[] scopes = new int[32]; // each open element's scope, for its tail
        int top = 0;
        parents[0] = root;
        scopes[0] = scope;
        while (top >= 0) {
            Element parent = parents[top];
            int i = next[top];
            if (i == parent.childNodeSize()) {
                tail(parent, scopes[top]);
                top--;
                continue;
            }
            next[top] = i + 1;
            Node child = parent.childNode(i);
            if (!(child instanceof Element e)) {
                if (child instanceof TextNode t) {
                    text(t);
                }
                continue;
            }
            NodeFilter.FilterResult cr = head(e);
            if (cr == NodeFilter.FilterResult.CONTINUE && e.childNodeSize() > 0) {
                int depth = top + 1;
                if (depth == parents.length) {
                    parents = java.util.Arrays.copyOf(parents, depth * 2);
                    next = java.util.Arrays.copyOf(next, depth * 2);
                    scopes = java.util.Arrays.copyOf(scopes, depth * 2);
                }
                parents[depth] = e;
                next[depth] = 0;
                scopes[depth] = scope;
                top = depth;
            } else if (cr != NodeFilter.FilterResult.SKIP_ENTIRELY) {
                tail(e, scope);
            }
        }
    }

    private int articleDepth;
    /** The scope the last {@link #head} entered: {@link #ARTICLE}, {@link #FIGURE} or 0; its tail leaves it. */
    private int scope;
    private static final int ARTICLE = 1;
    private static final int FIGURE = 2;

    private NodeFilter.FilterResult head(Element e) {
        String tag = e.normalName();
        scope = 0;
        // one switch on the tag (its hash code is cached): the elements skipped here are left before their
        // class-word flags are read, which nothing of theirs uses (a meta tag or a script has no children in
        // the walk, and no tail to leave a comment scope in)
        boolean h1Tag = false;
        boolean timeTag = false;
        switch (tag) {
            case "body":
                inBody = true;
                break;
            case "article":
            case "main":
                articleDepth++;
                scope = ARTICLE;
                break;
            case "figure":
            case "picture":
            case "figcaption":
                figureDepth++;
                scope = FIGURE;
                break;
            case "h1":
                h1Tag = true;
                break;
            case "time":
                timeTag = true;
                break;
            case "meta":
                meta(e);
                return NodeFilter.FilterResult.SKIP_CHILDREN;
            case "script":
                script(e);
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            case "style":
                if (mark != null && UnreadData.isMark(e, mark)) {
                    marks++;
                }
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            case "noscript":
            case "template":
            case "svg":
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            case "title":
                if (title.isEmpty() && !inSvg(e)) {
                    title = Text.collapse(texts.of(e));
                }
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            case "link":
                if (e.attr("rel").equalsIgnoreCase("canonical") && canonical.isEmpty()) {
                    canonical = e.attr("href");
                }
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            default:
                break;
        }
        int size = e.attributesSize(); // counted once (jsoup counts them on each call)
        boolean attributes = size != 0;
        int read = attributes ? ClassWords.flagsAndOthers(e, cache, size) : 0;
        flags = read & ~ClassWords.OTHER_ATTRIBUTES;
        boolean others = (read & ClassWords.OTHER_ATTRIBUTES) != 0; // attributes but class and id
        if ((flags & ClassWords.COMMENT) != 0) {
            commentDepth++;
            commentElements.add(e);
        }
        if (h1Tag) {
            h1(e, articleDepth > 0);
        } else if (timeTag) {
            time(e);
        }
        NodeFilter.FilterResult r = visit(e, tag, attributes, others);
        if (r == NodeFilter.FilterResult.SKIP_ENTIRELY) {
            tail(e, scope); // no tail comes for it: leave what it entered (an <svg class="comment-icon">)
        }
        return r;
    }

    /** Leaves what the element's head entered ({@code scope}: what {@link #head} set for it). */
    private void tail(Element e, int scope) {
        if (scope == ARTICLE) {
            articleDepth--;
        } else if (scope == FIGURE) {
            figureDepth--;
        }
        if (!commentElements.isEmpty() && commentElements.get(commentElements.size() - 1) == e) {
            commentElements.remove(commentElements.size() - 1);
            commentDepth--;
        }
    }

    private void meta(Element e) {
        String content = e.attr("content");
        if (content.isBlank()) {
            content = e.attr("value");
        }
        if (!content.isBlank()) {
            // stored as it is: white space is collapsed when a value is read (meta, metaAll), and the reader reads
            // a few keys of the tens a page has
            for (String k : META_KEYS) {
                String key = e.attr(k);
                if (!key.isEmpty()) {
                    putValue(meta, key.strip().toLowerCase(Locale.ROOT), content);
                }
            }
        }
    }

    private void script(Element e) {
        if (mark != null && UnreadData.isMark(e, mark)) {
            marks++;
            return;
        }
        String type = e.attr("type").toLowerCase(Locale.ROOT);
        if (type.contains("ld+json") && jsonLd.size() < MAX_PER_KIND) {
            if (e.childNodeSize() == 1 && e.childNode(0) instanceof DataNode only) {
                jsonLd.add(only.getWholeData()); // the usual script: its one data node, not a copy
            } else {
                StringBuilder sb = new StringBuilder();
                for (Node c : e.childNodes()) {
                    if (c instanceof DataNode d) {
                        sb.append(d.getWholeData());
                    }
                }
                jsonLd.add(sb.toString());
            }
        }
    }

    private void h1(Element e, boolean inArticle) {
        if (h1.size() < MAX_PER_KIND) {
            String t = Text.collapse(texts.of(e));
            if (!t.isEmpty()) {
                h1.add(t);
                h1InArticle.add(inArticle);
                h1Core.add(coreText(e, t));
            }
        }
    }

    private void time(Element e) {
        String dt = e.attr("datetime");
        if (dt.isBlank()) {
            dt = texts.of(e);
        }
        if (!dt.isBlank()) {
            if (e.hasAttr("pubdate") || (flags & ClassWords.PUBLISHED) != 0
                    || e.attr("itemprop").equalsIgnoreCase("datePublished")) {
                addLimited(timePubdate, dt);
            } else if ((flags & ClassWords.UPDATED) == 0) {
                addLimited(timeAny, dt);
            }
        }
    }

    /** {@code others}: whether the element has attributes besides a non-empty class and id (none are read if not). */
    private NodeFilter.FilterResult visit(Element e, String tag, boolean attributes, boolean others) {
        if (!attributes) {
            return NodeFilter.FilterResult.CONTINUE;
        }
        org.jsoup.nodes.Attributes attrs = e.attributes();
        String ip = others ? attrs.get("itemprop") : ""; // read once, here and for the body marker
        if (inBody && Boilerplate.isBodyMarkerWithAttributes(e, flags, ip)) {
            Boilerplate.markProtected(e, bodyMarkers);
        }
        if (!ip.isEmpty()) { // not a meta tag: those are read by meta
            microdata(e, ip);
        }
        if (others && tag.equals("a") && commentDepth == 0
                && attrs.get("rel").toLowerCase(Locale.ROOT).contains("author")) {
            String t = Text.collapse(texts.of(e));
            if (!t.isEmpty()) {
                addLimited(relAuthor, t);
            }
        }
        if ((flags & ClassWords.CREDIT) != 0 && (flags & ClassWords.NOT_CREDIT) == 0 && credits.size() < MAX_PER_KIND
                && figureDepth == 0) {
            if (Boilerplate.shortText(e, 40)) {
                String t = Text.collapse(texts.of(e));
                if (!t.isEmpty()) {
                    credits.add(t);
                }
            }
        }
        // the page's own elements are no byline, whatever their classes say (WordPress gives the body
        // "single-author" on a blog of one author): taken as one, the scan would skip the whole page
        if (((flags & (ClassWords.BY | ClassWords.NOT_BY)) == ClassWords.BY && bylineMarkup.size() < MAX_PER_KIND
                && commentDepth == 0 || others && bylineMarkup.size() < MAX_PER_KIND && commentDepth == 0
                && isBylineTestId(attrs.get("data-testid"))) && !tag.equals("body") && !tag.equals("html")) {
            String t = shortText(e);
            if (!t.isEmpty()) {
                bylineMarkup.add(t);
            } else if (!Boilerplate.shortText(e, 200)) {
                return NodeFilter.FilterResult.CONTINUE; // a long text is no byline: read what it holds
            }
            if (mark != null) {
                marks += UnreadData.marksBelow(e, mark); // the walk does not go below it
            }
            return NodeFilter.FilterResult.SKIP_CHILDREN;
        }
        return NodeFilter.FilterResult.CONTINUE;
    }

    /** The itemprops {@link MetadataReader} reads (lower-case). */
    static final java.util.Set<String> MICRODATA_KEYS = java.util.Set.of("headline", "author", "creator",
            "datepublished", "datecreated", "datemodified");

    /**
     * Records the element's microdata value when metadata reads its key and the key has no value yet: the value of
     * any other itemprop (name, image, articleSection, ...), or a later one, would only be made (often from the
     * element's text) to be dropped.
     */
    private void microdata(Element e, String ip) {
        String key = ip.strip().toLowerCase(Locale.ROOT);
        if (!MICRODATA_KEYS.contains(key) || itemprop.containsKey(key)) {
            return; // a key is in the map once it has a (non-blank) value
        }
        String value;
        if (key.equals("author") || key.equals("creator")) {
            Element name = e.selectFirst(ITEMPROP_NAME);
            value = name != null ? (name.hasAttr("content") ? name.attr("content") : texts.of(name))
                    : e.hasAttr("content") ? e.attr("content") : shortText(e);
        } else if (e.hasAttr("content")) {
            value = e.attr("content");
        } else if (e.hasAttr("datetime")) {
            value = e.attr("datetime");
        } else {
            value = shortText(e);
        }
        if (!value.isBlank()) {
            add(itemprop, key, value);
        }
    }

    static final java.util.Set<String> KICKER = java.util.Set.of("kicker", "dachzeile", "overline",
            "toptitle", "roofline", "subheadline", "topline", "eyebrow", "supertitle", "titleheader", "colon",
            "hiddendash", "section", "spitzmarke", "label", "rubric", "rubrik", "category", "hidden", "flag",
            "overhead", "topic", "prefix", "superline", "overtitle", "preheadline", "pretitle", "tag");

    /** The h1's text without its kicker-like parts; the full text when there are none. */
    private static String coreText(Element h1, String full) {
        if (h1.firstElementChild() == null) { // no child element (childrenSize builds the list of them)
            return full;
        }
        StringBuilder sb = new StringBuilder();
        boolean[] cut = {false};
        Walk.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText());
                } else if (node instanceof Element c && c != h1) {
                    if (c.normalName().equals("br")) {
                        sb.append(' ');
                    }
                    if ((ClassWords.flags(c) & ClassWords.KICKER) != 0
                            || "true".equals(c.attr("aria-hidden"))) {
                        cut[0] = true;
                        return FilterResult.SKIP_ENTIRELY;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, h1);
        if (!cut[0]) {
            return full;
        }
        String core = Text.collapse(sb.toString());
        return core.length() >= 10 ? core : full;
    }


    private void text(TextNode t) {
        String raw = t.getWholeText();
        if (raw.length() > 200) {
            return;
        }
        // the stripped text is made only for the few nodes that may be a date or a byline
        int begin = Regions.stripBegin(raw, 0, raw.length());
        if (begin == raw.length()) {
            return; // blank (jsoup's blank is white space to Character.isWhitespace too)
        }
        int end = Regions.stripEnd(raw, begin, raw.length());
        boolean maybeDate = dateTexts.size() < 300 && end - begin <= 100 && hasDigitRun(raw); // no digit stripped
        boolean maybeBy = byLines.size() < 10 && commentDepth == 0 && end > begin
                && "BVPATDWR".indexOf(raw.charAt(begin)) >= 0;
        if (!maybeDate && !maybeBy) {
            return;
        }
        String s = raw.substring(begin, end); // raw.strip()
        if (maybeDate) {
            dateTexts.add(s);
            dateTextAfterH1.add(!h1.isEmpty());
            dateTextInComments.add(commentDepth > 0);
        }
        if (maybeBy && startsLikeByline(s)) {
            Element p = t.parent();
            String line = s;
            for (int up = 0; p != null && up < 3; up++, p = p.parent()) {
                if (!Boilerplate.shortText(p, 120)) {
                    break;
                }
                line = Text.collapse(texts.of(p));
                if (line.length() > s.length() + 2 || s.length() > 6) {
                    break;
                }
            }
            if (line.length() <= 120) {
                byLines.add(line);
            }
        }
    }

    private static final String[] BY_WORDS = {"By", "BY", "Von", "VON", "Par ", "Por ", "Auteur", "Autor",
        "Author", "Text:", "Texto:", "Door ", "Written by", "Reported by"};

    private static boolean startsLikeByline(String s) {
        if (s.isEmpty() || "BVPATDWR".indexOf(s.charAt(0)) < 0) {
            return false; // no word of BY_WORDS starts otherwise
        }
        for (String w : BY_WORDS) {
            if (s.startsWith(w)) {
                return s.length() == w.length() || !Character.isLowerCase(s.charAt(w.length()));
            }
        }
        return false;
    }

    /** At least four digits: enough for a year, or a day, month and two-digit year. */
    private static boolean hasDigitRun(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9' || c >= 0x80 && Character.isDigit(c)) && ++n >= 4) {
                return true;
            }
        }
        return false;
    }

    private static boolean inSvg(Element e) {
        Element p = e.parent();
        return p != null && !p.normalName().equals("head") && !p.normalName().equals("html");
    }

    static final java.util.Set<String> BY_CLASS = java.util.Set.of("byline", "author", "autorin",
            "verfasser", "autorenzeile", "autorzeile", "authorline", "authors", "autor", "autoren", "bylines",
            "writer", "reporter", "auteur", "autore");
    static final java.util.Set<String> NOT_BY_CLASS = java.util.Set.of("bio", "avatar", "image", "img",
            "photo", "description", "social", "follow", "more", "box", "list", "picture");

    static boolean isBylineTestId(String testId) {
        if (testId.isEmpty()) {
            return false; // absent, or no words
        }
        // a byline word and none of the words that deny one (the two lists share no word): the scanner's
        // flags, which split the value as ClassWords.split does, without making the words
        int f = ClassWords.scan(testId);
        return (f & ClassWords.BY) != 0 && (f & ClassWords.NOT_BY) == 0;
    }


    /** The element's text when short (at most 200 chars), else empty. */
    private String shortText(Element e) {
        if (!Boilerplate.shortText(e, 200)) {
            return "";
        }
        return Text.collapse(texts.of(e));
    }

    private static void add(Map<String, List<String>> map, String key, String value) {
        putValue(map, key, Text.collapse(value));
    }

    /** Adds {@code value} to the key's list (at most {@value #MAX_PER_KIND} values). */
    private static void putValue(Map<String, List<String>> map, String key, String value) {
        List<String> l = map.computeIfAbsent(key, k -> new ArrayList<>(2));
        if (l.size() < MAX_PER_KIND) {
            l.add(value);
        }
    }

    private static final String[] META_KEYS = {"property", "name", "itemprop", "http-equiv"};

    private static void addLimited(List<String> list, String value) {
        if (list.size() < MAX_PER_KIND) {
            list.add(Text.collapse(value));
        }
    }

    /** The first value of a meta key, or null. */
    String meta(String key) {
        List<String> l = meta.get(key);
        if (l == null || l.isEmpty()) {
            return null;
        }
        String v = Text.collapse(l.get(0));
        l.set(0, v);
        return v;
    }

    /** The values of a meta key in page order, white space collapsed, or null. */
    List<String> metaAll(String key) {
        List<String> l = meta.get(key);
        if (l != null) {
            l.replaceAll(Text::collapse);
        }
        return l;
    }

    /** The first microdata value, or null. */
    String itemprop(String key) {
        List<String> l = itemprop.get(key);
        return l == null || l.isEmpty() ? null : l.get(0);
    }
}
