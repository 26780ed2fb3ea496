package io.github.wirestory.internal.html;

import java.util.Arrays;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;

/**
 * {@link Element#text()}, built faster: the same string (jsoup 1.24's rules: white space normalised to single
 * spaces, a space at block, {@code br} and text-boundary edges, text in {@code pre} kept as is, the result
 * trimmed), from one walk that reaches each child by its index, into a reused char buffer, copying runs of
 * plain text in bulk. One instance per parse (its buffer is reused from call to call; not thread-safe).
 */
final class ElementText {
    private char[] buf = new char[256];
    private int len;
    private Node[] parents = new Node[16];
    private int[] next = new int[16];
    /**
     * For each open element, how far its nearest white-space-keeping element is ({@code pre}, {@code textarea}:
     * 0 when itself, 1 its parent, ...), {@value #FAR} when none of the six nearest is: a text inside it is kept
     * as it is when this is below {@value #FAR} (jsoup reads the text's parent and its five nearest ancestors).
     */
    private int[] keep = new int[16];
    private static final int FAR = 6;

    /** {@code e.text()}. */
    String of(Element root) {
        len = 0;
        if (root.childNodeSize() == 0) {
            return "";
        }
        int top = 0;
        parents[0] = root;
        next[0] = 0;
        keep[0] = keepDistance(root);
        while (top >= 0) {
            Node parent = parents[top];
            int i = next[top];
            int size = parent.childNodeSize();
            if (i == size) {
                top--;
                if (top >= 0) {
                    // the tail of the element just left: parents[top]'s child next[top] - 1
                    Node p = parents[top];
                    int at = next[top];
                    tail((Element) parent, at < p.childNodeSize() ? p.childNode(at) : null);
                }
                continue;
            }
            next[top] = i + 1;
            Node child = parent.childNode(i);
            if (child instanceof TextNode t) {
                String s = t.getWholeText();
                if (t instanceof CDataNode || keep[top] < FAR) { // preserveWhitespace(t.parentNode())
                    put(s, 0, s.length());
                } else {
                    appendNormalised(s);
                }
            } else if (child instanceof Element e) {
                if (len > 0 && buf[len - 1] != ' ' && needsLeadingSeparator(e)) {
                    put(' ');
                }
                if (e.childNodeSize() > 0) {
                    top++;
                    if (top == parents.length) {
                        parents = Arrays.copyOf(parents, top * 2);
                        next = Arrays.copyOf(next, top * 2);
                        keep = Arrays.copyOf(keep, top * 2);
                    }
                    parents[top] = e;
                    next[top] = 0;
                    keep[top] = e.tag().preserveWhitespace() ? 0 : Math.min(keep[top - 1] + 1, FAR);
                } else {
                    tail(e, i + 1 < size ? parent.childNode(i + 1) : null);
                }
            }
        }
        // String.trim(): chars up to U+0020 off both ends
        int b = 0;
        int end = len;
        while (b < end && buf[b] <= ' ') {
            b++;
        }
        while (end > b && buf[end - 1] <= ' ') {
            end--;
        }
        return new String(buf, b, end - b);
    }

    private void tail(Element e, Node next) {
        if ((next instanceof TextNode || next instanceof Element n && n.tag().isInline())
                && (len == 0 || buf[len - 1] != ' ') && needsTrailingSeparator(e)) {
            put(' ');
        }
    }

    private static boolean needsLeadingSeparator(Element e) {
        Tag tag = e.tag();
        return tag.isBlock() || e.normalName().equals("br")
                || tag.is(Tag.TextBoundary) && e.childNodeSize() > 0 && e.hasText();
    }

    private static boolean needsTrailingSeparator(Element e) {
        Tag tag = e.tag();
        return tag.is(Tag.TextBoundary) || !tag.isInline() || hasBlockChild(e);
    }

    private static boolean hasBlockChild(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof Element c && c.tag().isBlock()) {
                return true;
            }
        }
        return false;
    }

    /** The distance from an element to the nearest of it and its five nearest ancestors that keeps white space. */
    private static int keepDistance(Element e) {
        int i = 0;
        for (Element el = e; el != null && i < FAR; el = el.parent(), i++) {
            if (el.tag().preserveWhitespace()) {
                return i;
            }
        }
        return FAR;
    }

    /**
     * jsoup's {@code StringUtil.appendNormalisedWhitespace(accum, s, lastCharIsWhitespace(accum))}: runs of
     * white space (space, tab, line feed, form feed, carriage return, no-break space) become one space,
     * leading white space is dropped after a space, zero-width spaces and soft hyphens are dropped.
     */
    private void appendNormalised(String s) {
        boolean stripLeading = len > 0 && buf[len - 1] == ' ';
        boolean lastWasWhite = false;
        boolean reachedNonWhite = false;
        int n = s.length();
        // copied in bulk after the text, then normalised in place: each char read gives at most one written
        int end = len + n;
        if (end > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(end, buf.length * 2));
        }
        s.getChars(0, n, buf, len);
        char[] b = buf;
        int w = len;
        for (int r = len; r < end; r++) {
            char c = b[r];
            if (c > ' ' && c != '\u00a0' && c != '\u200b' && c != '\u00ad' || c < ' ' && c != '\t' && c != '\n'
                    && c != '\f' && c != '\r') {
                b[w++] = c; // kept (another control char too)
                lastWasWhite = false;
                reachedNonWhite = true;
            } else if (c == '\u200b' || c == '\u00ad') {
                continue; // dropped
            } else if (!(stripLeading && !reachedNonWhite || lastWasWhite)) {
                b[w++] = ' '; // space, tab, line feed, form feed, carriage return, no-break space
                lastWasWhite = true;
            }
        }
        len = w;
    }

    private void put(char c) {
        if (len == buf.length) {
            buf = Arrays.copyOf(buf, len * 2);
        }
        buf[len++] = c;
    }

    private void put(String s, int from, int to) {
        if (to <= from) {
            return;
        }
        int need = len + to - from;
        if (need > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(need, buf.length * 2));
        }
        s.getChars(from, to, buf, len);
        len = need;
    }
}
