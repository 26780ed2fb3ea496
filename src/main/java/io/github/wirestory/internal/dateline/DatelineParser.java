package io.github.wirestory.internal.dateline;

import io.github.wirestory.AgencyRegistry;
import io.github.wirestory.model.Agency;
import io.github.wirestory.model.AgencyCredit;
import io.github.wirestory.model.Dateline;
import io.github.wirestory.model.Span;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline at the start of a lede paragraph. Patterns are applied to a bounded window (at most
 * {@value #WINDOW} chars), so cost is constant per paragraph.
 */
public final class DatelineParser {
    static final int WINDOW = 200;

    private static final Pattern PAREN_FORM = Pattern.compile(
            "(?:(?<place>\\p{Lu}[^,()\\n]{0,39}?)(?:, (?<region>[^,()\\n\\d]{1,30}?))?(?:, | (?=\\())?)?"
                    + "(?:(?<month>\\p{Lu}\\p{Ll}{2,8})\\.? (?<day>\\d{1,2})(?:, (?<year>\\d{4}))? ?)?"
                    + "\\((?<agency>[^()\\n]{1,40})\\) ?(?<dash>--|—|–|-)");

    private static final Pattern MONTH_DAY = Pattern.compile("(?<month>\\p{Lu}\\p{Ll}{2,8})\\.? (?<day>\\d{1,2})");

    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("jan", Month.JANUARY), Map.entry("january", Month.JANUARY),
            Map.entry("feb", Month.FEBRUARY), Map.entry("february", Month.FEBRUARY),
            Map.entry("mar", Month.MARCH), Map.entry("march", Month.MARCH),
            Map.entry("apr", Month.APRIL), Map.entry("april", Month.APRIL),
            Map.entry("may", Month.MAY),
            Map.entry("jun", Month.JUNE), Map.entry("june", Month.JUNE),
            Map.entry("jul", Month.JULY), Map.entry("july", Month.JULY),
            Map.entry("aug", Month.AUGUST), Map.entry("august", Month.AUGUST),
            Map.entry("sep", Month.SEPTEMBER), Map.entry("sept", Month.SEPTEMBER),
            Map.entry("september", Month.SEPTEMBER),
            Map.entry("oct", Month.OCTOBER), Map.entry("october", Month.OCTOBER),
            Map.entry("nov", Month.NOVEMBER), Map.entry("november", Month.NOVEMBER),
            Map.entry("dec", Month.DECEMBER), Map.entry("december", Month.DECEMBER));

    private final AgencyRegistry agencies;

    /** @param agencies the registry used to recognise the agency in the parenthesis */
    public DatelineParser(AgencyRegistry agencies) {
        this.agencies = agencies;
    }

    /**
     * Looks for a dateline at {@code from}.
     *
     * @param text the whole story text
     * @param from where the lede paragraph starts
     * @param to where it ends
     * @param reference the reference date for year inference
     * @return the dateline, with its span in {@code text}
     */
    public Optional<Dateline> parse(String text, int from, int to, Optional<LocalDate> reference) {
        int end = Math.min(to, from + WINDOW);
        Matcher m = PAREN_FORM.matcher(text).region(from, end);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String agencyText = m.group("agency").strip();
        Optional<Agency> agency = agencies.lookup(agencyText);
        if (agency.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> place = Optional.ofNullable(m.group("place")).map(String::strip);
        Optional<String> region = Optional.ofNullable(m.group("region")).map(String::strip);
        Optional<MonthDay> monthDay = monthDay(m.group("month"), m.group("day"));
        if (monthDay.isEmpty() && place.isPresent() && m.group("month") == null) {
            // "July 27 (UPI) --": the place slot caught a date
            Matcher md = MONTH_DAY.matcher(place.get());
            if (md.matches()) {
                monthDay = monthDay(md.group("month"), md.group("day"));
                if (monthDay.isPresent()) {
                    place = Optional.empty();
                }
            }
        }
        Optional<Integer> year = Optional.ofNullable(m.group("year")).map(Integer::valueOf);
        Optional<LocalDate> date = monthDay.flatMap(md -> resolve(md, year, reference));
        Span span = new Span(from, m.end());
        return Optional.of(new Dateline(
                text.substring(from, m.end()),
                place,
                region,
                monthDay,
                date,
                Optional.empty(),
                Optional.of(new AgencyCredit(agency.get(), agencyText, AgencyCredit.Via.DATELINE)),
                span));
    }

    static Optional<MonthDay> monthDay(String month, String day) {
        if (month == null || day == null) {
            return Optional.empty();
        }
        Month m = MONTHS.get(month.toLowerCase(Locale.ROOT));
        if (m == null) {
            return Optional.empty();
        }
        int d = Integer.parseInt(day);
        if (d < 1 || d > m.maxLength()) {
            return Optional.empty();
        }
        return Optional.of(MonthDay.of(m, d));
    }

    /** The full date: the given year, or the valid year nearest the reference date. */
    static Optional<LocalDate> resolve(MonthDay md, Optional<Integer> year, Optional<LocalDate> reference) {
        if (year.isPresent()) {
            return md.isValidYear(year.get()) ? Optional.of(md.atYear(year.get())) : Optional.empty();
        }
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        LocalDate ref = reference.get();
        LocalDate best = null;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            if (!md.isValidYear(y)) {
                continue;
            }
            LocalDate candidate = md.atYear(y);
            if (best == null || Math.abs(candidate.toEpochDay() - ref.toEpochDay())
                    < Math.abs(best.toEpochDay() - ref.toEpochDay())) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }
}
