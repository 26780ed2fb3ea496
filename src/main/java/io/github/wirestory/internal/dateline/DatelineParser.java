package io.github.wirestory.internal.dateline;

import io.github.wirestory.AgencyRegistry;
import io.github.wirestory.internal.AgencyNames;
import io.github.wirestory.internal.Regions;
import io.github.wirestory.model.Agency;
import io.github.wirestory.model.AgencyCredit;
import io.github.wirestory.model.Dateline;
import io.github.wirestory.model.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the dateline at the start of a lede paragraph. A hand-written scanner, no regular expressions: it
 * reads at most {@value #WINDOW} chars of the paragraph's first line, so its cost is constant per call.
 *
 * <p>Forms read (every dash variant {@code --}, {@code —}, {@code –}, spaced {@code -}):
 * <ul>
 *   <li>paren: {@code SEOUL, July 27 (Reuters) -}, {@code July 27 (UPI) --}, {@code KYIV, Ukraine (AP) —},
 *       {@code Tokyo, July 27 (Jiji Press)--}, {@code Madrid, 27 jul (EFE).-}, {@code New Delhi [India],
 *       July 27 (ANI):}, {@code New Delhi, Jul 27 (PTI) The ...} (no dash), {@code MINSK, 27 July (BelTA) -};</li>
 *   <li>slashes: {@code MOSCOW, March 3. /TASS/.};</li>
 *   <li>agency after a comma: {@code Damascus, SANA –}, {@code Riyadh, July 27, 2023, SPA --};</li>
 *   <li>credit only: {@code (Bloomberg) --}, {@code (CNN)}, {@code Shafaq News/}, and ANSA's
 *       {@code (ANSA) - ROME, JUL 27 -};</li>
 *   <li>newspaper style without agency: {@code WASHINGTON —}, {@code BUFFALO, N.Y. —}, {@code WASHINGTON,
 *       Jan. 5 —}, mixed case only for known places or regions ({@code Indianapolis –}, {@code Dekalb, Ill. —}),
 *       colon only for known places ({@code NEW DELHI:}); a date with a year and a dash ({@code Feb. 23, 2015
 *       --}).</li>
 * </ul>
 * Instances are immutable and thread-safe.
 */
public final class DatelineParser {
    static final int WINDOW = 200;
    private static final int MAX_HEAD = 110;
    private static final int MAX_PAREN = 48;

    /** Section labels and kickers that look like an all-caps place before a dash. */
    private static final Set<String> LABELS = Set.copyOf(List.of(
            "OPINION", "EDITORIAL", "ANALYSIS", "COMMENTARY", "COMMENT", "UPDATE", "UPDATED", "BREAKING",
            "BREAKING NEWS", "EXCLUSIVE", "WATCH", "VIDEO", "PHOTOS", "PHOTO", "GALLERY", "LIVE", "LIVE UPDATES",
            "FACT CHECK", "REVIEW", "INTERVIEW", "SPORTS", "SPORT", "BUSINESS", "WORLD", "POLITICS", "TECH",
            "TECHNOLOGY", "OBITUARY", "OBITUARIES", "LETTERS", "LETTER", "EDITOR'S NOTE", "EDITORS' NOTE",
            "EDITOR’S NOTE", "CORRECTION", "CORRECTIONS", "ADVERTISEMENT", "SPONSORED", "FEATURE", "FEATURES",
            "PODCAST", "EXPLAINER", "PERSPECTIVE", "COLUMN", "ESSAY", "OP-ED", "NEWS", "LOCAL", "NATIONAL",
            "INTERNATIONAL", "ENTERTAINMENT", "HEALTH", "SCIENCE", "CLIMATE", "DEAR ABBY", "ACCIDENT", "ARREST",
            "NOTE", "WARNING", "SPOILER", "SPOILERS", "ADVISORY", "URGENT", "FLASH", "BULLETIN", "ALERT",
            "TOP STORY", "MARKETS", "ECONOMY", "EDITORS", "OPINION EDITORIAL", "GUEST COLUMN", "LETTER TO THE EDITOR",
            "LATEST", "THE LATEST", "RECAP", "PREVIEW", "NOTEBOOK", "TRAVEL", "FOOD", "STYLE", "CULTURE",
            "MUSIC", "MOVIES", "BOOKS", "TV", "AUTOS", "REAL ESTATE", "MONEY", "WEATHER", "TRAFFIC", "CRIME",
            "EDUCATION", "RELIGION", "MILITARY", "DEFENSE", "ELECTION", "ELECTIONS", "Q&A", "FAQ", "SUMMARY",
            "ABSTRACT", "BACKGROUND", "CONTEXT", "DISCLAIMER", "DISCLOSURE", "EDITOR", "SOURCE", "SOURCES",
            "READ MORE", "RELATED", "SEE ALSO", "MORE", "CLICK HERE", "SUBSCRIBE", "PRESS RELEASE",
            "FIRST ON FOX", "FIRST ON CNN", "FIRST ON CNBC", "ONLY ON", "JUST IN", "DEVELOPING", "HAPPENING NOW",
            "WHAT TO KNOW", "WHY IT MATTERS", "THE BIG PICTURE", "BOTTOM LINE", "THE BOTTOM LINE", "DRIVING THE NEWS",
            "BY THE NUMBERS", "STATE OF PLAY", "GO DEEPER", "WHAT'S NEXT", "KEY POINTS", "HIGHLIGHTS",
            "SPONSORED CONTENT", "PAID POST", "PROGRAMMING NOTE", "WATCH LIVE", "LISTEN", "TRANSCRIPT",
            "CLARIFICATION", "FLASHBACK", "TOP NEWS", "EDITOR'S PICK", "MUST READ", "OPINION COLUMN",
            // organisations and acronyms that open sentences
            "NASA", "FBI", "CIA", "NATO", "WHO", "IMF", "OPEC", "NSA", "EPA", "FDA", "CDC", "SEC", "DOJ", "ICE",
            "IRS", "NFL", "NBA", "MLB", "NHL", "FIFA", "UEFA", "EU", "UN", "GOP", "ISIS", "HAMAS", "COVID",
            "COVID-19", "AI", "CEO", "LGBTQ", "US", "U.S.", "UK", "U.K.", "USA", "NOTICE", "IMPORTANT"));

    private static final Set<String> CONNECTORS = Set.of(
            "de", "del", "da", "do", "dos", "das", "di", "du", "des", "la", "le", "les", "el", "al", "of", "the",
            "upon", "on", "am", "an", "der", "den", "van", "von", "y", "e", "sur", "en", "bin", "ibn", "au",
            "aux", "im", "in", "and");

    private static final Set<String> STAMP_WORDS = Set.of("updated", "posted", "published", "last", "modified");

    /** The most words a date segment has ({@code Monday Jan. 5 2024 AAP}). */
    private static final int MAX_DATE_TOKENS = 5;

    private final AgencyRegistry agencies;

    /** @param agencies the registry used to recognise the agency in the dateline */
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
        int limit = Math.min(to, from + WINDOW);
        for (int k = from; k < limit; k++) {
            if (text.charAt(k) == '\n') {
                limit = k;
                break;
            }
        }
        while (limit > from && Character.isWhitespace(text.charAt(limit - 1))) {
            limit--;
        }
        if (limit <= from) {
            return Optional.empty();
        }
        Scan[] pool = scans.get();
        Scan scan = pool[0];
        if (scan == null) {
            scan = new Scan();
        } else {
            pool[0] = null; // taken: a parse nested on this thread makes its own
        }
        try {
            scan.text = text;
            scan.from = from;
            scan.limit = limit;
            scan.to = to;
            scan.reference = reference;
            return scan.run();
        } finally {
            scan.text = null; // no story stays reachable
            scan.reference = null;
            pool[0] = scan;
        }
    }

    /** Each thread's scan (with its working arrays), while it is not in use. */
    private final ThreadLocal<Scan[]> scans = ThreadLocal.withInitial(() -> new Scan[1]);

    /** One scan over one window; reused from window to window on one thread (its fields set for each). */
    private final class Scan {
        String text;
        int from;
        int limit;
        int to;
        Optional<LocalDate> reference;
        /** The tokens of a date segment, as bounds: begin, end, begin, end, ... */
        final int[] tokens = new int[2 * MAX_DATE_TOKENS];
        /** The segments of a head, as bounds: begin, end, begin, end, ... */
        int[] segments = new int[16];

        Optional<Dateline> run() {
            char first = text.charAt(from);
            if (first == '(') {
                return parenFirst();
            }
            if (!Character.isLetter(first)) {
                return Optional.empty();
            }
            int headEnd = Math.min(limit, from + MAX_HEAD);
            for (int j = from; j < headEnd; j++) {
                char c = text.charAt(j);
                if (c == '(') {
                    return parenForm(j);
                }
                if (c == '[') {
                    int close = indexOf(']', j + 1, Math.min(headEnd, j + 32));
                    if (close < 0) {
                        return Optional.empty();
                    }
                    j = close;
                    continue;
                }
                if (c == '/') {
                    Optional<Dateline> d = slashForm(j);
                    if (d.isPresent()) {
                        return d;
                    }
                    continue;
                }
                int dashEnd = dashAt(j);
                if (dashEnd > 0) {
                    return dashForm(j, dashEnd);
                }
                if (c == ':') {
                    return colonForm(j);
                }
                if (c == '"' || c == '“' || c == '”' || c == '?' || c == '!' || c == ';' || c == '|') {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }

        /** {@code (CNN) --}, {@code (Bloomberg) --}, {@code (ANSA) - ROME, JUL 27 -}. */
        private Optional<Dateline> parenFirst() {
            int close = indexOf(')', from + 1, Math.min(limit, from + 1 + MAX_PAREN));
            if (close < 0) {
                return Optional.empty();
            }
            String content = text.substring(from + 1, close).strip();
            Optional<AgencyCredit> agency = agency(content);
            if (agency.isEmpty()) {
                return Optional.empty();
            }
            int end = close + 1;
            int afterDash = dashAfter(end);
            boolean dashed = afterDash > 0;
            if (dashed) {
                end = afterDash;
            }
            // ANSA: "(ANSA) - ROME, JUL 27 - ..."
            if (dashed) {
                int k = skipSpaces(end);
                Head ansa = ansaTail(k);
                if (ansa != null) {
                    Head h = ansa;
                    return Optional.of(build(h.end, h, agency));
                }
            }
            if (!dashed && !sentenceStartsAt(skipSpaces(end))) {
                return Optional.empty();
            }
            return Optional.of(build(end, new Head(), agency));
        }

        private Head ansaTail(int k) {
            int headEnd = Math.min(limit, k + 60);
            for (int j = k; j < headEnd; j++) {
                char c = text.charAt(j);
                if (c == '(' || c == '/' || c == ':' || c == '"') {
                    return null;
                }
                int dashEnd = dashAt(j);
                if (dashEnd > 0) {
                    Head h = head(k, j);
                    if (h == null || h.place.isEmpty() || h.agency.isPresent()
                            || !isAllCaps(h.place.get())) {
                        return null;
                    }
                    return h.withEnd(dashEnd);
                }
            }
            return null;
        }

        /** {@code PLACE[, REGION][, DATE] (AGENCY) [dash|:|.-]}. */
        private Optional<Dateline> parenForm(int open) {
            int close = indexOf(')', open + 1, Math.min(limit, open + 1 + MAX_PAREN));
            if (close < 0) {
                return Optional.empty();
            }
            String content = text.substring(open + 1, close).strip();
            if (content.isEmpty()) {
                return Optional.empty();
            }
            Head parsed = head(from, open);
            if (parsed == null || parsed.agency.isPresent()) {
                return Optional.empty();
            }
            Head h = parsed;
            if (h.place.isEmpty() && h.monthDay.isEmpty()) {
                return Optional.empty();
            }
            Optional<AgencyCredit> agency = agency(content);
            int end = close + 1;
            int afterDash = dashAfter(end);
            boolean dashed = afterDash > 0;
            if (dashed) {
                end = afterDash;
            }
            if (agency.isPresent()) {
                if (!dashed && !sentenceStartsAt(skipSpaces(end))) {
                    return Optional.empty();
                }
            } else {
                // an unknown name in the parenthesis (a station's call sign): only in the classic caps form
                if (!dashed || h.place.isEmpty() || !isAllCaps(h.place.get()) || !nameShape(content, 4)) {
                    return Optional.empty();
                }
            }
            return Optional.of(build(end, h, agency));
        }

        /** {@code MOSCOW, March 3. /TASS/.} or the credit lead-in {@code Shafaq News/}. */
        private Optional<Dateline> slashForm(int slash) {
            int close = indexOf('/', slash + 1, Math.min(limit, slash + 1 + MAX_PAREN));
            if (close > slash + 1 && (slash == from || text.charAt(slash - 1) == ' ')) {
                String content = text.substring(slash + 1, close);
                Optional<AgencyCredit> agency = agency(content);
                if (agency.isEmpty()) {
                    return Optional.empty();
                }
                Head parsed = head(from, slash);
                if (parsed == null || parsed.agency.isPresent()
                        || (parsed.place.isEmpty() && parsed.monthDay.isEmpty())) {
                    return Optional.empty();
                }
                int end = close + 1;
                if (end < limit && text.charAt(end) == '.') {
                    end++;
                }
                int afterDash = dashAfter(end);
                if (afterDash > 0) {
                    end = afterDash;
                }
                return Optional.of(build(end, parsed, agency));
            }
            // credit lead-in: "Shafaq News/ ..."
            if (slash > from && text.charAt(slash - 1) != ' ') {
                Optional<AgencyCredit> agency = agency(text.substring(from, slash));
                // a space must follow: "AFP/Getty Images" and "APA/Georg Hochmuth" are photo credits
                if (agency.isPresent() && slash + 1 < limit && text.charAt(slash + 1) == ' '
                        && ledeFollows(slash + 1)) {
                    return Optional.of(build(slash + 1, new Head(), agency));
                }
            }
            return Optional.empty();
        }

        /** {@code WASHINGTON —}, {@code Damascus, SANA –}, {@code Feb. 23, 2015 --}. */
        private Optional<Dateline> dashForm(int dash, int dashEnd) {
            Optional<Dateline> unbracketed = unbracketedAgency(dash, dashEnd);
            if (unbracketed.isPresent()) {
                return unbracketed;
            }
            Head parsed = head(from, dash);
            if (parsed == null) {
                return Optional.empty();
            }
            Head h = parsed;
            if (h.agency.isPresent()) {
                // agency written after the place or date, without parentheses
                return Optional.of(build(dashEnd, h, h.agency));
            }
            if (h.place.isEmpty()) {
                // a date on its own is a dateline only with its year and a sentence after it
                if (h.monthDay.isEmpty() || h.year < 0 || !ledeFollows(dashEnd)) {
                    return Optional.empty();
                }
                return Optional.of(build(dashEnd, h, Optional.empty()));
            }
            String place = h.place.get();
            boolean caps = isAllCaps(place);
            if (caps && LABELS.contains(place.toUpperCase(Locale.ROOT))) {
                return Optional.empty();
            }
            boolean known = Places.isCity(place) || h.region.map(Places::isRegion).orElse(false);
            if (!caps && !known) {
                return Optional.empty();
            }
            int next = skipSpaces(dashEnd);
            if (next >= to) {
                // the dateline stands on its own line: only the classic caps form
                if (!caps) {
                    return Optional.empty();
                }
            } else if (!ledeFollows(dashEnd)) {
                return Optional.empty();
            }
            return Optional.of(build(dashEnd, h, Optional.empty()));
        }

        /**
         * CNN's current form, the agency after the place without parentheses: {@code Washington CNN —},
         * {@code CNN —}. The name must be spelled as in the registry (or in capitals) and be three chars or more.
         */
        private Optional<Dateline> unbracketedAgency(int dash, int dashEnd) {
            int e = dash;
            while (e > from && text.charAt(e - 1) == ' ') {
                e--;
            }
            int b = e;
            for (int words = 0; words < 3 && b > from; words++) {
                int k = b;
                while (k > from && text.charAt(k - 1) != ' ' && text.charAt(k - 1) != ',') {
                    k--;
                }
                if (k > from && text.charAt(k - 1) == ',') {
                    return Optional.empty(); // "Damascus, SANA" and "SCRANTON, PA" are read as segments
                }
                b = k;
                String name = text.substring(b, e);
                Optional<Agency> a = name.length() >= 3 ? agencies.lookup(name) : Optional.empty();
                if (a.isPresent() && AgencyNames.spelledAsRegistered(name, a.get()) && !Places.isRegion(name)) {
                    Optional<AgencyCredit> credit = Optional.of(new AgencyCredit(a.get(), name,
                            AgencyCredit.Via.DATELINE));
                    if (b == from) {
                        return ledeFollows(dashEnd) ? Optional.of(build(dashEnd, new Head(), credit)) : Optional.empty();
                    }
                    Head h = head(from, b);
                    if (h == null || h.place.isEmpty() || h.agency.isPresent()) {
                        return Optional.empty();
                    }
                    return Optional.of(build(dashEnd, h, credit));
                }
                while (b > from && text.charAt(b - 1) == ' ') {
                    b--;
                }
            }
            return Optional.empty();
        }

        /** {@code NEW DELHI: ...}: known places only. */
        private Optional<Dateline> colonForm(int colon) {
            Head parsed = head(from, colon);
            if (parsed == null || parsed.place.isEmpty() || parsed.agency.isPresent()) {
                return Optional.empty();
            }
            Head h = parsed;
            if (!Places.isCity(h.place.get()) || !ledeFollows(colon + 1)) {
                return Optional.empty();
            }
            return Optional.of(build(colon + 1, h, Optional.empty()));
        }

        /** A lede sentence follows: a capital, digit or quote first, a lower-case word early, four words or more. */
        private boolean ledeFollows(int at) {
            int k = skipSpaces(at);
            if (!sentenceStartsAt(k)) {
                return false;
            }
            int end = Math.min(to, k + 80);
            int words = 0;
            boolean inWord = false;
            boolean lowerWord = false;
            for (int i = k; i < end; i++) {
                char c = text.charAt(i);
                boolean space = Character.isWhitespace(c);
                if (!space && !inWord) {
                    words++;
                    // a sentence has a word in lower case early on; a tagline in Title Case does not
                    if (words <= 10 && Character.isLowerCase(c)) {
                        lowerWord = true;
                    }
                }
                inWord = !space;
            }
            if (!lowerWord || words < 4) {
                return false;
            }
            int w = k;
            while (w < end && Character.isLetter(text.charAt(w))) {
                w++;
            }
            return !STAMP_WORDS.contains(text.substring(k, w).toLowerCase(Locale.ROOT));
        }

        private boolean sentenceStartsAt(int k) {
            if (k >= to) {
                return false;
            }
            char c = text.charAt(k);
            return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'„«‹".indexOf(c) >= 0
                    || Character.isLetter(c) && !Character.isLowerCase(c);
        }

        /**
         * Parses {@code [from, stop)} as place, regions, date, weekday, year and a trailing agency name; null when
         * it is no dateline head.
         */
        private Head head(int start, int stop) {
            int b = Regions.stripBegin(text, start, stop);
            int e = Regions.stripEnd(text, b, stop);
            if (b == e) {
                return new Head();
            }
            String bracket = null;
            String s = text; // the segments are read in place, and a segment is copied only to be kept or named
            int count;
            if (!contains(text, '[', b, e)) {
                count = segments(text, b, e);
            } else {
                // ANI: "New Delhi [India], July 27" - the bracket is a region
                String headText = text.substring(b, e);
                int ob = headText.indexOf('[');
                int cb = headText.indexOf(']', ob);
                if (cb < 0) {
                    return null;
                }
                bracket = headText.substring(ob + 1, cb).strip();
                headText = (headText.substring(0, ob).strip() + headText.substring(cb + 1)).strip();
                s = headText;
                count = segments(headText, 0, headText.length());
            }
            Head h = new Head();
            for (int i = 0; i < count; i++) {
                int sb = segments[2 * i];
                int se = segments[2 * i + 1];
                boolean last = i == count - 1;
                if (sb == se) {
                    if (last) {
                        continue; // trailing comma or period
                    }
                    return null;
                }
                if (h.monthDay.isEmpty() && h.year < 0 && date(s, sb, se, h, last)) {
                    continue;
                }
                int y = DateWords.year(s, sb, se);
                if (y > 0 && h.monthDay.isPresent() && h.year < 0) {
                    h.year = y;
                    continue;
                }
                Optional<DayOfWeek> wd = DateWords.weekday(s, sb, se);
                if (wd.isPresent() && h.weekday.isEmpty() && (i > 0 || count > 1)) {
                    h.weekday = wd;
                    continue;
                }
                String seg = null; // copied once it is looked up or kept
                if (last && i > 0 && h.agency.isEmpty()) {
                    seg = s.substring(sb, se);
                    if (!Places.isRegion(seg)) {
                        Optional<AgencyCredit> a = agency(seg);
                        if (a.isPresent()) {
                            h.agency = a;
                            continue;
                        }
                    }
                }
                if (h.monthDay.isPresent() || h.weekday.isPresent()) {
                    return null; // text after the date that is neither year nor agency
                }
                if (h.place.isEmpty() && i == 0) {
                    if (!placeChars(s, sb, se, 48)) {
                        return null;
                    }
                    seg = seg != null ? seg : s.substring(sb, se);
                    if (!placeShape(seg, 48)) {
                        return null;
                    }
                    h.place = Optional.of(seg);
                    continue;
                }
                if (h.place.isPresent() && h.regionCount() < 2 && placeChars(s, sb, se, 32)) {
                    seg = seg != null ? seg : s.substring(sb, se);
                    if (placeShape(seg, 32)) {
                        h.addRegion(h.regionCount(), seg);
                        continue;
                    }
                }
                return null;
            }
            if (bracket != null) {
                if (h.place.isEmpty() || !placeShape(bracket, 32)) {
                    return null;
                }
                h.addRegion(0, bracket);
            }
            h.region = h.regionCount() == 0 ? Optional.empty()
                    : Optional.of(h.regionCount() == 1 ? h.regions.get(0) : String.join(", ", h.regions));
            return h;
        }

        /**
         * Reads a date segment: {@code July 27}, {@code Jan. 5 2024}, {@code 27 July}, {@code 5th January},
         * {@code Monday Jan. 5}, {@code Jul 27 AAP}. Fills {@code h}; false if the segment is not a date.
         */
        private boolean date(String seg, int segBegin, int segEnd, Head h, boolean last) {
            if (!contains(seg, ' ', segBegin, segEnd)) {
                return false; // one word: a date has two or more
            }
            // the tokens of the segment split on spaces, as bounds: begin, end, begin, end, ...
            int[] tokens = this.tokens;
            int count = 0;
            int end = segEnd;
            while (end > segBegin && seg.charAt(end - 1) == ' ') {
                end--;
            }
            for (int b = segBegin; b <= end; count++) {
                if (count == MAX_DATE_TOKENS) {
                    return false;
                }
                int space = seg.indexOf(' ', b);
                int e = space < 0 || space > end ? end : space;
                tokens[2 * count] = b;
                tokens[2 * count + 1] = e;
                b = e + 1;
            }
            int t = 0;
            Optional<DayOfWeek> wd = Optional.empty();
            if (count > 2) {
                wd = DateWords.weekday(seg, tokens[0], tokens[1]);
                if (wd.isPresent()) {
                    t++;
                }
            }
            if (t + 1 >= count) {
                return false;
            }
            Optional<Month> m = DateWords.month(seg, tokens[2 * t], tokens[2 * t + 1]);
            int day;
            if (m.isPresent()) {
                day = DateWords.day(seg, tokens[2 * t + 2], tokens[2 * t + 3]);
            } else {
                day = DateWords.day(seg, tokens[2 * t], tokens[2 * t + 1]);
                m = DateWords.month(seg, tokens[2 * t + 2], tokens[2 * t + 3]);
            }
            if (m.isEmpty() || day < 0) {
                return false;
            }
            Optional<MonthDay> md = DateWords.monthDay(m.get(), day);
            if (md.isEmpty()) {
                return false;
            }
            t += 2;
            int year = -1;
            if (t < count) {
                year = DateWords.year(seg, tokens[2 * t], tokens[2 * t + 1]);
                if (year > 0) {
                    t++;
                }
            }
            Optional<AgencyCredit> agency = Optional.empty();
            if (t < count) {
                if (!last) {
                    return false;
                }
                // the remaining tokens joined by spaces: the segment from the first of them, as written
                agency = agency(seg.substring(tokens[2 * t], end));
                if (agency.isEmpty()) {
                    return false;
                }
            }
            h.monthDay = md;
            h.year = year;
            if (wd.isPresent()) {
                h.weekday = wd;
            }
            h.agency = agency;
            return true;
        }

        /**
         * Splits the head {@code s[b, e)} on commas into {@link #segments}, and returns how many there are; a period
         * after an all-caps place also separates ({@code MOSCOW. July 27}). Each segment is stripped, less the period
         * that closes TASS's date ({@code March 3.}, not {@code Ill.} or {@code D.C.}).
         */
        private int segments(String s, int b, int e) {
            int count = 0;
            int start = b;
            for (int i = b; i < e; i++) {
                char c = s.charAt(i);
                boolean cut = c == ',';
                if (c == '.' && i + 1 < e && s.charAt(i + 1) == ' ' && count == 0) {
                    cut = i - start > 3 && isAllCaps(s, start, i);
                }
                if (cut) {
                    segment(s, start, i, count++);
                    start = i + 1;
                }
            }
            segment(s, start, e, count++);
            return count;
        }

        private void segment(String s, int b, int e, int index) {
            b = Regions.stripBegin(s, b, e);
            e = Regions.stripEnd(s, b, e);
            if (e - b > 1 && s.charAt(e - 1) == '.' && Character.isDigit(s.charAt(e - 2))) {
                e--;
            }
            if (2 * index + 1 >= segments.length) {
                segments = java.util.Arrays.copyOf(segments, 2 * segments.length);
            }
            segments[2 * index] = b;
            segments[2 * index + 1] = e;
        }

        private Dateline build(int end, Head h, Optional<AgencyCredit> agency) {
            Optional<LocalDate> date = h.monthDay.isPresent()
                    ? DateWords.resolve(h.monthDay.get(), h.year, reference) : Optional.empty();
            Optional<DayOfWeek> weekday = h.weekday;
            return new Dateline(text.substring(from, end), h.place, h.region, h.monthDay, date, weekday, agency,
                    new Span(from, end));
        }

        private int skipSpaces(int k) {
            while (k < to && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\u00a0')) {
                k++;
            }
            return k;
        }

        /** After {@code at} (spaces allowed): a dash, {@code :} or {@code .-}; returns the end, or -1. */
        private int dashAfter(int at) {
            int k = at;
            if (k + 1 < limit && text.charAt(k) == '.' && isDashChar(text.charAt(k + 1))) {
                return dashEnd(k + 1);
            }
            k = skipSpaces(k);
            if (k < limit && text.charAt(k) == ':') {
                return k + 1;
            }
            if (k < limit && isDashChar(text.charAt(k))) {
                return dashEnd(k);
            }
            if (k < limit && text.charAt(k) == '_' && (k + 1 >= limit || text.charAt(k + 1) == ' ')) {
                return k + 1;
            }
            return -1;
        }

        /** If a dateline dash starts at {@code j}, where it ends; else -1. */
        private int dashAt(int j) {
            char c = text.charAt(j);
            if (c == '-') {
                if (j + 1 < limit && text.charAt(j + 1) == '-') {
                    return dashEnd(j);
                }
                boolean spaceBefore = j == from || text.charAt(j - 1) == ' ';
                boolean spaceAfter = j + 1 >= limit || text.charAt(j + 1) == ' ';
                return spaceBefore && spaceAfter ? j + 1 : -1;
            }
            if (c == '_') { // old AP wire copy: "WASHINGTON (AP) _ "
                boolean spaced = j > from && text.charAt(j - 1) == ' ' && (j + 1 >= limit || text.charAt(j + 1) == ' ');
                return spaced ? j + 1 : -1;
            }
            return isDashChar(c) ? dashEnd(j) : -1;
        }

        private int dashEnd(int j) {
            int k = j;
            while (k < limit && isDashChar(text.charAt(k)) && k - j < 3) {
                k++;
            }
            return k;
        }

        private int indexOf(char c, int start, int end) {
            for (int k = start; k < end; k++) {
                char x = text.charAt(k);
                if (x == c) {
                    return k;
                }
                if (x == '\n' || x == '(' && c == ')') {
                    return -1;
                }
            }
            return -1;
        }
    }

    private static final Pattern SLASH_OR_COMMA = Pattern.compile("[/,]");

    /** The agency named by the words in a parenthesis or slashes: {@code dpa/lno}, {@code CNN Business}. */
    private Optional<AgencyCredit> agency(String content) {
        String c = content.strip();
        if (c.isEmpty() || c.length() > MAX_PAREN) {
            return Optional.empty();
        }
        Optional<Agency> a = agencies.lookup(c);
        if (a.isEmpty()) {
            for (String part : SLASH_OR_COMMA.split(c)) {
                if (!part.isBlank()) {
                    a = agencies.lookup(part);
                    if (a.isPresent()) {
                        break;
                    }
                }
            }
        }
        int space = c.indexOf(' ');
        if (a.isEmpty() && space >= 2 && isDeskName(c.substring(space + 1))) {
            // "Reuters Breakingviews", "AFP Relaxnews": the desk of a known agency
            a = agencies.lookup(c.substring(0, space));
        }
        return a.isPresent() ? Optional.of(new AgencyCredit(a.get(), c, AgencyCredit.Via.DATELINE)) : Optional.empty();
    }

    private static final Set<String> NOT_DESKS = Set.of("photo", "photos", "file", "graphic", "graphics", "video",
            "illustration", "pool", "images", "image", "picture", "pictures", "tv");

    /** A desk or service after an agency's name: capitalised words that do not label a picture. */
    private static boolean isDeskName(String rest) {
        String[] words = rest.split(" ");
        if (words.length > 2 || rest.indexOf('/') >= 0) {
            return false; // "AP Photo/Evan Vucci" is a picture credit
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || NOT_DESKS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }


    private static boolean contains(String s, char c, int b, int e) {
        for (int i = b; i < e; i++) {
            if (s.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    /** A place or region: 1 to 8 capitalised words (connectors allowed), letters and {@code . - ' / &}. */
    static boolean placeShape(String s, int maxLength) {
        if (!placeChars(s, 0, s.length(), maxLength)) {
            return false;
        }
        // up to eight words, each capitalised, "al-"/"el-" or a connector
        return Regions.words(s, 8, (t, b, e) -> Character.isUpperCase(t.charAt(b)) || t.startsWith("al-", b)
                || t.startsWith("el-", b) || CONNECTORS.contains(t.substring(b, e).toLowerCase(Locale.ROOT)));
    }

    /** The first tests of {@link #placeShape} on {@code s[b, e)}, read in place: length, a capital first, the chars. */
    private static boolean placeChars(String s, int b, int e, int maxLength) {
        if (b == e || e - b > maxLength || !Character.isUpperCase(s.charAt(b))) {
            return false;
        }
        for (int i = b; i < e; i++) {
            char c = s.charAt(i);
            if (!(Character.isLetter(c) || c == ' ' || c == '.' || c == '-' || c == '\'' || c == '’' || c == '/'
                    || c == '&')) {
                return false;
            }
        }
        return true;
    }

    /** A short name in a parenthesis: up to {@code maxWords} capitalised words of letters ({@code . - & '}). */
    static boolean nameShape(String s, int maxWords) {
        String[] words = s.split(" ");
        if (s.isEmpty() || words.length > maxWords) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetter(c) || c == ' ' || c == '-' || c == '.' || c == '&' || c == '\'')) {
                return false;
            }
        }
        return true;
    }

    /** Whether every letter is upper case (and there is at least one). */
    static boolean isAllCaps(String s) {
        return isAllCaps(s, 0, s.length());
    }

    /** Whether every letter of {@code s[b, e)} is upper case (and there is at least one). */
    static boolean isAllCaps(String s, int b, int e) {
        boolean any = false;
        for (int i = b; i < e; i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    static boolean isDashChar(char c) {
        return c == '-' || c == '—' || c == '–' || c == '‒' || c == '―' || c == '−';
    }

    /** What the head of a dateline says; mutable while it is read, then used once. */
    private static final class Head {
        Optional<String> place = Optional.empty();
        /** The regions after the place; null until there is one (most heads have none). */
        List<String> regions;
        Optional<String> region = Optional.empty();
        Optional<MonthDay> monthDay = Optional.empty();
        int year = -1;
        Optional<DayOfWeek> weekday = Optional.empty();
        Optional<AgencyCredit> agency = Optional.empty();
        int end = -1;

        int regionCount() {
            return regions == null ? 0 : regions.size();
        }

        void addRegion(int at, String region) {
            if (regions == null) {
                regions = new ArrayList<>(2);
            }
            regions.add(at, region);
        }

        Head withEnd(int e) {
            this.end = e;
            return this;
        }
    }
}
