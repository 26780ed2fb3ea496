package io.github.wirestory.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ElementText} gives exactly {@link Element#text()}, on every element. */
class ElementTextTest {
    private static void assertSameOnEveryElement(Document doc) {
        ElementText text = new ElementText();
        for (Element e : doc.getAllElements()) {
            String want = e.text();
            String got = text.of(e);
            if (!got.equals(want)) {
                assertThat(got).as("%s in %s", e.cssSelector(), doc.title()).isEqualTo(want);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Seoul, Nov. 5 (Yonhap) --  North Korea\n  said\t\ton Tuesday</p>",
        "<p>  leading and trailing  </p><p>\u00a0\u00a0no-break\u00a0\u00a0spaces\u00a0</p>",
        "<p>zero\u200bwidth and soft\u00adhyphen, \u200b leading</p><p>\u200b \u200b</p>",
        "<div>line one<br>line two<br/><br> line three</div><p>a<br>b</p>",
        "<div>block<div>nested</div>after<span>inline</span><p>para</p>tail</div>",
        "<a href=x><div class=k></div><div>NBC on Demand</div><span>Watch the</span></a>",
        "<span>inline<div>block inside inline</div>after</span><em>x</em>y",
        "<table><tr><td>one</td><td>two</td></tr><tr><th>three</th><td></td><td> </td></tr></table>",
        "<pre>  kept\n    as   is  </pre><p>then <pre>\n x\ty </pre> normal</p>",
        "<pre><code><span>  deep\n\n  inside pre </span></code></pre><textarea>  a\n b </textarea>",
        "<pre><b><i><u><s><em>  five  below  </em></s></u></i></b></pre>",
        "<pre><b><i><u><s><em><q>  six  below  </q></em></s></u></i></b></pre>",
        "<pre><b><i><u><s><em><q><small>  seven  below  </small>  six  </q></em></s></u></i></b></pre>",
        "<ul><li>one</li><li> two </li><li><b>three</b></li></ul><ol><li>4</li></ol>",
        "<p>Control\u0001char and\u000bvertical tab, form\ffeed\rreturn</p>",
        "<p>Emoji \uD83D\uDE00 and lone \uD800 surrogate, CJK 北京 and Arabic، text</p>",
        "<p><!-- a comment --> text<script>var x = 1;</script> after <style>p{}</style>script</p>",
        "<svg><text>inside svg</text><![CDATA[  raw   cdata ]]></svg><math><mi>x</mi></math>",
        "<p>a<span> </span>b<span>\n</span>c<i></i>d<img src=x>e<wbr>f</p>",
        "<h1><span class=kicker>Kicker</span> Headline <small>Sub</small></h1><figure><img><figcaption>Cap"
            + "</figcaption></figure>",
        "<dl><dt>term</dt><dd>definition</dd></dl><blockquote>quote<cite>who</cite></blockquote>text",
        "<p></p><div></div><span></span>   <p> </p>",
        "<custom-tag>custom <other-tag>tags</other-tag> here</custom-tag><button>Click</button><label>L</label>",
    })
    void sameAsJsoupOnEdgeCases(String html) {
        assertSameOnEveryElement(Jsoup.parse(html));
    }

    @Test
    void sameAsJsoupOnXmlAndCdata() {
        assertSameOnEveryElement(Jsoup.parse("<r><a>  x <![CDATA[ y  z ]]> w</a><b>\n</b></r>", "", Parser.xmlParser()));
    }

    @Test
    void sameAsJsoupOnTheTestPages() throws IOException {
        for (Document doc : TestPages.ours()) {
            assertSameOnEveryElement(doc);
        }
    }

    @Test
    void sameAsJsoupOnRealPages() throws IOException {
        for (Document doc : TestPages.real(20)) {
            assertSameOnEveryElement(doc);
        }
    }
}
