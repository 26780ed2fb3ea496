package io.github.wirestory.internal.dateline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves the relative day words of a lede ("reported Thursday", "said on Wednesday", "last Friday") to a
 * date, given the dateline date. Wire style names the weekday of an event in the past week, so a bare or
 * "on" weekday is the most recent such day on or before the dateline date; "last Friday" is the one strictly
 * before it (on a Friday dateline, a week earlier). "today" and "tonight" are the dateline date, "yesterday" the day before.
 * Stateless and thread-safe.
 */
public final class RelativeDays {
    private RelativeDays() {}

    /**
     * Resolves a weekday word.
     *
     * <pre>{@code
     * RelativeDays.resolve("Thursday", LocalDate.of(2023, 7, 27));      // Optional[2023-07-27] (a Thursday)
     * RelativeDays.resolve("on Wednesday", LocalDate.of(2023, 7, 27));  // Optional[2023-07-26]
     * RelativeDays.resolve("last Friday", LocalDate.of(2023, 7, 27));   // Optional[2023-07-21]
     * }</pre>
     *
     * @param weekdayWord a weekday name ("Thursday", "Thurs.", "thu"), optionally after "on", "last", "this",
     *     "early", "late"; or "today", "tonight", "yesterday"
     * @param datelineDate the date of the dateline
     * @return the date, or empty when the word is not a weekday reference
     * @throws NullPointerException if an argument is null
     */
    public static Optional<LocalDate> resolve(String weekdayWord, LocalDate datelineDate) {
        Objects.requireNonNull(weekdayWord, "weekdayWord");
        Objects.requireNonNull(datelineDate, "datelineDate");
        String w = weekdayWord.strip().toLowerCase(Locale.ROOT);
        if (w.length() > 40) {
            return Optional.empty();
        }
        while (!w.isEmpty() && ",.;:".indexOf(w.charAt(w.length() - 1)) >= 0) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.equals("today") || w.equals("tonight")) {
            return Optional.of(datelineDate);
        }
        if (w.equals("yesterday")) {
            return Optional.of(datelineDate.minusDays(1));
        }
        boolean strictlyBefore = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String prefix : new String[] {"on ", "this ", "early ", "late ", "last ", "past "}) {
                if (w.startsWith(prefix)) {
                    strictlyBefore |= prefix.equals("last ") || prefix.equals("past ");
                    w = w.substring(prefix.length()).strip();
                    changed = true;
                }
            }
        }
        for (String suffix : new String[] {" morning", " afternoon", " evening", " night"}) {
            if (w.endsWith(suffix)) {
                w = w.substring(0, w.length() - suffix.length());
            }
        }
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        }
        Optional<DayOfWeek> day = DateWords.weekday(w);
        if (day.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(datelineDate.with(strictlyBefore
                ? TemporalAdjusters.previous(day.get())
                : TemporalAdjusters.previousOrSame(day.get())));
    }
}
