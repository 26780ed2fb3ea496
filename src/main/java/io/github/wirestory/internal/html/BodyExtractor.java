package io.github.wirestory.internal.html;

import io.github.wirestory.model.Removal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the article body in a cleaned page. Content scoring over the DOM, in the spirit of Readability and
 * its descendants, written for this library:
 *
 * <ol>
 *   <li>the page is cut into text blocks ({@link TextBlocks}); every block of 25 chars or more that is not
 *       mostly link text scores {@code 1 + commas + min(chars / 100, 3)}, credited in full to the element
 *       holding it, half to the next ancestor and a third (and less) to the three above;</li>
 *   <li>each scored element starts from its tag (a {@code div} is likelier than a list item) and its class
 *       words ({@code article-body} +25, {@code related} -25), and its total is scaled by
 *       {@code 1 - link density};</li>
 *   <li>the best element wins; sibling elements that score well too (a body split by an advertisement slot)
 *       or are plain paragraphs of prose join it (paragraph continuity);</li>
 *   <li>the blocks of the chosen elements become paragraphs, minus link lists, the headline and byline
 *       repeated, and short furniture lines; each block dropped there is recorded as a removal.</li>
 * </ol>
 *
 * Per-element text and link lengths are computed once from the blocks, walking up at most
 * {@value #MAX_UP} ancestors per block, so the cost is linear in the page size.
 */
final class BodyExtractor {
    static final int MAX_UP = 64;
    static final String NAME = "html-body";

    static final Set<String> POSITIVE = Set.of("article", "body", "content", "entry", "hentry", "main",
            "page", "post", "text", "blog", "story", "artikel", "inhalt", "paragraph", "paragraphs", "richtext",
            "copy", "prose");
    static final Set<String> NEGATIVE = Set.of("comment", "comments", "footer", "foot", "sidebar",
            "related", "share", "sharing", "social", "widget", "promo", "sponsor", "sponsored", "ad", "ads",
            "advert", "advertisement", "banner", "combx", "contact", "masthead", "media", "meta", "outbrain",
            "taboola", "scroll", "shoutbox", "shopping", "tags", "tool", "tools", "nav", "menu", "teaser",
            "teasers", "recommended", "popular", "trending", "newsletter", "subscribe", "caption", "credit",
            "gallery", "hidden", "more", "byline", "author", "bio");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "li", "dd", "h2",
            "h3", "h4", "h5", "h6", "th", "dt", "figcaption", "address");

    /** The extracted body. */
    record Body(List<String> paragraphs, List<Removal> removed) {}

    private static final class Stat {
        int chars;
        int linkChars;
        double score;
        boolean scored;
        int paragraphs;
    }

    private BodyExtractor() {}

    static Body extract(Element body, Optional<String> headline, Optional<String> byline, List<String> names) {
        return extract(body, headline, byline, names, null);
    }

    /**
     * {@link #extract(Element, Optional, Optional, List)} with the body already measured ({@link TextBlocks#measure}
     * of {@code body} as it is now), or {@code measured} null to measure it here.
     */
    static Body extract(Element body, Optional<String> headline, Optional<String> byline, List<String> names,
            TextBlocks.Measured measured) {
        Map<Element, int[]> lengths;
        List<TextBlocks.Block> blocks;
        if (measured != null) {
            lengths = measured.lengths();
            blocks = measured.blocks();
        } else {
            lengths = new IdentityHashMap<>();
            blocks = TextBlocks.measure(body, lengths);
        }
        Map<Element, Stat> stats = new IdentityHashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Stat get(Object key) {
                Stat s = super.get(key);
                if (s == null && key instanceof Element e && lengths.containsKey(e)) {
                    s = newStat(e, lengths);
                    put(e, s);
                }
                return s;
            }
        };
        // score paragraphs into their ancestors; candidates are kept in page order so that ties break the same
        // way on every run
        List<Element> scoredInOrder = new ArrayList<>();
        for (TextBlocks.Block b : blocks) {
            if (b.chars() < 25 || b.linkDensity() > 0.5) {
                continue;
            }
            Element owner = b.owner();
            String tag = owner.normalName();
            if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                continue;
            }
            Element first = PARAGRAPH_TAGS.contains(tag) ? owner.parent() : owner;
            if (tag.equals("li") && (b.chars() < 80)) {
                continue;
            }
            double score = 1 + b.commas() + Math.min(b.chars() / 100, 3);
            Element e = first;
            for (int level = 0; e != null && level < 5; level++, e = e.parent()) {
                Stat s = stats.get(e);
                if (s == null) {
                    s = newStat(e, lengths);
                    stats.put(e, s);
                }
                if (!s.scored) {
                    s.scored = true;
                    s.score = initial(e);
                    scoredInOrder.add(e);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                s.score += score / divider;
                if (level == 0) {
                    s.paragraphs++;
                }
                if (e == body) {
                    break;
                }
            }
        }
        Element top = null;
        double best = 0;
        for (Element candidate : scoredInOrder) {
            Stat s = stats.get(candidate);
            double adjusted = s.score * (1 - density(s));
            if (adjusted > best) {
                best = adjusted;
                top = candidate;
            }
        }
        List<Element> chosen = new ArrayList<>();
        if (top == null) {
            chosen.add(body);
        } else {
            // climb while the parent holds essentially the same text (a lone wrapper)
            while (top.parent() != null && top != body) {
                Element parent = top.parent();
                Stat ps = stats.get(parent);
                Stat ts = stats.get(top);
                if (ps == null || ts == null || ps.chars > ts.chars * 1.1 + 20) {
                    break;
                }
                top = parent;
            }
            chosen = withSiblings(top, stats, best);
        }

        List<Removal> removed = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        String headKey = headline.map(Text::key).orElse("");
        String byKey = byline.map(Text::key).orElse("");
        int maxRepeat = 2 * Math.max(headline.map(String::length).orElse(0), byline.map(String::length).orElse(0))
                + 20;
        String namesKey = namesKey(names);
        // what isNames accepts: the names, or the names after "by " or "von "
        String[] repeats = namesKey == null ? new String[] {headKey, byKey}
                : new String[] {headKey, byKey, namesKey, "by " + namesKey, "von " + namesKey};
        TextBlocks.Measured all = new TextBlocks.Measured(blocks, lengths);
        for (Element root : chosen) {
            for (TextBlocks.Block b : TextBlocks.within(root, all, body)) { // TextBlocks.of(root)
                String t = b.text();
                if (t.length() <= maxRepeat) {
                    int shape = Text.asciiKeyShape(t);
                    if (shape == 0) {
                        continue; // an empty key
                    }
                    if (shape > 0) {
                        // the key compared in place, not built
                        if (repeatsAny(t, repeats)) {
                            continue; // already in the headline or byline
                        }
                    } else {
                        String k = Text.key(t);
                        if (k.isEmpty()) {
                            continue;
                        }
                        if (k.equals(headKey) || k.equals(byKey) || isNames(k, namesKey)) {
                            continue; // already in the headline or byline
                        }
                    }
                }
                String ownerTag = b.owner().normalName();
                if (ownerTag.equals("h1") && paragraphs.isEmpty()) {
                    continue;
                }
                if (b.linkDensity() > 0.5 || isFurniture(t) || isDateLine(t)) {
                    removed.add(new Removal(NAME, t, ""));
                    continue;
                }
                paragraphs.add(t);
            }
        }
        return new Body(paragraphs, removed);
    }

    /** Whether the key of {@code t} (on {@link Text#asciiKeyShape its ASCII path}) is one of {@code keys}. */
    private static boolean repeatsAny(String t, String[] keys) {
        for (String k : keys) {
            if (Text.asciiKeyEquals(t, k)) {
                return true;
            }
        }
        return false;
    }

    private static Stat newStat(Element e, Map<Element, int[]> lengths) {
        Stat s = new Stat();
        int[] l = lengths.get(e);
        if (l != null) {
            s.chars = l[0];
            s.linkChars = l[1];
        }
        return s;
    }

    /** The byline names as one key, or null when there are none. */
    private static String namesKey(List<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            sb.append(' ').append(Text.key(n));
        }
        return sb.toString().strip();
    }

    private static boolean isNames(String key, String all) {
        if (all == null) {
            return false;
        }
        return key.equals(all) || key.startsWith("by ") && key.length() == all.length() + 3 && key.endsWith(all)
                || key.startsWith("von ") && key.length() == all.length() + 4 && key.endsWith(all);
    }

    private static List<Element> withSiblings(Element top, Map<Element, Stat> stats, double topScore) {
        List<Element> out = new ArrayList<>();
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) {
            out.add(top);
            return out;
        }
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        // the parent's child elements in order, read in place (children() and childrenSize() build lists)
        int size = parent.childNodeSize();
        for (int i = 0; i < size; i++) {
            if (!(parent.childNode(i) instanceof Element sib)) {
                continue;
            }
            if (sib == top) {
                out.add(sib);
                continue;
            }
            Stat s = stats.get(sib);
            if (s == null) {
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(sib.className()) ? topScore * 0.2 : 0;
            double score = s.scored ? s.score * (1 - density(s)) : 0;
            if (score + bonus >= threshold && density(s) < 0.3) {
                out.add(sib);
            } else if (PARAGRAPH_TAGS.contains(sib.normalName()) || sib.normalName().equals("div")
                    && sib.firstElementChild() == null) {
                double ld = density(s);
                if (s.chars > 80 && ld < 0.25 || s.chars > 0 && s.chars <= 80 && ld == 0 && endsSentence(sib)) {
                    out.add(sib);
                }
            }
        }
        return out;
    }

    private static boolean endsSentence(Element e) {
        String t = e.text().strip();
        return !t.isEmpty() && ".!?\"”»".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static double initial(Element e) {
        double s;
        switch (e.normalName()) {
            case "div":
            case "article":
            case "section":
            case "main":
                s = 5;
                break;
            case "pre":
            case "td":
            case "blockquote":
                s = 3;
                break;
            case "address":
            case "ol":
            case "ul":
            case "dl":
            case "dd":
            case "dt":
            case "li":
            case "form":
                s = -3;
                break;
            case "h1":
            case "h2":
            case "h3":
            case "h4":
            case "h5":
            case "h6":
            case "th":
                s = -5;
                break;
            default:
                s = 0;
        }
        if (e.normalName().equals("article") || e.attributesSize() > 0 && "articleBody".equalsIgnoreCase(e.attributes().get("itemprop"))) {
            s += 10;
        }
        int f = ClassWords.flags(e);
        if ((f & ClassWords.X_POSITIVE) != 0) {
            s += 25;
        }
        if ((f & ClassWords.X_NEGATIVE) != 0) {
            s -= 25;
        }
        return s;
    }

    private static double density(Stat s) {
        return s.chars == 0 ? 0 : (double) s.linkChars / s.chars;
    }

    private static final Set<String> FURNITURE = Set.of("advertisement", "anzeige", "werbung", "publicité",
            "publicidad", "ad", "sponsored", "share", "share this", "share this article", "share this story",
            "read more", "related", "related articles", "related stories", "related coverage", "continue reading",
            "more", "comments", "print", "email", "tweet", "facebook", "twitter", "linkedin", "whatsapp",
            "story continues below", "story continues below advertisement", "skip advertisement",
            "advertisement continue reading the main story", "subscribe", "sign up", "log in", "close",
            "weiterlesen", "mehr zum thema", "lesen sie auch", "auch interessant", "zum thema", "loading",
            "recommended", "trending", "most read", "most popular", "back to top", "top", "menu", "search");

    /** A time stamp on its own: {@code 19. Oktober 2019 15:07}, {@code Updated Jan. 5, 2020 at 3:00 p.m.}. */
    static boolean isDateLine(String t) {
        if (t.length() > 60 || Dates.parse(t).isEmpty()) {
            return false;
        }
        int other = 0;
        for (String w : Text.key(t).split(" ")) {
            if (w.isEmpty() || Character.isDigit(w.charAt(0)) || Dates.isMonth(w) || DATE_WORDS.contains(w)) {
                continue;
            }
            other += w.length();
        }
        return other <= 12;
    }

    private static final Set<String> DATE_WORDS = Set.of("am", "pm", "a", "m", "p", "um", "uhr", "at", "on",
            "updated", "published", "posted", "aktualisiert", "veröffentlicht", "stand", "den", "de", "le", "el",
            "gmt", "utc", "est", "edt", "pst", "pdt", "cet", "cest", "mez", "mesz", "et", "pt", "ist", "hkt", "kst",
            "jst", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag",
            "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "mon", "tue", "wed", "thu",
            "fri", "sat", "sun", "last", "first", "modified", "created", "date", "datum", "time");

    static boolean isFurniture(String t) {
        if (t.length() <= 160 && (t.startsWith("©") || t.startsWith("Copyright") || t.startsWith("(c) "))
                && (t.toLowerCase(Locale.ROOT).contains("rights reserved") || t.length() <= 60)) {
            return true; // a copyright line
        }
        if (t.length() > 60) {
            return false;
        }
        String k = Text.key(t);
        if (FURNITURE.contains(k)) {
            return true;
        }
        return k.startsWith("read more") || k.startsWith("advertisement") || k.startsWith("anzeige ") || k.startsWith("related ") && t.endsWith(":")
                || k.startsWith("lesen sie auch") || k.startsWith("mehr zum thema") || k.startsWith("follow us")
                || k.startsWith("sign up for") || k.startsWith("subscribe to") || k.equals("photo")
                || k.toLowerCase(Locale.ROOT).startsWith("click here");
    }
}
