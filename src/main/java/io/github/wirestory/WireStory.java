package io.github.wirestory;

import io.github.wirestory.internal.SealedList;
import io.github.wirestory.model.AgencyCredit;
import io.github.wirestory.model.Byline;
import io.github.wirestory.model.Claim;
import io.github.wirestory.model.Credit;
import io.github.wirestory.model.Dateline;
import io.github.wirestory.model.Diagnostic;
import io.github.wirestory.model.PageMetadata;
import io.github.wirestory.model.Paragraph;
import io.github.wirestory.model.Published;
import io.github.wirestory.model.Quote;
import io.github.wirestory.model.Removal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed wire story. Immutable and null-free: absent parts are {@link Optional#empty()} or empty lists.
 *
 * <pre>{@code
 * WireStory story = WireStoryParser.defaults().parse(text);
 * story.headline();     // Optional[Kim Jong Un shows off North Korean ICBMs ...]
 * story.agency();       // Optional[AgencyCredit[agency=Agency[id=upi, ...], asWritten=UPI, via=CREDIT_LINE]]
 * story.dateline();     // Optional[Dateline[text=July 27 (UPI) --, ...]]
 * story.paragraphs();   // 14 paragraphs, the lede first
 * }</pre>
 *
 * <p>Every {@link io.github.wirestory.model.Span} in the story (paragraphs, dateline, byline, quotes,
 * claims) indexes into {@link #text()}.
 *
 * @param text the cleaned text that every span refers to: the input after the cleaner chain
 * @param headline the title line, when the text has one
 * @param byline the byline, when there is one
 * @param credits everyone credited in the byline and in trailers, in text order
 * @param agency which agency filed the story, and how that was established
 * @param dateline the dateline that opens the story, when there is one
 * @param paragraphs the body paragraphs, lede first, without dateline, credit lines, bylines or trailers
 * @param quotes the direct quotes, in text order
 * @param claims the attributed claims, in text order
 * @param removed everything the cleaners and the parser removed or rewrote, in order
 * @param diagnostics notes about input the parser could not make sense of
 * @param published when the story was published, as an HTML page's metadata says (empty for plain text)
 * @param siteName the publication's name, as an HTML page's metadata says (empty for plain text)
 * @param metadata the page metadata each value was chosen from, with its source (empty for plain text)
 */
public record WireStory(
        String text,
        Optional<String> headline,
        Optional<Byline> byline,
        List<Credit> credits,
        Optional<AgencyCredit> agency,
        Optional<Dateline> dateline,
        List<Paragraph> paragraphs,
        List<Quote> quotes,
        List<Claim> claims,
        List<Removal> removed,
        List<Diagnostic> diagnostics,
        Optional<Published> published,
        Optional<String> siteName,
        PageMetadata metadata) {

    /**
     * Validates and copies the components.
     *
     * @param text the cleaned text that every span refers to: the input after the cleaner chain
     * @param headline the title line, when the text has one
     * @param byline the byline, when there is one
     * @param credits everyone credited in the byline and in trailers, in text order
     * @param agency which agency filed the story, and how that was established
     * @param dateline the dateline that opens the story, when there is one
     * @param paragraphs the body paragraphs, lede first, without dateline, credit lines, bylines or trailers
     * @param quotes the direct quotes, in text order
     * @param claims the attributed claims, in text order
     * @param removed everything the cleaners and the parser removed or rewrote, in order
     * @param diagnostics notes about input the parser could not make sense of
     * @param published when the story was published, as an HTML page's metadata says (empty for plain text)
     * @param siteName the publication's name, as an HTML page's metadata says (empty for plain text)
     * @param metadata the page metadata each value was chosen from, with its source (empty for plain text)
     * @throws NullPointerException if any component is null
     */
    public WireStory {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(byline, "byline");
        credits = copy(credits, "credits");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(dateline, "dateline");
        paragraphs = copy(paragraphs, "paragraphs");
        quotes = copy(quotes, "quotes");
        claims = copy(claims, "claims");
        removed = copy(removed, "removed");
        diagnostics = copy(diagnostics, "diagnostics");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(metadata, "metadata");
    }

    /** The list to keep: an unmodifiable copy, unless the parser made it ({@link SealedList#keep}). */
    private static <E> List<E> copy(List<E> list, String name) {
        return SealedList.keep(list, name);
    }

    /**
     * The body as plain text: the paragraphs' texts joined by blank lines.
     *
     * @return the body text, empty when there are no paragraphs
     */
    public String bodyText() {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(p.text());
        }
        return sb.toString();
    }
}
