package io.github.wirestory.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

/** {@link Walk} makes the calls {@link NodeTraversor} makes, in the same order, whatever the filter answers. */
class WalkTest {
    private static final String[] PAGES = {"ap", "kcnawatch", "reuters", "upi", "xinhua", "yahoo", "yonhap"};

    private static Document page(String name) throws IOException {
        try (InputStream in = WalkTest.class.getResourceAsStream("/html/" + name + ".html")) {
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** A filter answering by the call's position (the same for both walks while their calls agree), logging. */
    private static NodeFilter logging(List<String> log, int seed, boolean stops) {
        return new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                log.add("head " + depth + " " + node.nodeName());
                int k = (log.size() * 31 + seed) % 17;
                if (stops && log.size() == 700) {
                    return FilterResult.STOP;
                }
                return k == 0 ? FilterResult.SKIP_ENTIRELY : k == 1 ? FilterResult.SKIP_CHILDREN
                        : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                log.add("tail " + depth + " " + node.nodeName());
                return stops && log.size() == 900 ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        };
    }

    private static void sameCalls(Node root) {
        for (int seed = 0; seed < 6; seed++) {
            for (boolean stops : new boolean[] {false, true}) {
                List<String> expected = new ArrayList<>();
                List<String> actual = new ArrayList<>();
                NodeTraversor.filter(logging(expected, seed, stops), root);
                Walk.filter(logging(actual, seed, stops), root);
                assertThat(actual).isEqualTo(expected);
            }
        }
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        NodeTraversor.traverse((n, d) -> expected.add("head " + d + " " + n.nodeName()), root);
        Walk.traverse((n, d) -> actual.add("head " + d + " " + n.nodeName()), root);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void walksPagesAsNodeTraversorDoes() throws IOException {
        for (String name : PAGES) {
            Document doc = page(name);
            sameCalls(doc);
            sameCalls(doc.body());
            for (Element e : doc.body().children()) {
                sameCalls(e);
            }
        }
    }

    @Test
    void theWeakWordsWalkAlsoAnswersShortText() throws IOException {
        List<Element> elements = new ArrayList<>();
        for (String name : PAGES) {
            elements.addAll(page(name).getAllElements());
        }
        elements.addAll(Jsoup.parse("<div>" + "<i></i>".repeat(1200) + "</div><div>" + "<i>a</i>".repeat(250)
                + "</div><div>" + "x".repeat(251) + "</div><div>" + "<a>y</a>".repeat(5000) + "z".repeat(3001)
                + "</div>").body().children());
        for (Element e : elements) {
            int walked = Boilerplate.smallOrLinkyWalk(e);
            assertThat((walked & Boilerplate.SHORT_TEXT) != 0).isEqualTo(Boilerplate.shortText(e, Boilerplate.SHORT));
            assertThat((walked & Boilerplate.SMALL_OR_LINKY) != 0).isEqualTo(Boilerplate.smallOrLinky(e));
        }
    }

    @Test
    void walksDeepAndEdgeTrees() {
        sameCalls(Jsoup.parse("<div>" + "<span>a".repeat(300) + "</div>").body());
        sameCalls(Jsoup.parse("").body());
        sameCalls(Jsoup.parse("<p>text</p>").body().child(0).childNode(0));
        sameCalls(Jsoup.parse("<ul><li>a<li><li>b<br><b>c</b></ul>x").body());
    }
}
