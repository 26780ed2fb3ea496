package io.github.wirestory.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.WireStoryParser;
import io.github.wirestory.clean.HtmlCleaner;
import io.github.wirestory.clean.HtmlCleaners;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The data of scripts and style sheets that jsoup skips ({@link UnreadData}): what is emptied, and that the tree
 * the steps read is jsoup's tree of the page as it is, less that data, or the page is parsed again as it is.
 */
class UnreadDataTest {
    private static final WireStoryParser P = WireStoryParser.defaults();
    private static final String M = UnreadData.newMark();
    private static final String LONG_JS = "window.dataLayer = window.dataLayer || []; dataLayer.push({page: 'world'});";

    @Test
    void emptiesScriptAndStyleDataButJsonLdAndShortOnes() {
        String ld = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Seoul says\"}";
        String html = "<html><head><script>" + LONG_JS + "</script><script type=\"application/ld+json\">" + ld
                + "</script><script TYPE='Application/LD+JSON'>" + ld + "</script><script>var a=1;</script>"
                + "<style media=\"all\">.share-tools{display:none} .story p{margin:0 0 1em 0}</style></head>"
                + "<body><p>Text</p><SCRIPT async src=\"/ads.js\">" + LONG_JS + "</SCRIPT ></body></html>";
        assertThat(UnreadData.emptied(html, M)).isEqualTo("<html><head><script>" + M + "</script>"
                + "<script type=\"application/ld+json\">" + ld + "</script><script TYPE='Application/LD+JSON'>" + ld
                + "</script><script>var a=1;</script><style media=\"all\">" + M + "</style></head>"
                + "<body><p>Text</p><SCRIPT async src=\"/ads.js\">" + M + "</SCRIPT ></body></html>");
    }

    @Test
    void takesTheFirstEndTagJsoupCouldAcceptAndSkipsQuotedValues() {
        String js = "var s = '</scripts>' + '</p>'; if (a < b) { go(); } // long enough to be emptied";
        assertThat(UnreadData.emptied("<script data-x=\"a>b\" data-y='>'>" + js + "</script\t>after", M))
                .isEqualTo("<script data-x=\"a>b\" data-y='>'>" + M + "</script\t>after");
    }

    /** Each parse has its own mark, so a page cannot hold it on purpose (and so offset a misread in the count). */
    @Test
    void eachParseHasItsOwnMark() {
        String html = "<html><head><script>" + LONG_JS + "</script></head><body><p>Text</p></body></html>";
        UnreadData.Parsed a = UnreadData.parse(html, "");
        UnreadData.Parsed b = UnreadData.parse(html, "");
        assertThat(a.mark()).isNotEqualTo(b.mark()).matches("\uE000[0-9a-f]{16}\uE001");
        assertThat(a.doc().selectFirst("script").data()).isEqualTo(a.mark());
        assertThat(P.parseHtml(html)).isEqualTo(P.parseHtml(html));
    }

    @Test
    void leavesScriptsThatMayHoldEscapedEndTags() {
        String html = "<script><!-- document.write('<script>x()</script>'); " + LONG_JS + " --></script><p>x</p>";
        assertThat(UnreadData.emptied(html, M)).isEqualTo(html);
    }

    @Test
    void leavesForeignContentRcdataAndUnwalkedSubtrees() {
        String css = "<style>.icon{fill:#c00;stroke:none;stroke-width:2px;opacity:.8}</style>";
        String html = "<svg viewBox=\"0 0 24 24\">" + css + "<path d=\"M0 0h24v24H0z\"/></svg>"
                + "<math><mi>x</mi>" + css + "</math><noscript>" + css + "</noscript><template><script>"
                + LONG_JS + "</script></template><textarea><script>" + LONG_JS + "</script></textarea><title><style>"
                + "not a style sheet at all, only a title text</style></title><iframe><script>" + LONG_JS
                + "</script></iframe><!-- <script>" + LONG_JS + "</script> -->";
        assertThat(UnreadData.emptied(html, M)).isEqualTo(html);
        assertThat(UnreadData.emptied("<plaintext><script>" + LONG_JS + "</script>", M))
                .isEqualTo("<plaintext><script>" + LONG_JS + "</script>");
    }

    /** Markup the scan misreads: each must give the story of the page as it is, through the check. */
    private static final List<String> MISREAD = List.of(
            "<p title=\"<script>\">" + LONG_JS + "</script> visible text</p>",
            "<div data-embed='<style>'>.a{} .b{} .c{} .d{} .e{} .f{} .g{}</style> text</div>",
            "<SVG><style>.icon{fill:#c00;stroke:none;stroke-width:2px}</style></SVG><p>Para</p>",
            "<svg><svg></svg><style>.icon{fill:#c00;stroke:none;stroke-width:2px}</style></svg>",
            "<TITLE><script>" + LONG_JS + "</script></TITLE><p>Para</p>",
            "<!-- a --!> <script>" + LONG_JS + "</script> --> <p>Para</p>",
            "<frameset><script>" + LONG_JS + "</script></frameset>",
            "<script src=x />" + LONG_JS + "<p>Para</p></script>",
            "<script>" + LONG_JS + "</script\u000B><p>Para</p></script>",
            "<table><tr><td><script>" + LONG_JS + "</script></td></tr></table>",
            "<div class=\"byline author\">By Min-ji Park<script>" + LONG_JS + "</script></div>",
            "<body class=\"single-author\"><p>Text</p><script>" + LONG_JS + "</script></body>",
            "<script>" + M + "</script><script>" + LONG_JS + "</script>");

    @Test
    void misreadMarkupGivesTheStoryOfThePageAsItIs() {
        for (String body : MISREAD) {
            String html = "<html><head><meta property=\"og:title\" content=\"Seoul says\"></head><body><article>"
                    + "<p>SEOUL, July 27 (UPI) -- North Korea's KCNA reported the launch, state media said.</p>"
                    + body + "</article></body></html>";
            assertThat(P.parseHtml(html)).as(body).isEqualTo(P.parse(Jsoup.parse(html)));
        }
    }

    @Test
    void sameTreeLessTheEmptiedDataOnTestPagesAndRandomMarkup() throws IOException {
        List<String> pages = new ArrayList<>(MISREAD);
        for (Document d : TestPages.ours()) {
            pages.add(d.outerHtml());
        }
        Random r = new Random(20261127);
        for (int i = 0; i < 3000; i++) {
            pages.add(soup(r));
        }
        int checked = 0;
        int reparsed = 0;
        for (String html : pages) {
            UnreadData.Parsed parsed = UnreadData.parse(html, "");
            if (parsed.emptied() == 0) {
                continue;
            }
            if (PageScan.of(parsed.doc(), new ElementText(), parsed.mark()).marks != parsed.emptied()) {
                reparsed++; // the pipeline parses the page again as it is
                continue;
            }
            assertThat(same(Jsoup.parse(html), parsed.doc(), parsed.mark())).as(html).isTrue();
            checked++;
        }
        assertThat(checked).isGreaterThan(400);
        assertThat(reparsed).isGreaterThan(0); // the check does catch misreadings
    }

    @Test
    void sameStoriesOnRandomMarkup() {
        Random r = new Random(7);
        for (int i = 0; i < 400; i++) {
            String html = soup(r);
            assertThat(P.parseHtml(html)).as(html).isEqualTo(P.parse(Jsoup.parse(html)));
        }
    }

    @Test
    void sameTreeOnRealPages() throws IOException {
        for (Document d : TestPages.real(40)) { // skipped without ../shared
            String html = d.outerHtml();
            UnreadData.Parsed parsed = UnreadData.parse(html, "");
            assertThat(PageScan.of(parsed.doc(), new ElementText(), parsed.mark()).marks).isEqualTo(parsed.emptied());
            assertThat(same(Jsoup.parse(html), parsed.doc(), parsed.mark())).isTrue();
        }
    }

    @Test
    void aCallersCleanerGetsTheWholePage() {
        List<String> seen = new ArrayList<>();
        HtmlCleaner spy = HtmlCleaner.named("script-reader", (doc, removals) -> {
            for (Element s : doc.getElementsByTag("script")) {
                seen.add(s.data());
            }
        });
        WireStoryParser p = WireStoryParser.builder()
                .htmlCleaners(List.of(spy, HtmlCleaners.nonContent(), HtmlCleaners.boilerplate())).build();
        p.parseHtml("<html><head><script>" + LONG_JS + "</script></head><body><p>Text</p></body></html>");
        assertThat(seen).containsExactly(LONG_JS);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void linearOnHostileMarkup() {
        int n = 1 << 20;
        List<String> hostile = List.of(
                "<script>".repeat(n / 8),
                "<script>" + "</".repeat(n / 2),
                "<script>" + "<!--".repeat(n / 8) + "</script>".repeat(n / 16),
                ("<svg>" + "<style>" + LONG_JS + "</style>").repeat(n / 90),
                ("<noscript>" + "<title>").repeat(n / 17),
                "<script a=\"".repeat(n / 11),
                "<s".repeat(n / 8),
                ("<style>" + "x".repeat(40) + "</style>").repeat(n / 55));
        for (String html : hostile) {
            UnreadData.Scan scan = new UnreadData.Scan(html);
            scan.run();
            assertThat(UnreadData.parse(html, "").doc()).isNotNull();
            assertThat(P.parseHtml(html)).isNotNull();
        }
    }

    /** Random markup from the pieces the scan reads: script, style and skipped elements, quotes, comments. */
    private static String soup(Random r) {
        String[] pieces = {"<script>", "</script>", "<SCRIPT type=\"text/x-template\">", "</SCRIPT>", "<style>",
            "</style>", "<svg>", "</svg>", "<math>", "</math>", "<noscript>", "</noscript>", "<template>",
            "</template>", "<title>", "</title>", "<textarea>", "</textarea>", "<!--", "-->", "<!-->", "--!>",
            "<p class=\"", "\">", "<div data-x='", "'>", "<script src=a />", "<script type=application/ld+json>",
            "<table>", "<tr>", "<td>", "</table>", "<p>", "</p>", "<", ">", "\"", "'", "=", " ", "</", "<!",
            "<xmp>", "</xmp>", "<iframe>", "</iframe>", "<plaintext>", "<frameset>", "<head>", "<body>",
            "<div class=\"byline\">", "</div>", LONG_JS, "if (a < b && c > d) x = '</p>';", ".a{color:red}",
            "Text of a paragraph, long enough to count.", "\u0000", "\r\n", "<script>" + LONG_JS + "</script>",
            "<style>.story p{margin:0 0 1em 0} .share{display:none}</style>", "<script>" + LONG_JS,
            "<style>.story p{margin:0 0 1em 0} .share{display:none}"};
        StringBuilder sb = new StringBuilder();
        int k = 5 + r.nextInt(40);
        for (int i = 0; i < k; i++) {
            sb.append(pieces[r.nextInt(pieces.length)]);
        }
        return sb.toString();
    }

    /** Whether two trees are the same, but where {@code b} holds {@code mark} as a script's data. */
    private static boolean same(Node a, Node b, String mark) {
        if (a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof Element ea) {
            Element eb = (Element) b;
            if (!ea.tagName().equals(eb.tagName()) || !ea.attributes().equals(eb.attributes())) {
                return false;
            }
            if (UnreadData.isMark(eb, mark)) {
                return !UnreadData.isMark(ea, mark)
                        && (ea.normalName().equals("script") || ea.normalName().equals("style"));
            }
            if (ea.childNodeSize() != eb.childNodeSize()) {
                return false;
            }
            for (int i = 0; i < ea.childNodeSize(); i++) {
                if (!same(ea.childNode(i), eb.childNode(i), mark)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof TextNode ta) {
            return ta.getWholeText().equals(((TextNode) b).getWholeText());
        }
        if (a instanceof DataNode da) {
            return da.getWholeData().equals(((DataNode) b).getWholeData());
        }
        if (a instanceof Comment ca) {
            return ca.getData().equals(((Comment) b).getData());
        }
        return a.outerHtml().equals(b.outerHtml());
    }
}
