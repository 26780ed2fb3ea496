package io.github.wirestory.internal.dateline;

import io.github.wirestory.internal.AsciiKeys;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Month and weekday words as datelines write them: English full names and AP/Reuters abbreviations
 * ({@code Jan.}, {@code Sept.}, {@code JAN}), plus the Spanish and Portuguese forms used by EFE, Notimex and
 * Lusa ({@code 27 jul}, {@code 5 ene}, {@code 3 dez}). Case-insensitive with {@link Locale#ROOT}.
 */
final class DateWords {
    private static final Map<String, Month> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    static {
        month(Month.JANUARY, "jan", "january", "ene", "enero", "janeiro");
        month(Month.FEBRUARY, "feb", "february", "febrero", "fev", "fevereiro");
        month(Month.MARCH, "mar", "march", "marzo", "março", "marco");
        month(Month.APRIL, "apr", "april", "abr", "abril");
        month(Month.MAY, "may", "mayo", "mai", "maio");
        month(Month.JUNE, "jun", "june", "junio", "junho");
        month(Month.JULY, "jul", "july", "julio", "julho");
        month(Month.AUGUST, "aug", "august", "ago", "agosto");
        month(Month.SEPTEMBER, "sep", "sept", "september", "set", "septiembre", "setembro");
        month(Month.OCTOBER, "oct", "october", "octubre", "out", "outubro");
        month(Month.NOVEMBER, "nov", "november", "noviembre", "novembro");
        month(Month.DECEMBER, "dec", "december", "dic", "diciembre", "dez", "dezembro");
        weekday(DayOfWeek.MONDAY, "monday", "mon");
        weekday(DayOfWeek.TUESDAY, "tuesday", "tue", "tues");
        weekday(DayOfWeek.WEDNESDAY, "wednesday", "wed");
        weekday(DayOfWeek.THURSDAY, "thursday", "thu", "thur", "thurs");
        weekday(DayOfWeek.FRIDAY, "friday", "fri");
        weekday(DayOfWeek.SATURDAY, "saturday", "sat");
        weekday(DayOfWeek.SUNDAY, "sunday", "sun");
    }

    /** The same words, looked up in place (no lower-cased copy), with their answers made once. */
    private static final AsciiKeys<Optional<Month>> MONTH_KEYS = keys(MONTHS);
    private static final AsciiKeys<Optional<DayOfWeek>> WEEKDAY_KEYS = keys(WEEKDAYS);

    private DateWords() {}

    private static <V> AsciiKeys<Optional<V>> keys(Map<String, V> words) {
        Map<String, Optional<V>> answers = new HashMap<>();
        words.forEach((k, v) -> answers.put(k, Optional.of(v)));
        return new AsciiKeys<>(answers);
    }

    /** {@code map.get(key(s.substring(b, e)))}, read in place when the word is ASCII. */
    private static <V> Optional<V> lookup(String s, int b, int e, Map<String, V> map, AsciiKeys<Optional<V>> keys) {
        int end = stripDotEnd(s, b, e);
        if (!AsciiKeys.isAscii(s, b, end)) {
            return Optional.ofNullable(map.get(key(s.substring(b, e))));
        }
        Optional<V> found = keys.get(s, b, end);
        return found != null ? found : Optional.empty();
    }

    /** {@link #month(String)} of the word {@code s[b, e)}, read in place. */
    static Optional<Month> month(String s, int b, int e) {
        return lookup(s, b, e, MONTHS, MONTH_KEYS);
    }

    /** {@link #weekday(String)} of the word {@code s[b, e)}, read in place. */
    static Optional<DayOfWeek> weekday(String s, int b, int e) {
        return lookup(s, b, e, WEEKDAYS, WEEKDAY_KEYS);
    }

    /** {@link #day(String)} of the word {@code s[b, e)}, read in place when it is ASCII. */
    static int day(String s, int b, int e) {
        if (!AsciiKeys.isAscii(s, b, e)) {
            return day(s.substring(b, e)); // lower-casing may change its length: as written
        }
        int end = stripDotEnd(s, b, e);
        if (end - b >= 2 && isOrdinalSuffix(Character.toLowerCase(s.charAt(end - 2)),
                Character.toLowerCase(s.charAt(end - 1)))) {
            end -= 2;
        }
        if (end == b || end - b > 2) {
            return -1;
        }
        int d = digits(s, b, end);
        return d >= 1 && d <= 31 ? d : -1;
    }

    /** The number {@code s[b, e)} writes in ASCII digits, or -1 if another char is there. */
    private static int digits(String s, int b, int e) {
        int n = 0;
        for (int i = b; i < e; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = 10 * n + (c - '0');
        }
        return n;
    }

    private static boolean isOrdinalSuffix(char c, char d) {
        return c == 's' && d == 't' || c == 'n' && d == 'd' || c == 'r' && d == 'd' || c == 't' && d == 'h';
    }

    /** {@link #year(String)} of the word {@code s[b, e)}, read in place. */
    static int year(String s, int b, int e) {
        int end = stripDotEnd(s, b, e);
        if (end - b != 4) {
            return -1;
        }
        int y = digits(s, b, end);
        return y >= 1900 && y < 2200 ? y : -1;
    }

    private static void month(Month m, String... names) {
        for (String n : names) {
            MONTHS.put(n, m);
        }
    }

    private static void weekday(DayOfWeek d, String... names) {
        for (String n : names) {
            WEEKDAYS.put(n, d);
        }
    }

    /** The month a word names ({@code "Sept."}, {@code "JAN"}, {@code "julio"}), ignoring a trailing period. */
    static Optional<Month> month(String word) {
        return month(word, 0, word.length());
    }

    /** The weekday a word names ({@code "Thursday"}, {@code "Thurs."}), ignoring a trailing period. */
    static Optional<DayOfWeek> weekday(String word) {
        return weekday(word, 0, word.length());
    }

    /** A day number, {@code "5"}, {@code "05"}, {@code "5th"}, {@code "27."}; -1 when it is not one. */
    static int day(String word) {
        String w = stripDot(word).toLowerCase(Locale.ROOT);
        if (w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd") || w.endsWith("th")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.isEmpty() || w.length() > 2) {
            return -1;
        }
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) < '0' || w.charAt(i) > '9') {
                return -1;
            }
        }
        int d = Integer.parseInt(w);
        return d >= 1 && d <= 31 ? d : -1;
    }

    /** A four-digit year between 1900 and 2199, or -1. */
    static int year(String word) {
        String w = stripDot(word);
        if (w.length() != 4) {
            return -1;
        }
        for (int i = 0; i < 4; i++) {
            if (w.charAt(i) < '0' || w.charAt(i) > '9') {
                return -1;
            }
        }
        int y = Integer.parseInt(w);
        return y >= 1900 && y < 2200 ? y : -1;
    }

    /** The month-day, when the day exists in that month in some year (Feb. 29 included). */
    static Optional<MonthDay> monthDay(Month m, int day) {
        return day >= 1 && day <= m.maxLength() ? Optional.of(MonthDay.of(m, day)) : Optional.empty();
    }

    /** The full date: the given year, or the valid year nearest the reference date. */
    static Optional<LocalDate> resolve(MonthDay md, int year, Optional<LocalDate> reference) {
        if (year > 0) {
            return md.isValidYear(year) ? Optional.of(md.atYear(year)) : Optional.empty();
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

    private static String key(String word) {
        return stripDot(word).toLowerCase(Locale.ROOT);
    }

    /** Where the word {@code s[b, e)} ends once {@link #stripDot} has dropped its trailing periods and commas. */
    private static int stripDotEnd(String s, int b, int e) {
        int end = e;
        while (end > b && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ',')) {
            end--;
        }
        return end;
    }

    private static String stripDot(String word) {
        String w = word;
        while (!w.isEmpty() && (w.endsWith(".") || w.endsWith(","))) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
