package io.github.wirestory.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

/**
 * The cleaners' text-size walks ({@link Boilerplate#shortText}, {@link Boilerplate#smallOrLinkyWalk}) against
 * reference versions written as jsoup {@link NodeFilter}s over {@link NodeTraversor}, on every element of the
 * test pages and of real pages.
 */
class BoilerplateWalksTest {
    private static final int[] LIMITS = {0, 1, 5, 40, 120, 200, 500, 600};

    @Test
    void walksAgreeWithNodeTraversorOnOurPages() throws IOException {
        check(TestPages.ours());
    }

    @Test
    void walksAgreeWithNodeTraversorOnRealPages() throws IOException {
        check(TestPages.real(10));
    }

    @Test
    void walksAgreeOnEdgeCases() {
        List<Document> docs = new ArrayList<>();
        docs.add(Jsoup.parse("<div></div><p>  </p><p>\u2003x\u00a0y\u200bz</p><div><a><p>link text</p></a></div>"));
        // a link, then a paragraph, as the sixth ancestor of a text: counted (a seventh is not)
        String longText = "word ".repeat(250);
        docs.add(Jsoup.parse("<div><a><b><i><u><s><em>" + longText + "</em></s></u></i></b></a></div>"
                + "<div><p><b><i><u><s><em>" + "word ".repeat(60) + "</em></s></u></i></b></p></div>"
                + "<div><a><q><b><i><u><s><em>" + longText + "</em></s></u></i></b></q></a></div>"));
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            deep.append("<div><a><span><p>word ").append(i).append(' ');
        }
        docs.add(Jsoup.parse(deep.toString()));
        StringBuilder wide = new StringBuilder("<ul>");
        for (int i = 0; i < 5000; i++) {
            wide.append("<li><a href=#>item</a> and some prose in the list ").append(i).append("</li>");
        }
        docs.add(Jsoup.parse(wide.append("</ul>").toString()));
        check(docs);
    }

    @Test
    void nonSpaceAgreesWithCharacterIsWhitespaceOnEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String s = "a" + (char) c + (char) c + "b";
            int want = nonSpace(s, 10);
            if (Boilerplate.nonSpace(s, 10) != want) {
                assertThat(Boilerplate.nonSpace(s, 10)).as("U+%04X", c).isEqualTo(want);
            }
        }
        assertThat(Boilerplate.nonSpace("a b c d", 2)).isEqualTo(2);
    }

    private static void check(List<Document> docs) {
        int elements = 0;
        for (Document doc : docs) {
            for (Element e : doc.getAllElements()) {
                elements++;
                if (Boilerplate.smallOrLinkyWalk(e) != referenceSmallOrLinky(e)) {
                    assertThat(Boilerplate.smallOrLinkyWalk(e)).as("smallOrLinkyWalk %s", e.cssSelector())
                            .isEqualTo(referenceSmallOrLinky(e));
                }
                for (int max : LIMITS) {
                    if (Boilerplate.shortText(e, max) != referenceShortText(e, max)) {
                        assertThat(Boilerplate.shortText(e, max)).as("shortText(%s, %d)", e.cssSelector(), max)
                                .isEqualTo(referenceShortText(e, max));
                    }
                }
            }
        }
        assertThat(elements).isPositive();
    }

    private static boolean referenceShortText(Element e, int max) {
        int[] count = {0};
        int[] nodes = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (++nodes[0] > 4 * max) {
                    count[0] = max + 1;
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    count[0] += nonSpace(t.getWholeText(), max + 1 - count[0]);
                    if (count[0] > max) {
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return count[0] <= max;
    }

    private static int referenceSmallOrLinky(Element e) {
        int[] count = {0, 0, 0, 0};
        int max = 3000;
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (++count[2] > 4 * max) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    int n = nonSpace(t.getWholeText(), max + 1 - count[0]);
                    count[0] += n;
                    Node p = t.parentNode();
                    boolean link = false;
                    boolean para = false;
                    for (int up = 0; p != null && p != e && up < 6; up++, p = p.parentNode()) {
                        if (p instanceof Element pe) {
                            link |= pe.normalName().equals("a");
                            para |= pe.normalName().equals("p");
                        }
                    }
                    if (link) {
                        count[1] += n;
                    } else if (para) {
                        count[3] += n;
                    }
                    if (count[0] > max) {
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        int found = count[1] * 2 > count[0] || count[0] <= 1000 && count[3] < 200 ? Boilerplate.SMALL_OR_LINKY : 0;
        return count[2] <= 4 * Boilerplate.SHORT && count[0] <= Boilerplate.SHORT ? found | Boilerplate.SHORT_TEXT : found;
    }

    private static int nonSpace(String s, int limit) {
        int n = 0;
        for (int i = 0; i < s.length() && n < limit; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
