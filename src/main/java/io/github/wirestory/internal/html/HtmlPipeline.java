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
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HTML path: metadata, HTML cleaners, body extraction, then the text pipeline over
 * {@code headline + byline + paragraphs}. Immutable and thread-safe.
 */
public final class HtmlPipeline {
    private final HtmlCleanerChain cleaners;
    private final AgencyRegistry agencies;
    private final Pipeline text;

    /**
     * @param cleaners the HTML cleaners, in run order
     * @param agencies the agency registry
     * @param text the text pipeline run after extraction
     */
    public HtmlPipeline(List<HtmlCleaner> cleaners, AgencyRegistry agencies, Pipeline text) {
        this.cleaners = new HtmlCleanerChain(cleaners);
        this.agencies = agencies;
        this.text = text;
    }

    /**
     * @param doc the page; edited in place (pass a copy of a caller's document)
     * @param baseUri the page address, or empty
     * @return the story
     */
    public WireStory parse(Document doc, String baseUri) {
        MetadataReader.Result meta = new MetadataReader(agencies).read(doc, baseUri);
        List<Removal> removed = new ArrayList<>();
        cleaners.run(doc, removed);
        Element body = doc.body() != null ? doc.body() : doc;
        BodyExtractor.Body extracted = BodyExtractor.extract(body, meta.headline(), meta.bylineText(),
                meta.bylineNames());
        removed.addAll(extracted.removed());

        StringBuilder sb = new StringBuilder();
        meta.headline().ifPresent(h -> sb.append(h).append("\n\n"));
        meta.bylineText().ifPresent(b -> sb.append(b).append("\n\n"));
        for (String p : extracted.paragraphs()) {
            sb.append(p).append("\n\n");
        }
        String story = Normalizer.normalize(sb.toString(), Normalizer.Form.NFC);
        Optional<String> bylineText = meta.bylineText().map(b -> Normalizer.normalize(b, Normalizer.Form.NFC));
        PageFacts facts = new PageFacts(true, meta.headline(), bylineText, meta.bylineNames(), meta.agency(),
                meta.published(), meta.siteName(), meta.metadata());
        return text.parseHtmlText(story, removed, meta.published().map(Published::date), facts);
    }
}
