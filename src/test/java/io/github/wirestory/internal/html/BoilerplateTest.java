package io.github.wirestory.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BoilerplateTest {
    private static int flags(String html) {
        return ClassWords.flags(Jsoup.parseBodyFragment(html).body().child(0));
    }

    @Test
    void classWordsSplitOnSeparatorsAndCamelCaseAndSkipTaxonomy() {
        List<String> words = new ArrayList<>();
        ClassWords.split("articleBody share-bar__item category-advertising", words);
        assertThat(words).containsExactly("article", "body", "share", "bar", "item");
    }

    @Test
    void flagsComeFromOneLexicon() {
        assertThat(flags("<div class=\"share-bar\">") & ClassWords.STRONG_HARD).isNotZero();
        assertThat(flags("<div class=\"article-body\">") & ClassWords.BODY).isNotZero();
        assertThat(flags("<div class=\"article-body\">") & ClassWords.POSITIVE).isNotZero();
        assertThat(flags("<span class=\"sr-only\">") & ClassWords.SCREEN_READER).isNotZero();
        assertThat(flags("<span class=\"dateline\">") & ClassWords.DATELINE).isNotZero();
        assertThat(flags("<div id=\"comments\">") & ClassWords.COMMENT).isNotZero();
        assertThat(flags("<p>")).isZero();
    }

    @Test
    void furnitureIsRemovedButTheArticleBodyAndDatelinesStay() {
        String prose = "The story goes on for a while, as stories do, with facts and quotes. ".repeat(10);
        Element body = Jsoup.parse("<body><div class=\"page has-sidebar\"><div class=\"article-body share-enabled\">"
                + "<p><span class=\"dateline\">SEOUL (AP) —</span> " + prose + "</p>"
                + "<div class=\"social-share\">Share</div></div><aside>More</aside></div></body>").body();
        List<String> removed = new ArrayList<>();
        Boilerplate.runAll(body.ownerDocument(), List.of((Boilerplate.Builtin) Boilerplate.boilerplate()),
                List.of(new io.github.wirestory.clean.HtmlRemovals() {
                    @Override
                    public void remove(Element element) {
                        removed.add(element.text());
                        element.remove();
                    }

                    @Override
                    public void removed(String text) {
                        removed.add(text);
                    }
                }));
        assertThat(removed).containsExactly("Share", "More");
        assertThat(body.select("span.dateline")).hasSize(1);
    }

    @Test
    void shortTextStopsEarly() {
        Element e = Jsoup.parseBodyFragment("<div>" + "word ".repeat(100_000) + "</div>").body().child(0);
        assertThat(Boilerplate.shortText(e, 250)).isFalse();
        assertThat(Boilerplate.shortText(Jsoup.parseBodyFragment("<div>short</div>").body().child(0), 250)).isTrue();
    }
}
