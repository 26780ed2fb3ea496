package io.github.wirestory.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@link TextBlocks#within} gives exactly {@link TextBlocks#of}, for every element of a page. */
class TextBlocksTest {
    private static void assertWithinIsOf(Document doc) {
        Element body = doc.body();
        Map<Element, int[]> lengths = new IdentityHashMap<>();
        TextBlocks.Measured m = new TextBlocks.Measured(TextBlocks.measure(body, lengths), lengths);
        for (Element e : body.getAllElements()) {
            List<TextBlocks.Block> got = TextBlocks.within(e, m, body);
            List<TextBlocks.Block> want = TextBlocks.of(e);
            assertThat(got).as("%s", e.tagName()).hasSize(want.size());
            for (int i = 0; i < want.size(); i++) {
                TextBlocks.Block g = got.get(i);
                TextBlocks.Block w = want.get(i);
                assertThat(g.owner()).isSameAs(w.owner());
                assertThat(List.of(g.text(), g.chars(), g.linkChars(), g.afterBreak(), g.commas()))
                        .isEqualTo(List.of(w.text(), w.chars(), w.linkChars(), w.afterBreak(), w.commas()));
            }
        }
    }

    @Test
    void withinIsOfOnHandMadeShapes() {
        assertWithinIsOf(Jsoup.parse("<div>lead<p>One, two.</p>tail<a href=x><div>in a link</div>"
                + "<p>para in link</p></a><span>inline<p>block in inline</p></span><br>after break"
                + "<section><p></p><p> </p><article><h2>Head</h2><p>Body text, more.</p></article></section>"
                + "<custom-tag>custom <p>inside</p></custom-tag><ul><li>item 1</li><li><a>item 2</a></li></ul></div>"));
    }

    @Test
    void withinIsOfOnTheTestPages() throws IOException {
        for (Document doc : TestPages.ours()) {
            assertWithinIsOf(doc);
        }
    }

    @Test
    void withinIsOfOnRealPages() throws IOException {
        for (Document doc : TestPages.real(15)) {
            assertWithinIsOf(doc);
        }
    }
}
