package io.github.wirestory.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When a story was published, as the page says. A page may give a full date-time with its offset
 * ({@code 2023-07-27T05:12:00+09:00}) or only a day; {@link #date()} is always there, in the page's own
 * offset, and is the reference date for dateline years. No year is ever invented: a date is only built
 * when the page gives the year.
 *
 * <pre>{@code
 * story.published().map(Published::date);        // Optional[2023-07-27]
 * story.published().flatMap(Published::dateTime); // Optional[2023-07-27T05:12+09:00]
 * story.published().map(Published::iso);          // Optional[2023-07-27T05:12:00+09:00]
 * }</pre>
 *
 * @param date the calendar day of publication, in the page's offset
 * @param dateTime the instant with its offset, when the page gives a time
 * @param asWritten the value as the page wrote it
 * @param source where it came from
 * @param key the exact field, such as {@code "article:published_time"}
 */
public record Published(LocalDate date, Optional<OffsetDateTime> dateTime, String asWritten, MetaSource source,
        String key) {
    /**
     * Validates the components.
     *
     * @param date the calendar day of publication, in the page's offset
     * @param dateTime the instant with its offset, when the page gives a time
     * @param asWritten the value as the page wrote it
     * @param source where it came from
     * @param key the exact field, such as {@code "article:published_time"}
     * @throws NullPointerException if any component is null
     * @throws IllegalArgumentException if {@code dateTime} is present and falls on another day than {@code date}
     */
    public Published {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dateTime, "dateTime");
        Objects.requireNonNull(asWritten, "asWritten");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(key, "key");
        if (dateTime.isPresent() && !dateTime.get().toLocalDate().equals(date)) {
            throw new IllegalArgumentException("dateTime " + dateTime.get() + " is not on " + date);
        }
    }

    /**
     * ISO 8601 text: the date-time with offset when known ({@code 2023-07-27T05:12:00+09:00}), else the date
     * ({@code 2023-07-27}).
     *
     * @return the ISO form
     */
    public String iso() {
        return dateTime.map(dt -> dt.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .orElse(date.toString());
    }
}
