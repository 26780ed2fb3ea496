package io.github.wirestory.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageScanTest {

    /**
     * An element the scan skips entirely (svg, script, style, ...) gets no tail call from the walk: a comment-like
     * class on it must not leave the rest of the page inside a comment section, where bylines are not read.
     */
    @Test
    void skippedCommentIconDoesNotOpenACommentSection() {
        for (String icon : new String[] {"<svg class=\"comment-icon\"><path d=\"M0 0\"/></svg>",
            "<script class=\"comments\">var n = 3;</script>", "<template id=\"comments\"><p>x</p></template>"}) {
            PageScan scan = PageScan.of(Jsoup.parse("<html><body><article><h1>Ministers meet in Seoul</h1>"
                    + "<a href=\"#c\">" + icon + " 12</a>"
                    + "<p>By Jane Doe</p><a rel=\"author\" href=\"/jane\">Jane Doe</a>"
                    + "<div class=\"byline\">Jane Doe, Associated Press</div>"
                    + "<p>SEOUL, South Korea (AP) — The talks opened on Monday.</p></article></body></html>"));
            assertThat(scan.byLines).as(icon).containsExactly("By Jane Doe");
            assertThat(scan.relAuthor).as(icon).containsExactly("Jane Doe");
            assertThat(scan.bylineMarkup).as(icon).containsExactly("Jane Doe, Associated Press");
        }
    }

    /**
     * WordPress marks the body of a blog with one author {@code single-author} (and its wrapper may say
     * {@code author}): the page itself is not a byline, and its headline, bylines and dates are read.
     */
    @Test
    void aPageWhoseBodyClassSaysAuthorIsStillRead() {
        for (String open : new String[] {"<html><body class=\"post-template-default single single-author\">",
            "<html class=\"author\"><body class=\"single-author postid-52005\">"}) {
            PageScan scan = PageScan.of(Jsoup.parse(open + "<article><h1>Ministers meet in Seoul</h1>"
                    + "<p class=\"post-author\">By <a rel=\"author\" href=\"/jane\">Jane Doe</a> - 2024-03-05</p>"
                    + "<time datetime=\"2024-03-05T09:00:00+09:00\">March 5, 2024</time>"
                    + "<p>SEOUL, March 5 (Yonhap) -- The talks opened on Tuesday.</p></article></body></html>"));
            assertThat(scan.h1).as(open).containsExactly("Ministers meet in Seoul");
            assertThat(scan.bylineMarkup).as(open).containsExactly("By Jane Doe - 2024-03-05");
            assertThat(scan.timeAny).as(open).hasSize(1);
        }
    }

    /**
     * An element whose class says author but that holds more than a byline's text (a layout wrapper such as
     * {@code <div class="post-author-layout">} around the story) is no byline: what it holds is read.
     */
    @Test
    void aLongElementWhoseClassSaysAuthorIsReadInside() {
        String story = "<p>SEOUL, March 5 (Yonhap) -- The talks opened on Tuesday, officials said, and they are to "
                + "last three days in the capital, with delegations from both sides and a closing statement.</p>"
                + "<p>The two sides last met in the autumn, when they agreed to meet again before the summer.</p>";
        PageScan scan = PageScan.of(Jsoup.parse("<html><body><div class=\"post-author-layout\"><article>"
                + "<h1>Ministers meet in Seoul</h1><div class=\"author\">By Jane Doe</div>"
                + "<time datetime=\"2024-03-05T09:00:00+09:00\">March 5, 2024</time>" + story
                + "</article></div></body></html>"));
        assertThat(scan.h1).containsExactly("Ministers meet in Seoul");
        assertThat(scan.bylineMarkup).containsExactly("By Jane Doe");
        assertThat(scan.timeAny).hasSize(1);
    }

    @Test
    void bylinesInsideACommentSectionAreNotRead() {
        PageScan scan = PageScan.of(Jsoup.parse("<html><body><article><p>By Jane Doe</p></article>"
                + "<section class=\"comments\"><p>By Reader Name</p><a rel=\"author\" href=\"/r\">Reader Name</a>"
                + "</section><p>By John Roe</p></body></html>"));
        assertThat(scan.byLines).containsExactly("By Jane Doe", "By John Roe");
        assertThat(scan.relAuthor).isEmpty();
    }

    /**
     * Microdata: the first value of each itemprop metadata reads; other itemprops (and later values) are not
     * made, the element's text being the costly part.
     */
    @Test
    void microdataKeepsTheFirstValueOfTheKeysMetadataReads() {
        PageScan scan = PageScan.of(Jsoup.parse("<html><body>"
                + "<article itemscope itemtype=\"https://schema.org/NewsArticle\">"
                + "<h1 itemprop=\"headline\">Ministers meet in Seoul</h1>"
                + "<span itemprop=\"author\" itemscope><span itemprop=\"name\">Jane Doe</span></span>"
                + "<time itemprop=\"datePublished\" datetime=\"2024-03-05T08:00:00+09:00\">March 5</time>"
                + "<time itemprop=\"datePublished\" datetime=\"2024-03-06T08:00:00+09:00\">March 6</time>"
                + "<span itemprop=\"articleSection\">World</span>"
                + "<div itemprop=\"articleBody\"><p>SEOUL (AP) — The talks opened on Monday.</p></div>"
                + "</article></body></html>"));
        assertThat(scan.itemprop("headline")).isEqualTo("Ministers meet in Seoul");
        assertThat(scan.itemprop("author")).isEqualTo("Jane Doe");
        assertThat(scan.itemprop("datepublished")).isEqualTo("2024-03-05T08:00:00+09:00");
        assertThat(scan.itemprop.keySet()).containsExactlyInAnyOrder("headline", "author", "datepublished");
        assertThat(scan.itemprop.get("datepublished")).hasSize(1);
    }

    /** Meta values are kept as the page gives them and come back with white space collapsed when read. */
    @Test
    void metaValuesAreCollapsedWhenRead() {
        PageScan scan = PageScan.of(Jsoup.parse("<html><head>"
                + "<meta property=\"og:title\" content=\"  Ministers\n   meet in\u00a0Seoul \">"
                + "<meta name=\"author\" content=\"Jane\t Doe\"><meta name=\"Author\" content=\" John  Roe \">"
                + "<meta name=\"description\" value=\"Talks   open\">"
                + "</head><body><p>Text.</p></body></html>"));
        assertThat(scan.meta("og:title")).isEqualTo("Ministers meet in Seoul");
        assertThat(scan.meta("og:title")).isEqualTo("Ministers meet in Seoul"); // read again: the same
        assertThat(scan.metaAll("author")).containsExactly("Jane Doe", "John Roe");
        assertThat(scan.meta("author")).isEqualTo("Jane Doe");
        assertThat(scan.meta("description")).isEqualTo("Talks open");
        assertThat(scan.meta("og:description")).isNull();
        assertThat(scan.metaAll("og:description")).isNull();
    }
}
