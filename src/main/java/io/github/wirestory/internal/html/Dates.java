package io.github.wirestory.internal.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date from the forms pages use: ISO 8601 ({@code 2023-07-27T05:12:00+09:00}),
 * RFC 1123 ({@code Thu, 27 Jul 2023 05:12:00 GMT}), {@code July 27, 2023}, {@code 27 July 2023},
 * {@code 27. Juli 2023}, {@code 27.07.2023}, in English, German, French, Spanish and Portuguese. Only the
 * first {@value #WINDOW} chars are read. A date is only returned when the text gives its year.
 */
final class Dates {
    static final int WINDOW = 120;

    /** A date, with the date-time when a time and an offset were given. */
    record Value(LocalDate date, Optional<OffsetDateTime> dateTime) {}

    private static final String TIME = "(?:[T ,]+(?:um |at |à |a las )?(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<s>\\d{2})(?:[.,]\\d{1,9})?)?"
            + " ?(?<z>Z|[+-]\\d{2}:?\\d{2}|GMT|UTC)?)?";
    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)(?<y>(?:19|20)\\d{2})[-/](?<m>\\d{1,2})[-/](?<d>\\d{1,2})(?!\\d)" + TIME);
    private static final Pattern COMPACT = Pattern.compile("^(?<y>(?:19|20)\\d{2})(?<m>\\d{2})(?<d>\\d{2})(?:T|$)");
    private static final Pattern DMY_NUM = Pattern.compile(
            "(?<!\\d)(?<d>\\d{1,2})\\.\\s?(?<m>\\d{1,2})\\.\\s?(?<y>(?:19|20)\\d{2})(?!\\d)" + TIME);
    static final Pattern DMY = Pattern.compile(
            "(?<!\\d)(?<d>\\d{1,2})(?:\\.|st|nd|rd|th|er)?\\s+(?:de\\s+)?(?<mon>\\p{L}{3,10})\\.?,?\\s+(?:de\\s+)?(?<y>(?:19|20)\\d{2})(?!\\d)" + TIME);
    static final Pattern MDY = Pattern.compile(
            "(?<mon>\\p{L}{3,10})\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>(?:19|20)\\d{2})(?!\\d)" + TIME);

    /** {@code 28.09.19}: a two-digit year is a year the page gives, abbreviated (00-69 is 20xx, else 19xx). */
    private static final Pattern DMY_SHORT = Pattern.compile(
            "(?<!\\d)(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<yy>\\d{2})(?![\\d.])");

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            {"january", "jan", "januar", "jänner", "janvier", "enero", "janeiro", "ene"},
            {"february", "feb", "februar", "feber", "février", "fevrier", "febrero", "fevereiro", "fév", "fev"},
            {"march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "mär", "mrz"},
            {"april", "apr", "avril", "abril", "avr", "abr"},
            {"may", "mai", "mayo", "maio"},
            {"june", "jun", "juni", "juin", "junio", "junho"},
            {"july", "jul", "juli", "juillet", "julio", "julho", "juil"},
            {"august", "aug", "août", "aout", "agosto", "ago"},
            {"september", "sep", "sept", "septembre", "septiembre", "setembro", "set"},
            {"october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "out"},
            {"november", "nov", "novembre", "noviembre", "novembro"},
            {"december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre", "dezembro", "dic"},
        };
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
    }

    private Dates() {}

    static boolean isMonth(String lowerCaseWord) {
        return MONTHS.containsKey(lowerCaseWord);
    }

    static Optional<Value> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (s.length() > WINDOW) {
            s = s.substring(0, WINDOW);
        }
        if (!hasDigitPair(s)) {
            return Optional.empty(); // every form below has a year, or a two-digit one: most text has neither
        }
        Matcher m;
        if (!hasYear(s)) {
            // every form but the last needs a four-digit year 19xx or 20xx
            return s.indexOf('.') < 0 ? Optional.empty() : shortYear(s);
        }
        m = COMPACT.matcher(s);
        if (m.find()) {
            return build(m, Integer.parseInt(m.group("m")), false);
        }
        // each pattern below runs only where a char test it needs passes (a copyright footer, "© 2026 Agency",
        // has a year and no date): the tests are necessary conditions, so what the patterns find is unchanged
        boolean dash = s.indexOf('-') >= 0 || s.indexOf('/') >= 0;
        boolean dot = s.indexOf('.') >= 0;
        if (dash) {
            m = ISO.matcher(s);
            if (m.find()) {
                return build(m, Integer.parseInt(m.group("m")), true);
            }
        }
        if (dot) {
            m = DMY_NUM.matcher(s);
            if (m.find()) {
                return build(m, Integer.parseInt(m.group("m")), true);
            }
        }
        Optional<Value> named = maybeMdy(s) ? withMonthName(MDY, s) : Optional.empty();
        if (named.isEmpty() && maybeDmy(s)) {
            named = withMonthName(DMY, s);
        }
        if (named.isPresent()) {
            return named;
        }
        return dot ? shortYear(s) : Optional.empty(); // DMY_SHORT needs a '.'
    }

    /** The first match of a month-name pattern ({@link #MDY}, {@link #DMY}) whose {@code mon} is a month. */
    private static Optional<Value> withMonthName(Pattern p, String s) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            Integer month = MONTHS.get(m.group("mon").toLowerCase(Locale.ROOT));
            if (month != null) {
                return build(m, month, true);
            }
        }
        return Optional.empty();
    }

    /**
     * A necessary condition for {@link #MDY}: a white-space char, one or two ASCII digits, then white space, a
     * comma or the first letter of an ordinal suffix ({@code " 27, "}, {@code " 3rd "}). A year such as
     * {@code " 2026 "} has four digits and does not pass.
     */
    static boolean maybeMdy(String s) {
        int n = s.length();
        for (int i = 0; i + 2 < n; i++) {
            if (!Text.isRegexSpace(s.charAt(i)) || !isDigit(s.charAt(i + 1))) {
                continue;
            }
            int j = i + 2;
            if (isDigit(s.charAt(j))) {
                j++; // \d{1,2} takes one or two digits: after two, the next char decides; after one, a digit fails
                if (j == n) {
                    return false;
                }
            }
            char c = s.charAt(j);
            if (Text.isRegexSpace(c) || c == ',' || c == 's' || c == 'n' || c == 'r' || c == 't') {
                return true;
            }
        }
        return false;
    }

    /**
     * A necessary condition for {@link #DMY}: one or two ASCII digits not preceded by a digit, then white space, a
     * {@code '.'} or the first letter of a suffix ({@code st nd rd th er}). A year such as {@code "2026 "} has four
     * digits and does not pass.
     */
    static boolean maybeDmy(String s) {
        int n = s.length();
        for (int i = 0; i + 1 < n; i++) {
            if (!isDigit(s.charAt(i)) || i > 0 && isDigit(s.charAt(i - 1))) {
                continue;
            }
            int j = i + 1;
            if (isDigit(s.charAt(j))) {
                j++;
                if (j == n) {
                    return false;
                }
            }
            char c = s.charAt(j);
            if (Text.isRegexSpace(c) || c == '.' || c == 's' || c == 'n' || c == 'r' || c == 't' || c == 'e') {
                return true;
            }
        }
        return false;
    }

    private static Optional<Value> shortYear(String s) {
        Matcher m = DMY_SHORT.matcher(s);
        if (m.find()) {
            int yy = Integer.parseInt(m.group("yy"));
            try {
                LocalDate d = LocalDate.of(yy < 70 ? 2000 + yy : 1900 + yy, Integer.parseInt(m.group("m")),
                        Integer.parseInt(m.group("d")));
                return Optional.of(new Value(d, Optional.empty()));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether {@code (?:19|20)\\d{2}} occurs: four ASCII digits starting 19 or 20. */
    private static boolean hasYear(String s) {
        for (int i = 0, n = s.length() - 3; i < n; i++) {
            char c = s.charAt(i);
            char d = s.charAt(i + 1);
            if ((c == '1' && d == '9' || c == '2' && d == '0') && isDigit(s.charAt(i + 2)) && isDigit(s.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether two ASCII digits (what {@code \\d} matches) stand side by side. */
    private static boolean hasDigitPair(String s) {
        boolean prev = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (digit && prev) {
                return true;
            }
            prev = digit;
        }
        return false;
    }

    private static Optional<Value> build(Matcher m, int month, boolean hasTime) {
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(m.group("y")), month, Integer.parseInt(m.group("d")));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        if (!hasTime || m.group("h") == null || m.group("z") == null) {
            return Optional.of(new Value(date, Optional.empty()));
        }
        try {
            int h = Integer.parseInt(m.group("h"));
            int mi = Integer.parseInt(m.group("mi"));
            int sec = m.group("s") == null ? 0 : Integer.parseInt(m.group("s"));
            ZoneOffset offset = offset(m.group("z"));
            OffsetDateTime dt = OffsetDateTime.of(date, LocalTime.of(h, mi, sec), offset);
            return Optional.of(new Value(date, Optional.of(dt)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.of(new Value(date, Optional.empty()));
        }
    }

    private static ZoneOffset offset(String z) {
        if (z.equals("Z") || z.equals("GMT") || z.equals("UTC")) {
            return ZoneOffset.UTC;
        }
        String digits = z.replace(":", "");
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        int hh = Integer.parseInt(digits.substring(1, 3));
        int mm = Integer.parseInt(digits.substring(3, 5));
        return ZoneOffset.ofHoursMinutes(sign * hh, sign * mm);
    }
}
