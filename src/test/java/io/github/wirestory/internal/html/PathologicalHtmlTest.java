package io.github.wirestory.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile pages of about 1 MB: each must parse in well under a second (the timeout is generous for CI). */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class PathologicalHtmlTest {
    private static final WireStoryParser P = WireStoryParser.defaults();

    @Test
    void deepNesting() {
        WireStory s = P.parseHtml("<div class=\"a b\">".repeat(60_000) + "<p>Deep text that is long enough to be"
                + " a paragraph, with a comma.</p>" + "</div>".repeat(60_000));
        assertThat(s).isNotNull();
    }

    @Test
    void manyParagraphsAndLinks() {
        StringBuilder sb = new StringBuilder("<html><body><article>");
        for (int i = 0; i < 10_000; i++) {
            sb.append("<p>Paragraph ").append(i).append(", with <a href=\"#\">a link</a> and more words.</p>");
        }
        WireStory s = P.parseHtml(sb.append("</article></body></html>").toString());
        assertThat(s.paragraphs()).hasSizeGreaterThan(9_000);
    }

    @Test
    void hugeAttributesJsonLdAndText() {
        String cls = "share-".repeat(200_000);
        String json = "{\"@type\":\"NewsArticle\",\"headline\":\"" + "x".repeat(300_000) + "\",\"author\":"
                + "[".repeat(20_000);
        WireStory s = P.parseHtml("<html><head><script type=\"application/ld+json\">" + json + "</script>"
                + "<title>" + "T - ".repeat(50_000) + "</title></head><body><div class=\"" + cls + "\">"
                + "By ".repeat(50_000) + "</div><p>" + "2023 ".repeat(50_000) + "</p></body></html>");
        assertThat(s).isNotNull();
    }

    @Test
    void manyClassedElements() {
        StringBuilder sb = new StringBuilder("<html><body>");
        for (int i = 0; i < 40_000; i++) {
            sb.append("<span class=\"c").append(i).append(" article-body byline-").append(i % 7).append("\">By x</span>");
        }
        assertThat(P.parseHtml(sb.append("</body></html>").toString())).isNotNull();
    }
}
