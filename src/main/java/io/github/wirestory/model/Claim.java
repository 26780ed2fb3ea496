package io.github.wirestory.model;

import io.github.wirestory.internal.SealedList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sentence (or clause) that the story attributes to a source: what was said, by whom, with which cue.
 *
 * <pre>{@code
 * story.claims().stream()
 *     .filter(c -> c.source().stateMedia())
 *     .forEach(c -> log.info(c.source().asWritten() + " " + c.cue() + ": " + c.text()));
 * }</pre>
 *
 * @param source who the claim is attributed to
 * @param cue the attribution cue as written, such as {@code "reported"}, {@code "said"} or {@code "according to"}
 * @param text the sentence or clause, verbatim
 * @param span where {@code text} stands in {@link io.github.wirestory.WireStory#text()}
 * @param paragraph index of the paragraph; {@code -1} for the headline
 * @param quotes the direct quotes inside the claim, in order
 * @param speaker the person quoted inside the report, when there is one ("Kim ... , KCNA reported": Kim)
 * @param date the day the source spoke, when the cue carries a day ("reported Thursday") and the dateline
 *     date is known
 */
public record Claim(
        Source source,
        String cue,
        String text,
        Span span,
        int paragraph,
        List<Quote> quotes,
        Optional<String> speaker,
        Optional<LocalDate> date) {

    /**
     * Validates and copies the components.
     *
     * @param source who the claim is attributed to
     * @param cue the attribution cue as written, such as {@code "reported"}, {@code "said"} or {@code "according to"}
     * @param text the sentence or clause, verbatim
     * @param span where {@code text} stands in {@link io.github.wirestory.WireStory#text()}
     * @param paragraph index of the paragraph; {@code -1} for the headline
     * @param quotes the direct quotes inside the claim, in order
     * @param speaker the person quoted inside the report, when there is one ("Kim ... , KCNA reported": Kim)
     * @param date the day the source spoke, when the cue carries a day ("reported Thursday") and the dateline date is known
     * @throws NullPointerException if any component is null
     */
    public Claim {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        quotes = SealedList.keep(quotes, "quotes");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(date, "date");
    }
}
