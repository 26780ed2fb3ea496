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
 * trimmed), from one walk that reaches each child by its index (the open elements reached through their
 * parents: the walk stores no node references), into a reused char buffer; whether an element has a block
 * child is noted as its children are walked. One instance per parse (its buffer is reused from call to call;
 * not thread-safe).
 */
final class ElementText {
    private char[] buf = new char[256];
    private int len;
    private int[] next = new int[16];
    /**
     * For each open element, how far its nearest white-space-keeping element is ({@code pre}, {@code textarea}:
     * 0 when itself, 1 its parent, ...), {@value #FAR} when none of the six nearest is: a text inside it is kept
     * as it is when this is below {@value #FAR} (jsoup reads the text's parent and its five nearest ancestors).
     */
    private int[] keep = new int[16];
    /** For each open element, whether a child element seen so far is a block. */
    private boolean[] blockChild = new boolean[16];
    private static final int FAR = 6;

    /** {@code e.text()}. */
    String of(Element root) {
        len = 0;
        if (root.childNodeSize() == 0) {
            return "";
        }
        // the open elements are reached through their parents (no stack of nodes: no reference stores)
        int top = 0;
        Node parent = root;
        next[0] = 0;
        keep[0] = keepDistance(root);
        blockChild[0] = false;
        while (true) {
            int i = next[top];
            int size = parent.childNodeSize();
            if (i == size) {
                if (top == 0) {
                    break;
                }
                boolean hadBlockChild = blockChild[top];
                top--;
                // the tail of the element just left: its parent's child next[top] - 1
                Element left = (Element) parent;
                parent = left.parentNode();
                int at = next[top];
                tail(left, hadBlockChild, at < parent.childNodeSize() ? parent.childNode(at) : null);
                continue;
            }
            next[top] = i + 1;
            Node child = parent.childNode(i);
            if (child instanceof TextNode t) {
                String s = t.getWholeText();
                if (keep[top] < FAR || t instanceof CDataNode) { // preserveWhitespace(t.parentNode())
                    put(s, 0, s.length());
                } else {
                    appendNormalised(s);
                }
            } else if (child instanceof Element e) {
                Tag tag = e.tag();
                boolean block = tag.isBlock();
                if (block) {
                    blockChild[top] = true;
                }
                if (len > 0 && buf[len - 1] != ' ' && (block || needsLeadingSeparator(e, tag))) {
                    put(' ');
                }
                if (e.childNodeSize() > 0) {
                    top++;
                    if (top == next.length) {
                        next = Arrays.copyOf(next, top * 2);
                        keep = Arrays.copyOf(keep, top * 2);
                        blockChild = Arrays.copyOf(blockChild, top * 2);
                    }
                    parent = e;
                    next[top] = 0;
                    keep[top] = tag.preserveWhitespace() ? 0 : Math.min(keep[top - 1] + 1, FAR);
                    blockChild[top] = false;
                } else {
                    tail(e, false, i + 1 < size ? parent.childNode(i + 1) : null);
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

    /** After {@code e}: a space before what follows, when it is text or inline and e ends a block or boundary. */
    private void tail(Element e, boolean hasBlockChild, Node next) {
        if ((next instanceof TextNode || next instanceof Element n && n.tag().isInline())
                && (len == 0 || buf[len - 1] != ' ')) {
            Tag tag = e.tag();
            if (tag.is(Tag.TextBoundary) || !tag.isInline() || hasBlockChild) {
                put(' ');
            }
        }
    }

    /** jsoup's leading separator of an element that is not a block. */
    private static boolean needsLeadingSeparator(Element e, Tag tag) {
        return e.normalName().equals("br") || tag.is(Tag.TextBoundary) && e.childNodeSize() > 0 && e.hasText();
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
        int n = s.length();
        // each char read gives at most one written; read with charAt (a bulk copy first costs more on the short
        // texts between tags that most are)
        int end = len + n;
        if (end > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(end, buf.length * 2));
        }
        char[] b = buf;
        int w = len;
        // white space is dropped after a space: at the start after one, and after one written here
        boolean skip = w > 0 && b[w - 1] == ' ';
        for (int r = 0; r < n; r++) {
            char c = s.charAt(r);
            if (c > ' ' && c < '\u00a0') {
                b[w++] = c;
                skip = false;
            } else if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0') {
                if (!skip) {
                    b[w++] = ' ';
                    skip = true;
                }
            } else if (c != '\u200b' && c != '\u00ad') {
                b[w++] = c; // another control char, or a char from U+00A1 on
                skip = false;
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
