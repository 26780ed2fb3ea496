package io.github.wirestory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wirestory.clean.HtmlCleaner;
import io.github.wirestory.clean.HtmlCleaners;
import io.github.wirestory.model.MetaSource;
import io.github.wirestory.model.MetaValue;
import io.github.wirestory.model.PageMetadata;
import io.github.wirestory.model.Paragraph;
import io.github.wirestory.model.Published;
import io.github.wirestory.model.Removal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** HTML input on pages written for these tests, each mimicking one publisher's real markup. */
class HtmlParsingTest {
    private static final WireStoryParser PARSER = WireStoryParser.defaults();

    static String page(String name) {
        try (InputStream in = HtmlParsingTest.class.getResourceAsStream("/html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(WireStory s) {
        return s.paragraphs().stream().map(Paragraph::text).toList();
    }

    private static List<String> removedBy(WireStory s, String cleaner) {
        return s.removed().stream().filter(r -> r.cleaner().equals(cleaner)).map(Removal::text).toList();
    }

    @Test
    void apPageGivesMetadataWithSourcesAndKeepsTheDatelineSpan() {
        WireStory s = PARSER.parseHtml(page("ap.html"));
        assertThat(s.headline()).contains("North Korea tests new engine at coastal site, officials say");
        assertThat(s.metadata().headline().map(MetaValue::source)).contains(MetaSource.H1);
        assertThat(s.byline().orElseThrow().names()).containsExactly("Hyung-jin Kim", "Mari Yamaguchi");
        assertThat(s.metadata().byline().map(MetaValue::source)).contains(MetaSource.JSON_LD);
        // JSON-LD datePublished (with the page's own offset) wins over article:published_time
        Published p = s.published().orElseThrow();
        assertThat(p.dateTime()).contains(OffsetDateTime.of(2023, 7, 27, 11, 15, 0, 0, ZoneOffset.ofHours(9)));
        assertThat(p.date()).isEqualTo(LocalDate.of(2023, 7, 27));
        assertThat(p.source()).isEqualTo(MetaSource.JSON_LD);
        assertThat(p.iso()).isEqualTo("2023-07-27T11:15:00+09:00");
        assertThat(s.siteName()).contains("AP News");
        // <span class="dateline"> is kept and parsed
        assertThat(s.dateline().orElseThrow().text()).isEqualTo("SEOUL, South Korea (AP) —");
        assertThat(s.agency().orElseThrow().agency().id()).isEqualTo("ap");
        assertThat(texts(s).get(0)).startsWith("North Korea tested a new solid-fuel engine");
        assertThat(texts(s)).anyMatch(t -> t.startsWith("“This is a serious provocation"));
        assertThat(String.join("\n", texts(s))).doesNotContain("Advertisement", "Related coverage", "Sign up",
                "cookies", "Copyright", "Copy Link", "AP Photo");
        assertThat(removedBy(s, "html-boilerplate")).contains("Share Copy Link Facebook X", "Advertisement");
        assertThat(removedBy(s, "html-boilerplate")).anyMatch(t -> t.startsWith("We use cookies"));
        assertThat(removedBy(s, "html-boilerplate")).anyMatch(t -> t.startsWith("Sign up for our daily newsletter"));
        assertThat(removedBy(s, "html-captions")).anyMatch(t -> t.startsWith("An engine stand"));
        String datelineInText = s.text().substring(s.dateline().get().span().begin(), s.dateline().get().span().end());
        assertThat(datelineInText).isEqualTo("SEOUL, South Korea (AP) —");
    }

    @Test
    void reutersPageResolvesGraphReferencesAndGivesTheDatelineItsYear() {
        WireStory s = PARSER.parseHtml(page("reuters.html"));
        assertThat(s.headline()).contains("South Korea says North fired two ballistic missiles into sea");
        assertThat(s.byline().orElseThrow().names()).containsExactly("Soo-hyang Choi", "Josh Smith");
        assertThat(s.dateline().orElseThrow().date()).contains(LocalDate.of(2023, 7, 24));
        assertThat(s.published().orElseThrow().dateTime())
                .contains(OffsetDateTime.of(2023, 7, 24, 14, 2, 11, 0, ZoneOffset.UTC));
        assertThat(s.siteName()).contains("Reuters");
        assertThat(texts(s).subList(0, 3)).containsExactly(
                "North Korea fired two short-range ballistic missiles into the sea off its east coast late on Monday,"
                        + " South Korea's military said.",
                "The launches came hours after a U.S. submarine docked at a southern port, a visit the North has"
                        + " called a threat.",
                "Japan's coast guard also reported the launches and said ships should watch for falling objects.");
        assertThat(String.join("\n", texts(s))).doesNotContain("Scroll to continue", "Read Next", "Trust Principles",
                "China says it will keep talking");
    }

    @Test
    void upiPageStripsTheTitleSuffixAndUsesThePublishedDateForTheDatelineYear() {
        WireStory s = PARSER.parseHtml(page("upi.html"));
        assertThat(s.headline()).contains("Kim Jong Un tours missile factory with visiting delegation");
        assertThat(s.byline().orElseThrow().names()).containsExactly("Darryl Coote");
        assertThat(s.metadata().byline().map(MetaValue::key)).contains("author");
        assertThat(s.published().orElseThrow().dateTime())
                .contains(OffsetDateTime.of(2023, 7, 27, 6, 41, 0, 0, ZoneOffset.ofHours(-4)));
        // "July 27 (UPI) --" gives no year: the publication date supplies it
        assertThat(s.dateline().orElseThrow().text()).isEqualTo("July 27 (UPI) --");
        assertThat(s.dateline().get().date()).contains(LocalDate.of(2023, 7, 27));
        assertThat(s.agency().orElseThrow().agency().id()).isEqualTo("upi");
        assertThat(texts(s)).hasSize(4);
        assertThat(texts(s).get(3)).isEqualTo("Analysts in Seoul said the visit was meant to signal closer military ties.");
        assertThat(removedBy(s, "html-boilerplate")).anyMatch(t -> t.startsWith("Comments Reader One"));
        assertThat(removedBy(s, "html-boilerplate")).anyMatch(t -> t.startsWith("Trending Stories"));
        assertThat(removedBy(s, "html-captions")).contains("Photo by KCNA/UPI");
        assertThat(removedBy(s, "html-body")).anyMatch(t -> t.startsWith("Copyright 2023 United Press"));
    }

    @Test
    void yonhapPageTakesTheVisibleTimeStampWhenThereIsNoMetadataDate() {
        WireStory s = PARSER.parseHtml(page("yonhap.html"));
        assertThat(s.headline()).contains("(LEAD) N. Korea fires cruise missiles into Yellow Sea: JCS");
        Published p = s.published().orElseThrow();
        assertThat(p.date()).isEqualTo(LocalDate.of(2023, 7, 22));
        assertThat(p.dateTime()).isEmpty(); // no offset on the page: no instant is invented
        assertThat(p.source()).isEqualTo(MetaSource.TEXT);
        assertThat(p.iso()).isEqualTo("2023-07-22");
        assertThat(s.dateline().orElseThrow().text()).isEqualTo("SEOUL, July 22 (Yonhap) --");
        assertThat(s.agency().orElseThrow().agency().id()).isEqualTo("yonhap");
        assertThat(s.siteName()).contains("Yonhap News Agency");
        assertThat(texts(s).get(0)).startsWith("North Korea fired several cruise missiles");
        assertThat(String.join("\n", texts(s))).doesNotContain("Related News", "Keywords", "#cruise missile");
    }

    @Test
    void xinhuaPageWithoutMetadataStillGivesHeadlineDateAndDateline() {
        WireStory s = PARSER.parseHtml(page("xinhua.html"));
        assertThat(s.headline()).contains("China, Laos hold talks on railway cooperation");
        assertThat(s.metadata().headline().map(MetaValue::source)).contains(MetaSource.H1);
        assertThat(s.published().map(Published::date)).contains(LocalDate.of(2023, 7, 27));
        assertThat(s.dateline().orElseThrow().location()).contains("BEIJING");
        assertThat(s.agency().orElseThrow().agency().id()).isEqualTo("xinhua");
        assertThat(s.agency().get().agency().stateMedia()).isTrue();
        assertThat(texts(s)).hasSize(3);
        assertThat(removedBy(s, "html-boilerplate")).contains("Share: Weibo WeChat");
    }

    @Test
    void kcnaWatchPageNamesTheAgencyFromSourceOrganizationAndNoSiteByline() {
        WireStory s = PARSER.parseHtml(page("kcnawatch.html"));
        assertThat(s.headline()).contains("Kim Jong Un Inspects Munitions Enterprise");
        assertThat(s.metadata().agency()).contains(
                new MetaValue("Korean Central News Agency", MetaSource.JSON_LD, "sourceOrganization"));
        // the only author is the site itself: not a byline
        assertThat(s.byline()).isEmpty();
        assertThat(s.published().orElseThrow().dateTime())
                .contains(OffsetDateTime.of(2023, 8, 14, 10, 10, 0, 0, ZoneOffset.ofHours(9)));
        assertThat(s.dateline().orElseThrow().text()).isEqualTo("Pyongyang, August 14 (KCNA) --");
        assertThat(s.agency().orElseThrow().agency().id()).isEqualTo("kcna");
        assertThat(texts(s)).containsExactly(
                "Kim Jong Un, general secretary of the Workers' Party of Korea, inspected a major munitions enterprise.",
                "He looked round the workshops and praised the workers for raising production, KCNA said.",
                "He set tasks for making the production processes modern, the news agency said.");
        assertThat(removedBy(s, "html-boilerplate")).contains("Log in to see the full archive.");
    }

    @Test
    void yahooSyndicationPageGivesTheSameStoryAsItsPlainText() {
        WireStory html = PARSER.parseHtml(page("yahoo.html"));
        assertThat(html.metadata().agency()).contains(new MetaValue("UPI", MetaSource.JSON_LD, "provider"));
        assertThat(html.siteName()).contains("Yahoo News");
        assertThat(html.byline().orElseThrow().names()).containsExactly("Darryl Coote");
        assertThat(removedBy(html, "page-noise")).contains("Oops!", "Something went wrong.", "Please try again later.");

        String plain = String.join("\n\n", "Kim Jong Un shows off missiles to Russian defense minister", "UPI",
                "July 27 (UPI) -- North Korean leader Kim Jong Un showed Russian Defense Minister Sergei Shoigu the"
                        + " country's newest missiles on Wednesday, state media reported.",
                "Oops!\nSomething went wrong.\nPlease try again later.",
                "The Korean Central News Agency said the two men toured an exhibition of weapons ahead of a military"
                        + " parade.",
                "KCNA said Kim and Shoigu discussed security matters of mutual interest.",
                "Washington accused Pyongyang of supplying arms to Russia, a charge both deny.");
        WireStory text = PARSER.parse(plain, LocalDate.of(2023, 7, 27));
        assertThat(texts(html)).isEqualTo(texts(text));
        assertThat(html.headline()).isEqualTo(text.headline());
        assertThat(html.dateline().map(d -> d.text())).isEqualTo(text.dateline().map(d -> d.text()));
        assertThat(html.dateline().flatMap(d -> d.date())).isEqualTo(text.dateline().flatMap(d -> d.date()));
        assertThat(html.agency().map(a -> a.agency().id())).isEqualTo(text.agency().map(a -> a.agency().id()));
    }

    @Test
    void plainTextHasNoPageMetadata() {
        WireStory s = PARSER.parse("Headline\n\nFirst paragraph of the story.");
        assertThat(s.published()).isEmpty();
        assertThat(s.siteName()).isEmpty();
        assertThat(s.metadata()).isEqualTo(PageMetadata.empty());
        assertThat(s.metadata().isEmpty()).isTrue();
    }

    @Test
    void metadataPrecedenceJsonLdThenOpenGraphThenTitle() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Alpha headline from"
                + " JSON-LD here\"}</script>";
        String og = "<meta property=\"og:title\" content=\"Beta headline from OpenGraph here\">";
        String title = "<title>Gamma headline from the title element | Example Times</title>"
                + "<meta property=\"og:site_name\" content=\"Example Times\">";
        String body = "<body><p>Some body text that is long enough to count as a paragraph of the story.</p></body>";
        WireStory all = PARSER.parseHtml("<html><head>" + title + og + ld + "</head>" + body + "</html>");
        assertThat(all.headline()).contains("Alpha headline from JSON-LD here");
        assertThat(all.metadata().headline()).contains(
                new MetaValue("Alpha headline from JSON-LD here", MetaSource.JSON_LD, "newsarticle.headline"));
        WireStory noLd = PARSER.parseHtml("<html><head>" + title + og + "</head>" + body + "</html>");
        assertThat(noLd.metadata().headline().map(MetaValue::key)).contains("og:title");
        WireStory titleOnly = PARSER.parseHtml("<html><head>" + title + "</head>" + body + "</html>");
        assertThat(titleOnly.headline()).contains("Gamma headline from the title element");
        assertThat(titleOnly.metadata().headline().map(MetaValue::source)).contains(MetaSource.TITLE);
        // a visible h1 that agrees with the metadata is preferred: it is what readers see
        WireStory h1 = PARSER.parseHtml("<html><head>" + og + "</head><body><h1>Beta headline from OpenGraph here"
                + "</h1><p>Some body text that is long enough to count as a paragraph of the story.</p></body></html>");
        assertThat(h1.metadata().headline()).contains(
                new MetaValue("Beta headline from OpenGraph here", MetaSource.H1, "h1"));
    }

    @Test
    void aYearIsNeverInvented() {
        WireStory s = PARSER.parseHtml("<html><head><title>Talks resume</title></head><body><h1>Talks resume</h1>"
                + "<div class=\"date\">July 27</div><p>SEOUL, July 27 (Yonhap) -- The two Koreas resumed talks on"
                + " Thursday, officials said, after a pause of several months.</p></body></html>");
        assertThat(s.published()).isEmpty();
        assertThat(s.dateline().orElseThrow().monthDay().map(Object::toString)).contains("--07-27");
        assertThat(s.dateline().get().date()).isEmpty();
    }

    @Test
    void customHtmlCleanersRunAfterTheBuiltInsAndAreRecorded() {
        WireStoryParser p = WireStoryParser.builder()
                .addHtmlCleaner(HtmlCleaners.removing("drop-analysis", "p:containsOwn(Analysts in Seoul)"))
                .addHtmlCleaner(HtmlCleaner.named("drop-kcna-lines", (doc, removals) ->
                        doc.select("p:containsOwn(KCNA said)").forEach(removals::remove)))
                .build();
        WireStory s = p.parseHtml(page("upi.html"));
        assertThat(texts(s)).hasSize(2);
        assertThat(s.removed()).contains(new Removal("drop-analysis",
                "Analysts in Seoul said the visit was meant to signal closer military ties.", ""));
        assertThat(removedBy(s, "drop-kcna-lines")).hasSize(1);
        assertThat(p.htmlCleaners()).extracting(HtmlCleaner::name).containsExactly("html-non-content",
                "html-boilerplate", "html-captions", "drop-analysis", "drop-kcna-lines");
        assertThat(p.toBuilder().build().htmlCleaners()).hasSize(5);
    }

    @Test
    void withoutHtmlCleanersTheExtractorStillFindsTheBody() {
        WireStory s = WireStoryParser.builder().htmlCleaners(List.of()).build().parseHtml(page("upi.html"));
        assertThat(removedBy(s, "html-boilerplate")).isEmpty();
        assertThat(texts(s).get(0)).startsWith("North Korean leader Kim Jong Un showed");
    }

    @Test
    void aBadSelectorFailsWhenTheCleanerIsMade() {
        assertThatThrownBy(() -> HtmlCleaners.removing("bad", "div[")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("div[");
        assertThatThrownBy(() -> HtmlCleaners.removing(" ", "div")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailingHtmlCleanerNamesItself() {
        WireStoryParser p = WireStoryParser.builder().addHtmlCleaner(HtmlCleaner.named("boom", (d, r) -> {
            throw new IllegalStateException("bad");
        })).build();
        assertThatThrownBy(() -> p.parseHtml(page("upi.html")))
                .isInstanceOfSatisfying(CleanerException.class, e -> assertThat(e.cleanerName()).isEqualTo("boom"));
    }

    @Test
    void parsingADocumentLeavesItUnchanged() {
        Document doc = Jsoup.parse(page("ap.html"), "https://apnews.com/article/x");
        String before = doc.outerHtml();
        WireStory s = PARSER.parse(doc);
        assertThat(doc.outerHtml()).isEqualTo(before);
        assertThat(texts(s)).isEqualTo(texts(PARSER.parseHtml(page("ap.html"))));
    }

    @Test
    void nullArgumentsAndOversizedPagesFail() {
        assertThatThrownBy(() -> PARSER.parseHtml(null)).isInstanceOf(NullPointerException.class).hasMessage("html");
        assertThatThrownBy(() -> PARSER.parseHtml("<p>x</p>", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("baseUri");
        assertThatThrownBy(() -> PARSER.parse((Document) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> WireStoryParser.builder().addHtmlCleaner(null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> WireStoryParser.builder().maxInputLength(10).build().parseHtml("<p>01234567890</p>"))
                .isInstanceOf(InputTooLargeException.class);
    }

    @Test
    void theBaseUriIsTheLastSourceOfADate() {
        WireStory s = PARSER.parseHtml("<html><body><h1>Port reopens after storm passes</h1><p>The port reopened on"
                + " Friday after the storm passed, officials said in a statement.</p></body></html>",
                "https://example.com/news/2024/03/08/port-reopens");
        assertThat(s.published().map(Published::date)).contains(LocalDate.of(2024, 3, 8));
        assertThat(s.published().map(Published::source)).contains(MetaSource.URL);
        assertThat(s.metadata().url().map(MetaValue::value)).contains("https://example.com/news/2024/03/08/port-reopens");
        assertThat(s.published().flatMap(Published::dateTime)).isEqualTo(Optional.empty());
    }

    @Test
    void oneParserServesManyThreads() throws Exception {
        List<String> names = List.of("ap.html", "reuters.html", "upi.html", "yonhap.html", "xinhua.html",
                "kcnawatch.html", "yahoo.html");
        java.util.Map<String, List<String>> expected = new java.util.HashMap<>();
        for (String n : names) {
            expected.put(n, texts(PARSER.parseHtml(page(n))));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 56; i++) {
                String n = names.get(i % names.size());
                results.add(pool.submit(() -> texts(PARSER.parseHtml(page(n))).equals(expected.get(n))));
            }
            for (java.util.concurrent.Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAgencyDatelineSignsAStoryWithoutAuthor() {
        WireStory s = PARSER.parseHtml("<html><head><title>Hafen meldet Rekord</title></head><body><h1>Hafen meldet"
                + " Rekord</h1><p>Hamburg (dpa/lno) – Der Hafen hat im vergangenen Jahr so viel umgeschlagen wie nie,"
                + " teilte die Hafenbehörde am Samstag mit.</p></body></html>");
        assertThat(s.byline().orElseThrow().names()).containsExactly("dpa/lno");
        int b = s.byline().get().span().begin();
        assertThat(s.text().substring(b, s.byline().get().span().end())).isEqualTo("dpa/lno");
    }
}
