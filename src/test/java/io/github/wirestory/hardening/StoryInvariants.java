package io.github.wirestory.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.WireStory;
import io.github.wirestory.model.Byline;
import io.github.wirestory.model.Claim;
import io.github.wirestory.model.Dateline;
import io.github.wirestory.model.Paragraph;
import io.github.wirestory.model.Quote;
import io.github.wirestory.model.Removal;
import io.github.wirestory.model.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The structural guarantees every parse result must meet, whatever the input (see {@code docs/reliability.md}).
 * Used by the property, fuzz, pathological and thread-safety tests.
 */
public final class StoryInvariants {
    /** Cleaners that remove whole lines: a line they removed can never survive into the cleaned text. */
    private static final Set<String> LINE_CLEANERS = Set.of("page-noise", "social-prompts", "related-links",
            "photo-credits");

    private StoryInvariants() {}

    /**
     * Checks every invariant, failing with an assertion error that names the broken one.
     *
     * @param s the parse result
     */
    public static void check(WireStory s) {
        String text = s.text();
        int previousEnd = 0;
        for (int i = 0; i < s.paragraphs().size(); i++) {
            Paragraph p = s.paragraphs().get(i);
            assertThat(p.index()).as("paragraph index").isEqualTo(i);
            inside(text, p.span(), "paragraph " + i);
            assertThat(p.span().begin()).as("paragraphs in text order, not overlapping").isGreaterThanOrEqualTo(
                    previousEnd);
            previousEnd = p.span().end();
            assertThat(p.text()).as("paragraph %d is not blank", i).isNotBlank();
            assertThat(p.text()).as("paragraph %d text is its span, lines joined", i)
                    .isEqualTo(joinLines(text.substring(p.span().begin(), p.span().end())));
        }
        s.dateline().ifPresent(d -> dateline(text, d, s.paragraphs()));
        s.byline().ifPresent(b -> byline(text, b));
        for (Quote q : s.quotes()) {
            inside(text, q.span(), "quote");
            assertThat(text.substring(q.span().begin(), q.span().end())).as("quote text is its span")
                    .isEqualTo(q.text());
            assertThat(q.paragraph()).as("quote paragraph index (-1: headline)")
                    .isBetween(-1, Math.max(-1, s.paragraphs().size() - 1));
        }
        for (Claim c : s.claims()) {
            inside(text, c.span(), "claim");
            assertThat(text.substring(c.span().begin(), c.span().end())).as("claim text is its span")
                    .isEqualTo(c.text());
            assertThat(c.paragraph()).as("claim paragraph index (-1: headline)")
                    .isBetween(-1, Math.max(-1, s.paragraphs().size() - 1));
            for (Quote q : c.quotes()) {
                inside(text, q.span(), "claim quote");
            }
        }
        removals(s);
    }

    private static void dateline(String text, Dateline d, List<Paragraph> paragraphs) {
        inside(text, d.span(), "dateline");
        assertThat(text.substring(d.span().begin(), d.span().end())).as("dateline text is its span")
                .isEqualTo(d.text());
        if (!paragraphs.isEmpty()) {
            assertThat(d.span().end()).as("dateline precedes the lede")
                    .isLessThanOrEqualTo(paragraphs.get(0).span().begin());
        }
    }

    private static void byline(String text, Byline b) {
        inside(text, b.span(), "byline");
        assertThat(joinLines(text.substring(b.span().begin(), b.span().end()))).as("byline text is its span")
                .isEqualTo(b.text());
        assertThat(b.names()).as("byline names are parts of the byline")
                .allSatisfy(n -> assertThat(b.text()).contains(n));
    }

    /** Nothing a cleaner removed shows up again in the paragraphs. */
    private static void removals(WireStory s) {
        Set<String> removedLines = new HashSet<>();
        for (Removal r : s.removed()) {
            if (LINE_CLEANERS.contains(r.cleaner()) && r.isDeletion()) {
                removedLines.add(r.text());
            }
            if (r.cleaner().equals("unicode") && r.isDeletion() && r.text().length() == 1
                    && !Character.isWhitespace(r.text().charAt(0)) && !Character.isSpaceChar(r.text().charAt(0))) {
                assertThat(s.text()).as("a dropped invisible char U+%04X is gone", (int) r.text().charAt(0))
                        .doesNotContain(r.text());
            }
        }
        if (removedLines.isEmpty()) {
            return;
        }
        for (Paragraph p : s.paragraphs()) {
            assertThat(removedLines).as("paragraph %d was reported removed", p.index()).doesNotContain(p.text());
        }
        for (String line : s.text().split("\n", -1)) {
            assertThat(removedLines).as("a removed line survived in the cleaned text").doesNotContain(line.strip());
        }
    }

    private static void inside(String text, Span span, String what) {
        assertThat(span.begin()).as("%s begin", what).isBetween(0, text.length());
        assertThat(span.end()).as("%s end", what).isBetween(span.begin(), text.length());
    }

    /** A span's text as a paragraph reads it: each line break, with the spaces around it, becomes one space. */
    static String joinLines(String s) {
        if (s.indexOf('\n') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
                    sb.setLength(sb.length() - 1);
                }
                sb.append(' ');
                while (i + 1 < s.length() && (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t')) {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
