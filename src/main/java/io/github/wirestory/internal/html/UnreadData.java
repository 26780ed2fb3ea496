package io.github.wirestory.internal.html;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * Lets jsoup skip, while it parses a page, the contents of the elements whose data the built-in HTML steps never
 * read: {@code <script>} (other than JSON-LD) and {@code <style>}. On news pages they hold about half of the
 * characters, and jsoup spends about a quarter of its parse time on them.
 *
 * <p>A quick forward scan of the raw markup finds those contents, hopping from {@code <} to {@code <} with
 * {@link String#indexOf}, and jsoup reads the page through a {@link java.io.Reader} that gives a mark in place
 * of each of them; the scan runs as jsoup reads, each chunk just before the reader gives it (while it is in the
 * cache). The mark is a string of private-use chars made for this parse from a random number ({@link #newMark}),
 * which a page cannot hold on purpose. The scan does not follow every state of jsoup's tokeniser, so it can misjudge (a
 * {@code <script>} written inside an attribute value, or inside SVG). It does not need to, because the result is
 * checked: an emptied content lands in jsoup's tree as exactly the mark, the sole data of a script or style
 * element, only where jsoup read the original markup as the data of that element, up to the same end tag (the
 * scan takes the first end tag jsoup could accept, and leaves a script whose data could hold an escaped end tag:
 * one with {@code <!--}). The page scan counts the elements that hold exactly the mark ({@link #isMark}); when
 * the count differs from the number of contents emptied, the caller parses the page again as it is. Either way
 * the tree the steps read is the one jsoup builds from the original page, with those data nodes emptied.
 *
 * <p>Only for {@code parseHtml(String)} with the built-in HTML cleaners: a caller's cleaner may read scripts.
 * The scan only moves forward, and each of its searches starts where the last one of its kind ended: linear time.
 */
final class UnreadData {
    private UnreadData() {}

    /**
     * A mark for one parse: U+E000, 16 hex digits of a random number, U+E001. Random, so that no page can hold it
     * as a script's data and so offset a misread content in the count (a fixed mark could be written into a page
     * on purpose).
     *
     * @return a new mark
     */
    static String newMark() {
        return "\uE000" + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE)
                + "\uE001";
    }

    /** Contents shorter than this are left: emptying them would save less than the check costs. */
    static final int MIN_CONTENT = 32;

    /**
     * A parsed page and how many contents were emptied.
     *
     * @param doc the document jsoup built
     * @param emptied how many script and style contents were read as {@code mark}
     * @param mark what jsoup read in place of each
     */
    record Parsed(Document doc, int emptied, String mark) {}

    /**
     * Parses {@code html} with jsoup's HTML parser, reading the contents of its scripts (but JSON-LD) and style
     * sheets as a new mark.
     *
     * @param html raw markup
     * @param baseUri the page address, or empty
     * @return the document and the number of contents emptied (0: the page as it is)
     */
    static Parsed parse(String html, String baseUri) {
        Scan scan = new Scan(html);
        String mark = newMark();
        Document doc = Parser.htmlParser().parseInput(new Skipping(html, scan, mark), baseUri);
        scan.run(); // jsoup read to the end: nothing is left to find
        return new Parsed(doc, scan.count, mark);
    }

    /**
     * The markup {@link #parse} gives jsoup, as a string (for tests).
     *
     * @param html raw markup
     * @param mark what to put in place of each content
     * @return the markup with those contents replaced by {@code mark}
     */
    static String emptied(String html, String mark) {
        Skipping reader = new Skipping(html, new Scan(html), mark);
        StringBuilder sb = new StringBuilder(html.length());
        char[] buf = new char[4096];
        for (int got = reader.read(buf, 0, buf.length); got > 0; got = reader.read(buf, 0, buf.length)) {
            sb.append(buf, 0, got);
        }
        return sb.toString();
    }

    /**
     * Whether a script or style element holds exactly {@code mark}: one emptied content, read by jsoup as
     * that element's data.
     *
     * @param e a script or style element
     * @param mark the parse's mark
     * @return whether its only child is a data node holding the mark
     */
    static boolean isMark(Element e, String mark) {
        return e.childNodeSize() == 1 && e.childNode(0) instanceof DataNode d && d.getWholeData().equals(mark);
    }

    /**
     * How many script and style elements at or below {@code root} hold exactly {@code mark}, for a subtree the
     * page scan does not walk (by {@link Walk}: a {@code select} costs more per call in jsoup 1.24.1 than walking
     * the few elements of a byline).
     *
     * @param root an element
     * @param mark the parse's mark
     * @return the count
     */
    static int marksBelow(Element root, String mark) {
        int[] count = {0};
        Walk.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.SKIP_ENTIRELY; // no element below a text or data node
                }
                String tag = e.normalName();
                if ((tag.equals("script") || tag.equals("style")) && isMark(e, mark)) {
                    count[0]++;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return count[0];
    }

    /** Finds the contents to empty, as {@code [begin, end)} pairs in {@link #drops}. */
    static final class Scan {
        private final String s;
        private final int n;
        int[] drops = new int[16];
        int count;
        /** The next {@code <!--} at or after the last position asked, or {@code n} when there is none. */
        private int nextCommentOpen = -1;
        /** Per region name ({@link #REGIONS}): no lower-case end tag is left. */
        private final boolean[] noEnd = new boolean[REGIONS.length];

        Scan(String s) {
            this.s = s;
            this.n = s.length();
        }

        /**
         * Elements whose contents are left as they are and not scanned: foreign content (its {@code <style>}
         * is an element with text), RCDATA and RAWTEXT other than style, and the subtrees the page scan does not
         * visit. Each is skipped to its first lower-case end tag; without one, it is scanned like the rest.
         */
        private static final String[] REGIONS = {"svg", "math", "noscript", "noembed", "noframes", "template",
            "textarea", "title", "xmp", "iframe"};
        private static final String[] REGION_ENDS = java.util.Arrays.stream(REGIONS).map(r -> "</" + r)
                .toArray(String[]::new);

        /** Where the scan goes on; {@link #done} when the rest holds nothing to empty. */
        private int at;
        private boolean done;

        void run() {
            advance(n);
        }

        /** Scans on until the scan has passed {@code limit} (or the end): every content beginning before it is found. */
        void advance(int limit) {
            int i = at;
            while (!done && i < limit) {
                i = s.indexOf('<', i);
                if (i < 0 || i + 3 >= n) {
                    done = true;
                    break;
                }
                char c = s.charAt(i + 1);
                if (c == '!') {
                    int end;
                    if (s.startsWith("--", i + 2)) {
                        end = s.indexOf("-->", i + 4);
                        if (end < 0) {
                            done = true; // the rest is a comment
                            break;
                        }
                        i = end + 3;
                    } else {
                        end = s.indexOf('>', i + 2);
                        if (end < 0) {
                            done = true;
                            break;
                        }
                        i = end + 1;
                    }
                    continue;
                }
                int c2 = s.charAt(i + 2) | 0x20;
                int next = -1; // where to go on, if the tag at i is one of those handled
                switch (c | 0x20) { // ASCII lower case: exact for ASCII letters, and no other char gives one
                    case 's':
                        if (c2 == 'c' && isTag(i, "script")) {
                            next = element(i, 7, true);
                        } else if (c2 == 't' && isTag(i, "style")) {
                            next = element(i, 6, false);
                        } else if (c2 == 'v') {
                            next = region(i, 0, 1);
                        }
                        break;
                    case 'm':
                        next = c2 == 'a' ? region(i, 1, 2) : -1;
                        break;
                    case 'n':
                        next = c2 == 'o' ? region(i, 2, 5) : -1;
                        break;
                    case 't':
                        next = c2 == 'e' ? region(i, 5, 7) : c2 == 'i' ? region(i, 7, 8) : -1;
                        break;
                    case 'x':
                        next = c2 == 'm' ? region(i, 8, 9) : -1;
                        break;
                    case 'i':
                        next = c2 == 'f' ? region(i, 9, 10) : -1;
                        break;
                    case 'p':
                        if (c2 == 'l' && isTag(i, "plaintext")) {
                            next = n; // the rest is text
                        }
                        break;
                    default:
                        break;
                }
                i = next < 0 ? i + 1 : next;
            }
            at = i;
        }

        /**
         * A {@link #REGIONS} element, one of {@code REGIONS[from]} to {@code REGIONS[to - 1]}, starting at
         * {@code lt}: where its end tag ends, or the next char when it has no (lower-case) end tag; -1 when
         * {@code lt} starts none of them.
         */
        private int region(int lt, int from, int to) {
            int k = from;
            while (k < to && !isTag(lt, REGIONS[k])) {
                k++;
            }
            if (k == to) {
                return -1;
            }
            String name = REGIONS[k];
            if (!noEnd[k]) {
                int end = s.indexOf(REGION_ENDS[k], lt + 1 + name.length());
                if (end >= 0) {
                    return end + 2 + name.length();
                }
                noEnd[k] = true;
            }
            return lt + 1;
        }

        /** Whether a start tag named {@code name} (lower case) begins at {@code lt}. */
        private boolean isTag(int lt, String name) {
            int after = lt + 1 + name.length();
            if (after >= n || !isNameEnd(s.charAt(after))) {
                return false;
            }
            for (int k = 0; k < name.length(); k++) {
                if ((s.charAt(lt + 1 + k) | 0x20) != name.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /** jsoup's tag name ends at white space, {@code /} or {@code >}. */
        private static boolean isNameEnd(char c) {
            return c == ' ' || c == '>' || c == '/' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
        }

        /**
         * A script or style start tag at {@code lt}: records its content when it is to be emptied.
         *
         * @return where to go on scanning
         */
        private int element(int lt, int nameLength, boolean script) {
            int gt = tagEnd(lt + nameLength);
            if (gt < 0) {
                return n;
            }
            int begin = gt + 1;
            int end = endTag(begin, script ? "script" : "style");
            if (end < 0) {
                return n; // no end tag: the rest is its data
            }
            if (end - begin >= MIN_CONTENT && !(script && (isJsonLd(lt, gt) || hasCommentOpen(begin, end)))) {
                if (count * 2 == drops.length) {
                    drops = java.util.Arrays.copyOf(drops, drops.length * 2);
                }
                drops[count * 2] = begin;
                drops[count * 2 + 1] = end;
                count++;
            }
            return end + 2;
        }

        /**
         * The {@code >} that ends a start tag, skipping quoted attribute values; -1 if none. A misreading only
         * costs a parse of the page as it is (see the class comment).
         */
        private int tagEnd(int from) {
            boolean afterEquals = false;
            for (int j = from; j < n; j++) {
                char c = s.charAt(j);
                if (c == '>') {
                    return j;
                }
                if (afterEquals && (c == '"' || c == '\'')) {
                    j = s.indexOf(c, j + 1);
                    if (j < 0) {
                        return -1;
                    }
                    afterEquals = false;
                } else if (c == '=') {
                    afterEquals = true;
                } else if (!(c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f')) {
                    afterEquals = false;
                }
            }
            return -1;
        }

        /**
         * The first {@code </name} (any case) after {@code from} that is followed by a char other than a
         * letter: the first place jsoup's tokeniser could end the data; -1 if none.
         */
        private int endTag(int from, String name) {
            int len = name.length();
            for (int j = from; ; j += 2) {
                j = s.indexOf("</", j);
                if (j < 0 || j + 2 + len >= n) {
                    return -1;
                }
                if (s.regionMatches(true, j + 2, name, 0, len) && !Character.isLetter(s.charAt(j + 2 + len))) {
                    return j;
                }
            }
        }

        /** Whether {@code <!--} begins in {@code [from, to)}; asked with {@code from} never going back. */
        private boolean hasCommentOpen(int from, int to) {
            if (nextCommentOpen < from) {
                int at = s.indexOf("<!--", from);
                nextCommentOpen = at < 0 ? n : at;
            }
            return nextCommentOpen < to;
        }

        /** Whether the start tag in {@code [lt, gt)} says {@code ld+json} anywhere (any case). */
        private boolean isJsonLd(int lt, int gt) {
            for (int j = lt; j + 7 <= gt; j++) {
                char c = s.charAt(j);
                if ((c == 'l' || c == 'L') && s.regionMatches(true, j, "ld+json", 0, 7)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Reads a string less the contents its scan finds, each read as a mark. The scan runs as jsoup reads: each
     * chunk is scanned just before it is read, while it is in the cache.
     */
    static final class Skipping extends java.io.Reader {
        private final String s;
        private final Scan scan;
        /** The next char of {@code s} to read. */
        private int pos;
        /** The next range to skip: {@code scan.drops[next]} is its begin. */
        private int next;
        private final String mark;
        /** Chars of {@link #mark} still to give, from its end. */
        private int markLeft;

        Skipping(String s, Scan scan, String mark) {
            this.s = s;
            this.scan = scan;
            this.mark = mark;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            java.util.Objects.checkFromIndexSize(off, len, buf.length);
            if (len == 0) {
                return 0;
            }
            int w = off;
            int end = off + len;
            while (w < end) {
                if (markLeft > 0) {
                    buf[w++] = mark.charAt(mark.length() - markLeft--);
                    continue;
                }
                scan.advance(pos + (end - w)); // every content that begins in what may be read now
                int dropEnd = scan.count * 2;
                int[] drops = scan.drops;
                int stop = next < dropEnd ? drops[next] : s.length();
                if (pos == stop && next < dropEnd) {
                    markLeft = mark.length();
                    pos = drops[next + 1];
                    next += 2;
                    continue;
                }
                int take = Math.min(stop - pos, end - w);
                if (take == 0) {
                    break; // the end of the string
                }
                s.getChars(pos, pos + take, buf, w);
                pos += take;
                w += take;
            }
            return w == off ? -1 : w - off;
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
