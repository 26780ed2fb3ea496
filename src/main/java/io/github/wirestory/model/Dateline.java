package io.github.wirestory.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * The dateline that opens a wire story, such as {@code SEOUL, July 27 (Reuters) -} or {@code July 27 (UPI) --}.
 *
 * <pre>{@code
 * Dateline d = story.dateline().orElseThrow();
 * d.text();      // "SEOUL, July 27 (Reuters) -"
 * d.location();  // Optional[SEOUL]
 * d.monthDay();  // Optional[--07-27]
 * d.date();      // Optional[2023-07-27] when a year is known
 * }</pre>
 *
 * @param text the dateline exactly as written, including the agency and the dash
 * @param location the place, such as {@code "SEOUL"} or {@code "KYIV"}, as written
 * @param region a state, province or country after the place, such as {@code "Ill."} or {@code "Ukraine"}
 * @param monthDay the month and day, when the dateline gives them
 * @param date the full date, when the text gives a year or a reference date allowed one to be inferred
 * @param weekday the weekday, when the dateline names one
 * @param agency the agency named in the dateline, when there is one
 * @param span where the dateline stands in {@link io.github.wirestory.WireStory#text()}
 */
public record Dateline(
        String text,
        Optional<String> location,
        Optional<String> region,
        Optional<MonthDay> monthDay,
        Optional<LocalDate> date,
        Optional<DayOfWeek> weekday,
        Optional<AgencyCredit> agency,
        Span span) {

    /**
     * Validates the components.
     *
     * @param text the dateline exactly as written, including the agency and the dash
     * @param location the place, such as {@code "SEOUL"} or {@code "KYIV"}, as written
     * @param region a state, province or country after the place, such as {@code "Ill."} or {@code "Ukraine"}
     * @param monthDay the month and day, when the dateline gives them
     * @param date the full date, when the text gives a year or a reference date allowed one to be inferred
     * @param weekday the weekday, when the dateline names one
     * @param agency the agency named in the dateline, when there is one
     * @param span where the dateline stands in {@link io.github.wirestory.WireStory#text()}
     * @throws NullPointerException if any component is null
     */
    public Dateline {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(monthDay, "monthDay");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(weekday, "weekday");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(span, "span");
    }
}
