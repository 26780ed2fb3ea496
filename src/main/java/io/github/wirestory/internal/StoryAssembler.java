package io.github.wirestory.internal;

import io.github.wirestory.AgencyRegistry;
import io.github.wirestory.WireStory;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns cleaned text into a story: headline, credit line, byline, dateline and paragraphs. */
final class StoryAssembler {
    private static final int MAX_HEADLINE = 300;
    private static final int MAX_CREDIT_LINE = 60;

    private final AgencyRegistry agencies;
    private final DatelineParser datelines;

    StoryAssembler(AgencyRegistry agencies) {
        this.agencies = agencies;
        this.datelines = new DatelineParser(agencies);
    }

    WireStory assemble(String text, List<Removal> removed, Optional<LocalDate> reference) {
        return assemble(text, removed, reference, PageFacts.NONE);
    }

    /** {@code page}: what an HTML page's markup already established (see {@link PageFacts}). */
    WireStory assemble(String text, List<Removal> removed, Optional<LocalDate> reference, PageFacts page) {
        List<Block> blocks = Blocks.of(text);
        List<Diagnostic> diagnostics = new ArrayList<>();
        int i = 0;

        Optional<String> headline = Optional.empty();
        if (page.structured()) {
            if (page.headline().isPresent() && !blocks.isEmpty()) {
                headline = Optional.of(blocks.get(0).text());
                i = 1;
            }
        } else if (blocks.size() >= 2 && looksLikeHeadline(text, blocks.get(0), reference)) {
            headline = Optional.of(blocks.get(0).text());
            i = 1;
        }

        Optional<AgencyCredit> creditLine = Optional.empty();
        Optional<Byline> byline = Optional.empty();
        List<Credit> credits = new ArrayList<>();
        if (page.bylineText().isPresent() && i < blocks.size()
                && blocks.get(i).text().equals(page.bylineText().get())) {
            Block b = blocks.get(i);
            byline = Optional.of(new Byline(b.text(), page.bylineNames(), new Span(b.begin(), b.end())));
            for (String name : page.bylineNames()) {
                credits.add(new Credit(name, Credit.Role.AUTHOR, Optional.empty(), b.text()));
            }
            i++;
        }
        int slotsEnd = i + 3;
        while (i < blocks.size() && i < slotsEnd) {
            Block b = blocks.get(i);
            Optional<Agency> agency = b.text().length() <= MAX_CREDIT_LINE
                    ? agencies.lookup(b.text()) : Optional.empty();
            if (agency.isPresent() && creditLine.isEmpty()) {
                creditLine = Optional.of(new AgencyCredit(agency.get(), b.text(), AgencyCredit.Via.CREDIT_LINE));
                i++;
                continue;
            }
            Optional<Byline> by = byline.isEmpty() ? Bylines.parse(b) : Optional.empty();
            if (by.isPresent()) {
                byline = by;
                for (String name : by.get().names()) {
                    credits.add(new Credit(name, Credit.Role.AUTHOR, Optional.empty(), by.get().text()));
                }
                i++;
                continue;
            }
            break;
        }

        Optional<Dateline> dateline = Optional.empty();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            int begin = b.begin();
            String body = b.text();
            if (paragraphs.isEmpty() && dateline.isEmpty()) {
                dateline = datelines.parse(text, b.begin(), b.end(), reference);
                if (dateline.isPresent()) {
                    begin = skipSpaces(text, dateline.get().span().end(), b.end());
                    if (begin >= b.end()) {
                        continue; // the dateline stood on its own line; the lede follows
                    }
                    body = Blocks.flatten(text, begin, b.end());
                }
            }
            paragraphs.add(new Paragraph(paragraphs.size(), body, new Span(begin, b.end())));
        }

        if (byline.isEmpty() && page.ledeCredit().isPresent() && !paragraphs.isEmpty()) {
            String credit = page.ledeCredit().get();
            Span lede = paragraphs.get(0).span();
            int from = dateline.map(d -> d.span().begin()).orElse(lede.begin());
            int at = text.indexOf(credit, from);
            if (at >= 0 && at + credit.length() <= lede.end()) {
                byline = Optional.of(new Byline(credit, List.of(credit), new Span(at, at + credit.length())));
            }
        }
        if (paragraphs.isEmpty()) {
            diagnostics.add(new Diagnostic("no-body", "no body paragraphs found"));
        }
        Optional<AgencyCredit> agency = creditLine.isPresent() ? creditLine : dateline.flatMap(Dateline::agency);
        if (agency.isEmpty()) {
            agency = page.agency();
        }

        return new WireStory(text, headline, byline, credits, agency, dateline, paragraphs, List.of(), List.of(),
                removed, diagnostics, page.published(), page.siteName(), page.metadata());
    }

    private boolean looksLikeHeadline(String text, Block first, Optional<LocalDate> reference) {
        String t = first.text();
        if (t.length() > MAX_HEADLINE) {
            return false;
        }
        if (datelines.parse(text, first.begin(), first.end(), reference).isPresent()) {
            return false;
        }
        return Bylines.parse(first).isEmpty();
    }

    private static int skipSpaces(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
