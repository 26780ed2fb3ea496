package io.github.wirestory.internal.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Splits an element into text blocks in reading order: each run of inline content (text, links, inline
 * elements) between block-level boundaries ({@code p}, {@code div}, {@code li}, {@code br}, ...) is one block,
 * owned by its nearest block-level ancestor. One traversal, linear in the subtree.
 */
final class TextBlocks {
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
            "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "figure", "figcaption", "form",
            "fieldset", "address", "hr", "center", "details", "summary", "caption", "body", "html", "hgroup",
            "br", "menu", "legend", "picture", "noscript", "iframe", "video", "audio", "object", "img", "svg");

    /**
     * One block: its owner element, its whitespace-collapsed text, how much of it is link text, and its
     * commas.
     */
    record Block(Element owner, String text, int chars, int linkChars, boolean afterBreak, int commas) {
        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private TextBlocks() {}

    static List<Block> of(Element root) {
        return of(root, null);
    }

    /**
     * The blocks ({@link #of(Element)}), with lengths by element: when {@code lengths} is given, it receives {@code {chars, linkChars, from, to}} of every element under (and
     * including) the root that holds text, computed bottom-up in the same pass: {@code [from, to)} are the
     * indexes of a block-level element's blocks ({@link #within}), -1 for other elements.
     */
    static List<Block> measure(Element root, Map<Element, int[]> lengths) {
        List<Block> out = new ArrayList<>();
        Builder b = new Builder(out, root, lengths);
        Walk.traverse(b, root);
        b.flush(root, false);
        return out;
    }

    /** What {@link #measure} gives: the blocks, and {@code {chars, linkChars, from, to}} by element. */
    record Measured(List<Block> blocks, Map<Element, int[]> lengths) {}

    /**
     * A {@link #measure} that another traversal of {@code root} drives, calling {@link Builder#head} and
     * {@link Builder#tail} for every node it visits (the tree it visits is the one measured) and
     * {@link Builder#finish} at the end.
     */
    static Builder measuring(Element root) {
        return new Builder(new ArrayList<>(), root, new java.util.IdentityHashMap<>());
    }

    /**
     * {@link #of(Element) of(element)}, taken from the blocks of a {@link #measure} of {@code measuredRoot} when
     * they are the same: the element is the measured root, or a block-level element (its blocks start and end
     * at its edges) with no link around it (a link would count its text as link text) below the measured root.
     */
    static List<Block> within(Element element, Measured measured, Element measuredRoot) {
        if (element == measuredRoot) {
            return measured.blocks();
        }
        int[] l = measured.lengths().get(element);
        if (l != null && l[2] >= 0) {
            for (Element p = element.parent(); p != null; p = p.parent()) {
                if (p == measuredRoot) {
                    return measured.blocks().subList(l[2], l[3]);
                }
                if (p.normalName().equals("a")) {
                    break;
                }
            }
        } else if (l == null && isBlock(element) && !element.normalName().equals("br")) {
            // no text below it: no blocks, if it lies below the measured root (else measure it)
            for (Element p = element.parent(); p != null; p = p.parent()) {
                if (p == measuredRoot) {
                    return List.of();
                }
            }
        }
        return of(element);
    }

    private static List<Block> of(Element root, Map<Element, int[]> lengths) {
        List<Block> out = new ArrayList<>();
        Builder b = new Builder(out, root, lengths);
        Walk.traverse(b, root);
        b.flush(root, false);
        return out;
    }

    static boolean isBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName());
    }

    static final class Builder implements NodeVisitor {
        private final List<Block> out;
        private final List<Element> owners = new ArrayList<>();
        /**
         * The block's text so far, {@code buf[0, len)}: a char buffer rather than a {@code StringBuilder}, which
         * once it has stored a char above U+00FF keeps two bytes per char and widens every later append.
         */
        private char[] buf = new char[256];
        private int len;
        private int chars;
        private int linkChars;
        private int commas;
        private int linkDepth;
        private boolean pendingSpace;
        private boolean breakBefore;
        private final Map<Element, int[]> lengths;
        /** Counters of the open elements, innermost last ({@code [0, open)}): chars and link chars. */
        private int[] openChars = new int[32];
        private int[] openLinks = new int[32];
        private int open;
        /** The index of the first block of each owner in {@link #owners}. */
        private int[] ownerStarts = new int[32];

        private final Element root;

        Builder(List<Block> out, Element root, Map<Element, int[]> lengths) {
            this.out = out;
            this.lengths = lengths;
            this.root = root;
            owners.add(root);
        }

        /** Ends a {@link #measuring} traversal. */
        Measured finish() {
            flush(root, false);
            return new Measured(out, lengths);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
            } else if (node instanceof Element e) {
                if (lengths != null) {
                    if (open == openChars.length) {
                        openChars = java.util.Arrays.copyOf(openChars, open * 2);
                        openLinks = java.util.Arrays.copyOf(openLinks, open * 2);
                    }
                    openChars[open] = 0;
                    openLinks[open] = 0;
                    open++;
                }
                String tag = e.normalName();
                if (tag.equals("a")) {
                    linkDepth++;
                } else if (tag.equals("br")) {
                    flush(owners.get(owners.size() - 1), true);
                } else if (depth > 0 && BLOCK_TAGS.contains(tag)) {
                    flush(owners.get(owners.size() - 1), false);
                    owners.add(e);
                    int at = owners.size() - 1;
                    if (at == ownerStarts.length) {
                        ownerStarts = java.util.Arrays.copyOf(ownerStarts, at * 2);
                    }
                    ownerStarts[at] = out.size();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                int[] rec = null;
                if (lengths != null && open > 0) {
                    open--;
                    int c = openChars[open];
                    int l = openLinks[open];
                    if (c > 0) {
                        rec = new int[] {c, l, -1, -1};
                        lengths.put(e, rec);
                        if (open > 0) {
                            openChars[open - 1] += c;
                            openLinks[open - 1] += l;
                        }
                    }
                }
                String tag = e.normalName();
                if (tag.equals("a")) {
                    linkDepth--;
                } else if (depth > 0 && !tag.equals("br") && BLOCK_TAGS.contains(tag)) {
                    flush(e, false);
                    if (rec != null) {
                        rec[2] = ownerStarts[owners.size() - 1];
                        rec[3] = out.size();
                    }
                    owners.remove(owners.size() - 1);
                }
            }
        }

        private void append(String s) {
            int n = s.length();
            // each char read gives at most one char written, plus at most one pending space; read with charAt (a
            // bulk copy first costs more on the short texts between tags that most are)
            int end = len + 1 + n;
            if (end > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(end, buf.length * 2));
            }
            char[] b = buf;
            int w = len;
            int added = 0;
            boolean pending = pendingSpace;
            for (int r = 0; r < n; r++) {
                char c = s.charAt(r);
                if (c > ' ' && c < 0x7F) {
                    if (pending) {
                        b[w++] = ' ';
                        pending = false;
                    }
                    b[w++] = c;
                    added++;
                    if (c == ',') {
                        commas++;
                    }
                } else if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                    pending = w > 0;
                } else if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff' || c == '\u00ad') {
                    continue;
                } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    pending = w > 0;
                } else {
                    if (pending) {
                        b[w++] = ' ';
                        pending = false;
                    }
                    b[w++] = c;
                    added++;
                    if (c == '，' || c == '、' || c == '،') {
                        commas++;
                    }
                }
            }
            len = w;
            pendingSpace = pending;
            added(added);
        }

        private void added(int added) {
            if (added > 0) {
                chars += added;
                if (linkDepth > 0) {
                    linkChars += added;
                }
                if (lengths != null && open > 0) {
                    openChars[open - 1] += added;
                    if (linkDepth > 0) {
                        openLinks[open - 1] += added;
                    }
                }
            }
        }

        void flush(Element owner, boolean isBreak) {
            if (chars > 0) {
                out.add(new Block(owner, new String(buf, 0, len), chars, linkChars, breakBefore,
                        commas));
            }
            len = 0;
            commas = 0;
            chars = 0;
            linkChars = 0;
            pendingSpace = false;
            breakBefore = isBreak;
        }
    }
}
