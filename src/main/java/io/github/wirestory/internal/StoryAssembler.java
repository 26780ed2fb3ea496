package io.github.wirestory.internal;

import io.github.wirestory.AgencyRegistry;
import io.github.wirestory.StateMediaRegistry;
import io.github.wirestory.WireStory;
import io.github.wirestory.internal.attribution.AttributionExtractor;
import io.github.wirestory.internal.byline.Bylines;
import io.github.wirestory.internal.byline.Trailers;
import io.github.wirestory.internal.dateline.DatelineParser;
import io.github.wirestory.model.Agency;
import io.github.wirestory.model.AgencyCredit;
import io.github.wirestory.model.Byline;
import io.github.wirestory.model.Credit;
import io.github.wirestory.model.Dateline;
import io.github.wirestory.model.Diagnostic;
import io.github.wirestory.model.Paragraph;
import io.github.wirestory.model.Removal;
import io.github.wirestory.model.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Turns cleaned text into a story: headline, credit line, byline, dateline, paragraphs and trailers.
 *
 * <p>The story's agency comes from, in order of precedence: the credit line under the headline, the
 * dateline, the byline, the trailer ({@code docs/datelines.md}).
 */
final class StoryAssembler {
    private static final int MAX_HEADLINE = 300;
    private static final int MAX_CREDIT_LINE = 60;
    /** How many body blocks may precede the dateline block (short label lines such as a dek or time stamp). */
    private static final int DATELINE_BLOCKS = 3;
    private static final int MAX_LABEL_LINE = 150;

    private final AgencyRegistry agencies;
    private final DatelineParser datelines;
    private final AttributionExtractor attribution;

    StoryAssembler(AgencyRegistry agencies, StateMediaRegistry stateMedia) {
        this.agencies = agencies;
        this.datelines = new DatelineParser(agencies);
        this.attribution = new AttributionExtractor(stateMedia, agencies);
    }

    /** {@code removed}: what was removed before, a mutable list the story's removals are added to. */
    WireStory assemble(String text, List<Removal> removed, Optional<LocalDate> reference) {
        return assemble(text, removed, reference, PageFacts.NONE);
    }

    /**
     * {@code removed}: what was removed before, a mutable list the story's removals are added to; {@code page}:
     * what an HTML page's markup already established (see {@link PageFacts}).
     */
    WireStory assemble(String text, List<Removal> removed, Optional<LocalDate> reference, PageFacts page) {
        try (Blocks blocks = Blocks.of(text)) {
            return assemble(text, blocks, removed, reference, page);
        }
    }

    private WireStory assemble(String text, Blocks blocks, List<Removal> removed, Optional<LocalDate> reference,
            PageFacts page) {
        int count = blocks.size();
        int i = 0;

        Optional<String> headline = Optional.empty();
        if (page.structured()) {
            if (page.headline().isPresent() && count > 0) {
                headline = Optional.of(blocks.text(0));
                i = 1;
            }
        } else if (count >= 2 && looksLikeHeadline(text, blocks, reference)) {
            headline = Optional.of(blocks.text(0));
            i = 1;
        }

        Optional<AgencyCredit> creditLine = Optional.empty();
        Optional<Byline> byline = Optional.empty();
        Optional<AgencyCredit> bylineAgency = Optional.empty();
        List<Credit> credits = new ListBuffer<>();
        List<Removal> removals = removed; // the caller's list, added to
        if (page.bylineText().isPresent() && i < count && blocks.text(i).equals(page.bylineText().get())) {
            String t = blocks.text(i);
            byline = Optional.of(new Byline(t, page.bylineNames(), new Span(blocks.begin(i), blocks.end(i))));
            for (String name : page.bylineNames()) {
                credits.add(new Credit(name, Credit.Role.AUTHOR, Optional.empty(), t));
            }
            removals.add(new Removal("byline", t, ""));
            i++;
        }
        int slotsEnd = i + 3;
        while (i < count && i < slotsEnd) {
            int length = blocks.length(i);
            Optional<Agency> agency = length <= MAX_CREDIT_LINE
                    ? Bylines.creditLine(blocks.text(i), agencies) : Optional.empty();
            if (agency.isPresent() && creditLine.isEmpty()) {
                creditLine = Optional.of(new AgencyCredit(agency.get(), blocks.text(i), AgencyCredit.Via.CREDIT_LINE));
                i++;
                continue;
            }
            if (byline.isPresent() && length <= Bylines.MAX_TITLE_LINE
                    && Bylines.isTitleLine(blocks.text(i), agencies)) {
                // AP style: "By NAME" then "AP Business Writer" on the next line
                if (bylineAgency.isEmpty()) {
                    bylineAgency = Bylines.titleAgency(blocks.text(i), agencies);
                }
                removals.add(new Removal("byline", blocks.text(i), ""));
                i++;
                continue;
            }
            Optional<Bylines.Result> by = byline.isEmpty() ? byline(blocks, i) : Optional.empty();
            if (by.isPresent()) {
                byline = Optional.of(by.get().byline());
                bylineAgency = by.get().agency();
                credits.addAll(by.get().credits());
                removals.add(new Removal("byline", blocks.text(i), ""));
                i++;
                continue;
            }
            break;
        }

        Optional<Dateline> dateline = findDateline(text, blocks, i, reference);
        int datelineBlock = -1;
        if (dateline.isPresent()) { // the block the dateline opens: it starts where the dateline starts
            datelineBlock = i;
            while (datelineBlock < count - 1 && blocks.begin(datelineBlock) != dateline.get().span().begin()) {
                datelineBlock++;
            }
        }
        ListBuffer<Paragraph> paragraphs = new ListBuffer<>(count - i);
        for (; i < count; i++) {
            if (i < datelineBlock) {
                // a short label (dek, time stamp, page date) above the dateline: not part of the body
                removals.add(new Removal("label", blocks.text(i), ""));
                continue;
            }
            int begin = blocks.begin(i);
            int end = blocks.end(i);
            String body;
            if (i == datelineBlock) {
                begin = Regions.stripBegin(text, dateline.orElseThrow().span().end(), end);
                if (begin >= end) {
                    continue; // the dateline stood on its own line; the lede follows
                }
                body = Blocks.flatten(text, begin, end);
            } else {
                body = blocks.text(i);
            }
            paragraphs.add(new Paragraph(paragraphs.size(), body, new Span(begin, end)));
        }

        Optional<AgencyCredit> trailerAgency = applyTrailers(text, paragraphs, credits, removals);

        if (byline.isEmpty() && page.ledeCredit().isPresent() && !paragraphs.isEmpty()) {
            // HTML pages that name no author: the agency signature of the lede ("dpa/lno") stands as the byline
            String credit = page.ledeCredit().get();
            Span lede = paragraphs.get(0).span();
            int from = dateline.map(d -> d.span().begin()).orElse(lede.begin());
            int at = text.indexOf(credit, from);
            if (at >= 0 && at + credit.length() <= lede.end()) {
                byline = Optional.of(new Byline(credit, List.of(credit), new Span(at, at + credit.length())));
            }
        }

        List<Diagnostic> diagnostics = paragraphs.isEmpty()
                ? List.of(new Diagnostic("no-body", "no body paragraphs found")) : List.of();
        // precedence: credit line > dateline > byline > trailer > page metadata
        Optional<AgencyCredit> agency = creditLine;
        if (agency.isEmpty()) {
            agency = dateline.flatMap(Dateline::agency);
        }
        if (agency.isEmpty()) {
            agency = bylineAgency;
        }
        if (agency.isEmpty()) {
            agency = trailerAgency;
        }
        if (agency.isEmpty()) {
            agency = page.agency();
        }

        AttributionExtractor.Result attributed = attribution.extract(text, headline, paragraphs, dateline, agency);
        return new WireStory(text, headline, byline, sealed(credits), agency, dateline, paragraphs.seal(),
                attributed.quotes(), attributed.claims(), sealed(removals), diagnostics, page.published(),
                page.siteName(), page.metadata());
    }

    /** The list for the story to keep: a buffer of this parse sealed without a copy; any other list as it is. */
    private static <E> List<E> sealed(List<E> list) {
        return list instanceof ListBuffer ? ((ListBuffer<E>) list).seal() : list;
    }

    private Optional<Bylines.Result> byline(Blocks blocks, int i) {
        if (blocks.length(i) > Bylines.MAX_BYLINE) {
            return Optional.empty(); // never a byline: its text is not made for this
        }
        return Bylines.parse(blocks.text(i), blocks.begin(i), blocks.end(i), agencies);
    }

    /**
     * The dateline that opens the first body block, or one of the next when only short label lines (a dek, a time
     * stamp, a page date) stand before it; empty when there is none.
     */
    private Optional<Dateline> findDateline(String text, Blocks blocks, int first, Optional<LocalDate> reference) {
        for (int k = first; k < blocks.size() && k < first + DATELINE_BLOCKS; k++) {
            Optional<Dateline> d = datelines.parse(text, blocks.begin(k), blocks.end(k), reference);
            if (d.isPresent()) {
                return d;
            }
            if (blocks.length(k) > MAX_LABEL_LINE || !isLabelLine(blocks.text(k))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A short line that is not a sentence: no sentence-final punctuation. */
    private static boolean isLabelLine(String t) {
        if (t.length() > MAX_LABEL_LINE || t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return last != '.' && last != '!' && last != '?' && last != '"' && last != '”' && last != ':';
    }

    /**
     * Removes credit and agency trailers from the last paragraphs (recording each as a {@link Removal}), adds
     * their credits, and returns the trailer's agency.
     */
    private Optional<AgencyCredit> applyTrailers(String text, List<Paragraph> paragraphs, List<Credit> credits,
            List<Removal> removals) {
        List<Trailers.Trailer> found = Trailers.inParagraphs(text, paragraphs, agencies);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<AgencyCredit> agency = Optional.empty();
        for (int t = found.size() - 1; t >= 0; t--) { // text order
            Trailers.Trailer tr = found.get(t);
            credits.addAll(tr.credits());
            if (agency.isEmpty()) {
                agency = tr.agency();
            }
        }
        for (int t = 0; t < found.size(); t++) { // from the last paragraph backwards, so indexes stay valid
            Trailers.Trailer tr = found.get(t);
            Paragraph p = paragraphs.get(tr.paragraph());
            removals.add(new Removal("trailer", tr.text(), ""));
            int end = tr.cut();
            while (end > p.span().begin() && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end <= p.span().begin()) {
                paragraphs.remove(tr.paragraph());
            } else {
                paragraphs.set(tr.paragraph(), new Paragraph(p.index(), Blocks.flatten(text, p.span().begin(), end),
                        new Span(p.span().begin(), end)));
            }
        }
        for (int k = 0; k < paragraphs.size(); k++) {
            Paragraph p = paragraphs.get(k);
            if (p.index() != k) {
                paragraphs.set(k, new Paragraph(k, p.text(), p.span()));
            }
        }
        return agency;
    }

    private boolean looksLikeHeadline(String text, Blocks blocks, Optional<LocalDate> reference) {
        if (blocks.length(0) > MAX_HEADLINE) {
            return false;
        }
        if (datelines.parse(text, blocks.begin(0), blocks.end(0), reference).isPresent()) {
            return false;
        }
        return byline(blocks, 0).isEmpty();
    }
}
