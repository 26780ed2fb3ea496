package io.github.wirestory.internal.html;

import io.github.wirestory.AgencyRegistry;
import io.github.wirestory.WireStory;
import io.github.wirestory.clean.HtmlCleaner;
import io.github.wirestory.internal.PageFacts;
import io.github.wirestory.internal.Pipeline;
import io.github.wirestory.model.Published;
import io.github.wirestory.model.Removal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HTML path: metadata, HTML cleaners, body extraction, then the text pipeline over
 * {@code headline + byline + paragraphs}. Immutable and thread-safe.
 */
public final class HtmlPipeline {
    private static final java.util.regex.Pattern NEWLINE = java.util.regex.Pattern.compile("\\n");

    private final HtmlCleanerChain cleaners;
    private final AgencyRegistry agencies;
    private final Pipeline text;
    /** Whether every HTML cleaner is a built-in, whose reads are known: the data of scripts and styles is not. */
    private final boolean builtinCleanersOnly;

    /**
     * @param cleaners the HTML cleaners, in run order
     * @param agencies the agency registry
     * @param text the text pipeline run after extraction
     */
    public HtmlPipeline(List<HtmlCleaner> cleaners, AgencyRegistry agencies, Pipeline text) {
        this.cleaners = new HtmlCleanerChain(cleaners);
        this.agencies = agencies;
        this.text = text;
        this.builtinCleanersOnly = this.cleaners.builtinsOnly();
    }

    private static final Pattern LEDE_CREDIT = Pattern.compile(
            "\\p{Lu}[\\p{L}.,' -]{1,50}?\\((?<credit>[\\p{L}][\\p{L}/ .-]{1,24})\\) ?[-–—]");

    /** The agency signature in a lede's dateline, such as {@code dpa/lno} in {@code Hamburg (dpa/lno) - ...}. */
    static Optional<String> ledeCredit(String lede) {
        Matcher m = LEDE_CREDIT.matcher(lede.length() > 90 ? lede.substring(0, 90) : lede);
        return m.lookingAt() ? Optional.of(m.group("credit").strip()) : Optional.empty();
    }

    /**
     * JSON-LD {@code articleBody} as a cross-check: when the page states its body and the extracted paragraphs
     * cover less than half of its words, the extractor picked the wrong part of the page (a teaser, a
     * gallery); the stated body, split at its line breaks, is used instead. The extracted text that is
     * replaced is recorded.
     */
    static BodyExtractor.Body crossCheck(BodyExtractor.Body body, Optional<String> articleBody, List<Removal> removed) {
        if (articleBody.isEmpty() || articleBody.get().length() < 300) {
            return body;
        }
        String stated = articleBody.get();
        // a HashSet, whose bins turn into trees when hostile words share one hash code: an open-addressing table of
        // regions was tried and reverted, as such words made it quadratic
        java.util.Set<String> got = new java.util.HashSet<>();
        for (String p : body.paragraphs()) {
            addWords(Text.key(p), got);
        }
        // the stated words (key.split(" ")), counted until the answer is known: half found, or over half missed
        String want = Text.key(stated);
        int total = 1;
        for (int i = 0; i < want.length(); i++) {
            if (want.charAt(i) == ' ') {
                total++;
            }
        }
        int hit = 0;
        int missed = 0;
        for (int from = 0; ; ) {
            int space = want.indexOf(' ', from);
            int to = space < 0 ? want.length() : space;
            if (got.contains(want.substring(from, to))) {
                if (++hit * 2 >= total) {
                    return body;
                }
            } else if (++missed * 2 > total) {
                break; // at most total - missed found: under half
            }
            if (space < 0) {
                break;
            }
            from = space + 1;
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : NEWLINE.split(stated)) {
            String t = Text.collapse(line);
            if (!t.isEmpty()) {
                paragraphs.add(t);
            }
        }
        for (String p : body.paragraphs()) {
            removed.add(new Removal(BodyExtractor.NAME, p, ""));
        }
        return new BodyExtractor.Body(paragraphs, List.of());
    }

    /** Adds the words of a key ({@code key.split(" ")}: its one empty word when it is empty) to {@code words}. */
    private static void addWords(String key, java.util.Set<String> words) {
        for (int from = 0; ; ) {
            int space = key.indexOf(' ', from);
            if (space < 0) {
                words.add(key.substring(from));
                return;
            }
            words.add(key.substring(from, space));
            from = space + 1;
        }
    }

    /**
     * @param doc the page; edited in place (pass a copy of a caller's document)
     * @param baseUri the page address, or empty
     * @return the story
     */
    public WireStory parse(Document doc, String baseUri) {
        return finish(prepare(doc, baseUri));
    }

    /**
     * Parses a page's markup. With only built-in HTML cleaners, jsoup skips the data of scripts (but JSON-LD)
     * and style sheets, which no step reads ({@link UnreadData}); the page scan checks that jsoup read each
     * skipped content as such data, and the page is parsed again as it is when it did not. A caller's HTML
     * cleaner gets the whole page.
     *
     * @param html the page markup
     * @param baseUri the page address, or empty
     * @return the story
     */
    public WireStory parse(String html, String baseUri) {
        return finish(prepare(html, baseUri));
    }

    /**
     * {@link #prepare(Document, String)} of a page's markup, as {@link #parse(String, String)} parses it.
     * Public for the benchmarks.
     *
     * @param html the page markup
     * @param baseUri the page address, or empty
     * @return the extracted text and page facts
     */
    public Prepared prepare(String html, String baseUri) {
        if (builtinCleanersOnly) {
            UnreadData.Parsed parsed = UnreadData.parse(html, baseUri);
            Prepared p = prepare(parsed.doc(), baseUri, parsed);
            if (p != null) {
                return p;
            }
        }
        return prepare(Jsoup.parse(html, baseUri), baseUri);
    }

    /**
     * The text pipeline over what the HTML steps extracted: {@link #parse(String, String)} is
     * {@code finish(prepare(html, baseUri))}. Public for the benchmarks, which time it alone.
     *
     * @param p what {@link #prepare(String, String)} or {@link #prepare(Document, String)} returned
     * @return the story
     */
    public WireStory finish(Prepared p) {
        return text.parseHtmlText(p.story(), p.removed(), p.facts().published().map(Published::date), p.facts());
    }

    /**
     * What the HTML-specific steps hand to the text pipeline.
     *
     * @param story headline, byline and body paragraphs, separated by blank lines
     * @param removed what the HTML cleaners and the body extractor removed
     * @param facts the facts the markup established
     */
    public record Prepared(String story, List<Removal> removed, PageFacts facts) {}

    /**
     * The HTML-specific steps only (metadata, HTML cleaners, body extraction), without the text pipeline;
     * {@link #parse} is this plus the text pipeline. Public for the benchmarks.
     *
     * @param doc the page; edited in place
     * @param baseUri the page address, or empty
     * @return the extracted text and page facts
     */
    public Prepared prepare(Document doc, String baseUri) {
        return prepare(doc, baseUri, null);
    }

    /**
     * @param parsed what {@link UnreadData} emptied in {@code doc}, or null for a page parsed as it is
     * @return the result, or null when the page scan did not find as many marks as contents were emptied
     */
    private Prepared prepare(Document doc, String baseUri, UnreadData.Parsed parsed) {
        ClassWords.startCache();
        try {
            return prepareCached(doc, baseUri, parsed);
        } finally {
            ClassWords.endCache();
        }
    }

    private Prepared prepareCached(Document doc, String baseUri, UnreadData.Parsed parsed) {
        ElementText texts = new ElementText(); // one buffer for the page's element texts
        boolean emptied = parsed != null && parsed.emptied() > 0;
        PageScan scan = PageScan.of(doc, texts, emptied ? parsed.mark() : null);
        if (emptied && scan.marks != parsed.emptied()) {
            return null; // jsoup did not read some emptied content as script or style data
        }
        MetadataReader.Result meta = new MetadataReader(agencies).read(scan, baseUri);
        List<Removal> removed = new ArrayList<>();
        TextBlocks.Measured measured = cleaners.run(doc, removed, true, texts);
        Element body = doc.body() != null ? doc.body() : doc;
        BodyExtractor.Body extracted = BodyExtractor.extract(body, meta.headline(), meta.bylineText(),
                meta.bylineNames(), measured);
        removed.addAll(extracted.removed());
        extracted = crossCheck(extracted, meta.articleBody(), removed);

        // each part followed by a blank line; String.join sizes the result once (a StringBuilder grows by
        // copying, and widens all of it at the first char above U+00FF)
        List<String> parts = new ArrayList<>(extracted.paragraphs().size() + 3);
        meta.headline().ifPresent(parts::add);
        meta.bylineText().ifPresent(parts::add);
        parts.addAll(extracted.paragraphs());
        parts.add("");
        String story = nfc(String.join("\n\n", parts));
        Optional<String> bylineText = meta.bylineText().map(HtmlPipeline::nfc);
        Optional<String> ledeCredit = Optional.empty();
        if (bylineText.isEmpty() && !extracted.paragraphs().isEmpty()) {
            ledeCredit = ledeCredit(extracted.paragraphs().get(0));
            if (ledeCredit.isEmpty() && extracted.paragraphs().size() > 1) {
                ledeCredit = ledeCredit(extracted.paragraphs().get(1));
            }
        }
        PageFacts facts = new PageFacts(true, meta.headline(), bylineText, meta.bylineNames(), meta.agency(),
                meta.published(), meta.siteName(), meta.metadata(), ledeCredit);
        return new Prepared(story, removed, facts);
    }

    /** NFC, without the copy {@code Normalizer.normalize} makes when the text is already normalized. */
    private static String nfc(String s) {
        if (Text.surelyNfc(s)) {
            return s;
        }
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
