package io.github.wirestory.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.WireStoryParser;
import io.github.wirestory.clean.HtmlCleaner;
import io.github.wirestory.clean.HtmlCleaners;
import io.github.wirestory.clean.HtmlRemovals;
import io.github.wirestory.model.Removal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The built-ins' removals, detached together after their pass ({@link HtmlCleanerChain#detach}): the same page
 * and the same records as removing each element as it is found, in linear time.
 */
class RemovalsTest {
    private static final List<Boilerplate.Builtin> BUILTINS = List.of((Boilerplate.Builtin) Boilerplate.nonContent(),
            (Boilerplate.Builtin) Boilerplate.boilerplate(), (Boilerplate.Builtin) Boilerplate.captions());

    @Test
    void sameAsRemovingOneByOneOnRealPages() throws IOException {
        checkSameAsOneByOne(TestPages.real(10)); // skipped without ../shared
    }

    @Test
    void sameAsRemovingOneByOneOnTestPages() throws IOException {
        List<Document> docs = new ArrayList<>(TestPages.ours());
        // parents of many children, some removed: their lists are rebuilt once
        StringBuilder big = new StringBuilder("<html><body><article><p>Berlin (dpa) - A sentence.</p>");
        for (int i = 0; i < 500; i++) {
            big.append(switch (i % 5) {
                case 0 -> "<nav><a href=#>Home</a> <a href=#>World</a></nav>";
                case 1 -> "<p>Paragraph " + i + ", with <b>words</b>.</p> ";
                case 2 -> "<script>var x = " + i + ";</script>text " + i;
                case 3 -> "<div class=\"share-tools\">Share</div><figure><figcaption>Photo " + i + "</figcaption></figure>";
                default -> "<pre>  kept\n  as is </pre><aside>Related " + i + "</aside>";
            });
        }
        big.append("</article><ul>").append("<li>item <nav>n</nav></li>".repeat(100)).append("</ul><div>");
        for (int i = 0; i < 300; i++) {
            big.append(i % 50 == 7 ? "<nav>Menu " + i + "</nav>" : "<p>Kept " + i + "</p>"); // a few of many
        }
        docs.add(Jsoup.parse(big.append("</div></body></html>").toString()));
        checkSameAsOneByOne(docs);
    }

    /** The built-ins' chain (batched detaching) against removing each element as it is found. */
    private static void checkSameAsOneByOne(List<Document> docs) {
        int records = 0;
        for (Document page : docs) {
            Document batched = page.clone();
            List<Removal> got = new ArrayList<>();
            new HtmlCleanerChain(List.copyOf(BUILTINS)).run(batched, got, true);

            Document single = page.clone();
            List<List<Removal>> perCleaner = new ArrayList<>();
            List<HtmlRemovals> sinks = new ArrayList<>();
            for (Boilerplate.Builtin b : BUILTINS) {
                List<Removal> mine = new ArrayList<>();
                sinks.add(new HtmlRemovals() {
                    @Override
                    public void remove(Element e) {
                        String t = e.text();
                        e.remove();
                        if (!t.isBlank()) {
                            mine.add(new Removal(b.name(), t, ""));
                        }
                    }

                    @Override
                    public void removed(String text) {
                        mine.add(new Removal(b.name(), text, ""));
                    }
                });
                perCleaner.add(mine);
            }
            Boilerplate.runAll(single, BUILTINS, sinks);
            List<Removal> want = new ArrayList<>(); // per cleaner, in chain order, as the chain gathers them
            perCleaner.forEach(want::addAll);
            assertThat(batched.outerHtml()).isEqualTo(single.outerHtml());
            assertThat(got).isEqualTo(want);
            records += got.size();
        }
        assertThat(records).isPositive();
    }

    @Test
    void manyRemovedSiblingsStayLinear() {
        WireStoryParser parser = WireStoryParser.defaults();
        StringBuilder sb = new StringBuilder("<html><body><article><p>Berlin (dpa) - A sentence.</p>");
        for (int i = 0; i < 320_000; i++) {
            sb.append(i % 2 == 0 ? "<nav>x</nav>" : "<nav>y</nav>");
        }
        String html = sb.append("</article></body></html>").toString(); // 3.7 MB
        for (int i = 0; i < 2; i++) {
            parser.parseHtml(html.substring(0, 100_000));
            Jsoup.parse(html.substring(0, 100_000));
        }
        long jsoup = Long.MAX_VALUE;
        long parse = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            long t0 = System.nanoTime();
            Jsoup.parse(html);
            long t1 = System.nanoTime();
            assertThat(parser.parseHtml(html).paragraphs()).isNotEmpty();
            long t2 = System.nanoTime();
            jsoup = Math.min(jsoup, t1 - t0);
            parse = Math.min(parse, t2 - t1);
        }
        // removing the siblings one by one took about 30 times jsoup's parse here; detached together, about 2
        assertThat(parse).as("parseHtml %d ms, Jsoup.parse %d ms", parse / 1_000_000, jsoup / 1_000_000)
                .isLessThan(10 * jsoup + 300_000_000L);
    }

    @Test
    void selectorRuleRemovesAsOneByOneAndStaysLinear() {
        HtmlCleaner rule = HtmlCleaners.removing("site-promo", "div.promo, aside");
        StringBuilder sb = new StringBuilder("<html><body><article><p>Berlin (dpa) - A sentence.</p>");
        for (int i = 0; i < 300; i++) {
            // many matched siblings, matches nested in matches, and kept ones between them
            sb.append(i % 3 == 0 ? "<div class=promo>Promo " + i + " <aside>inner " + i + "</aside></div>"
                    : i % 3 == 1 ? "<aside>Aside " + i + "</aside>" : "<p>Kept " + i + "</p>");
        }
        Document page = Jsoup.parse(sb.append("</article><div class=promo>few</div></body></html>").toString());

        Document batched = page.clone();
        List<Removal> got = new ArrayList<>();
        new HtmlCleanerChain(List.of(rule)).run(batched, got, false);

        Document single = page.clone();
        List<Removal> want = new ArrayList<>();
        for (Element e : single.select("div.promo, aside")) {
            if (e.parent() != null && e.ownerDocument() != null) {
                String t = e.text();
                e.remove();
                want.add(new Removal("site-promo", t, ""));
            }
        }
        assertThat(batched.outerHtml()).isEqualTo(single.outerHtml());
        assertThat(got).isEqualTo(want).hasSize(201);

        // 160,000 matched siblings among 320,000 (which the built-ins keep): one by one, each removal shifts the
        // rest of the list
        WireStoryParser parser = WireStoryParser.builder().addHtmlCleaner(HtmlCleaners.removing("ticks", "em.tick"))
                .build();
        String html = "<html><body><article><p>Berlin (dpa) - A sentence.</p>"
                + "<em class=tick>x</em><p>y</p>".repeat(160_000) + "</article></body></html>";
        parser.parseHtml(html.substring(0, 100_000));
        long t0 = System.nanoTime();
        Jsoup.parse(html);
        long jsoup = System.nanoTime() - t0;
        t0 = System.nanoTime();
        assertThat(parser.parseHtml(html).removed()).anyMatch(r -> r.cleaner().equals("ticks"));
        long parse = System.nanoTime() - t0;
        assertThat(parse).as("parseHtml %d ms, Jsoup.parse %d ms", parse / 1_000_000, jsoup / 1_000_000)
                .isLessThan(10 * jsoup + 300_000_000L);
    }
}
