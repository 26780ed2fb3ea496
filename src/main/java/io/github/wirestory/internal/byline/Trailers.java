package io.github.wirestory.internal.byline;

import io.github.wirestory.AgencyRegistry;
import io.github.wirestory.internal.AsciiKeys;
import io.github.wirestory.internal.Regions;
import io.github.wirestory.internal.SealedList;
import io.github.wirestory.model.Agency;
import io.github.wirestory.model.AgencyCredit;
import io.github.wirestory.model.Credit;
import io.github.wirestory.model.Paragraph;
import io.github.wirestory.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Credit and agency trailers at the end of a story:
 * <ul>
 *   <li>Reuters: {@code (Reporting by X in Seoul; Additional reporting by Y; Writing by Z; Editing by W)},
 *       as its own paragraph or at the end of the last one;</li>
 *   <li>AP: {@code Associated Press writer X in PLACE contributed to this report.}, and any
 *       {@code NAME in PLACE contributed to this report.};</li>
 *   <li>agency credits: {@code (Yonhap)}, {@code /AFP}, {@code — AFP}, {@code --IANS}, {@code With AFP},
 *       a lone {@code AFP}, {@code Copyright 2024 The Associated Press. All rights reserved.}, on their own
 *       line or after the last sentence.</li>
 * </ul>
 * Only the last {@value #MAX_PARAGRAPHS} paragraphs are examined, each through a bounded window, so the cost
 * does not grow with the story. Stateless and thread-safe.
 */
public final class Trailers {
    static final int MAX_PARAGRAPHS = 4;
    private static final int MAX_TRAILER = 400;
    /** The longest role ("Additional reporting by"): the words before " by ". */
    private static final int MAX_ROLE_WORDS = 40;

    /** "X, Editing by Y": a comma before the next role, read as a semicolon. Applied to bounded text only. */
    private static final java.util.regex.Pattern ROLE_AFTER_COMMA = java.util.regex.Pattern.compile(
            "(?i),\\s{0,3}(?=(?:additional reporting|reporting|writing|editing|compiled|graphics|fact-checking)"
                    + "[a-z ]{0,24}? by )");

    private Trailers() {}

    /**
     * A trailer found in a paragraph.
     *
     * @param paragraph the paragraph's index among those given
     * @param cut where the trailer starts in the story text; the paragraph's start when it is all trailer
     * @param text the trailer as written
     * @param credits the people it credits
     * @param agency the agency it names, via {@link AgencyCredit.Via#TRAILER}
     */
    public record Trailer(int paragraph, int cut, String text, List<Credit> credits, Optional<AgencyCredit> agency) {
        /** Copies the list. */
        public Trailer {
            credits = SealedList.keep(credits, "credits");
        }
    }

    /**
     * Finds the trailers at the end of a story, last paragraph first.
     *
     * @param text the story text
     * @param spans the body paragraphs' spans, in order
     * @param agencies the registry
     * @return the trailers, from the last paragraph backwards
     */
    public static List<Trailer> find(String text, List<Span> spans, AgencyRegistry agencies) {
        List<Paragraph> paragraphs = new ArrayList<>(spans.size());
        for (Span s : spans) {
            paragraphs.add(new Paragraph(paragraphs.size(), text.substring(s.begin(), s.end()), s));
        }
        return inParagraphs(text, paragraphs, agencies);
    }

    /**
     * Finds the trailers at the end of a story, last paragraph first. A paragraph's text is read from the
     * paragraph when its span holds no line break (the text is then the span's text as written), not copied.
     *
     * @param text the story text
     * @param paragraphs the body paragraphs, in order
     * @param agencies the registry
     * @return the trailers, from the last paragraph backwards
     */
    public static List<Trailer> inParagraphs(String text, List<Paragraph> paragraphs, AgencyRegistry agencies) {
        List<Trailer> out = List.of(); // most stories have none: a list is made for the first
        int examined = 0;
        int skipped = 0;
        for (int i = paragraphs.size() - 1; i >= 0 && examined < MAX_PARAGRAPHS && skipped < MAX_PARAGRAPHS; i--) {
            Span s = paragraphs.get(i).span();
            if (s.length() < 8 && !hasLetter(text, s)) {
                skipped++;
                continue; // "___" separators are transparent
            }
            examined++;
            if (s.length() <= MAX_TRAILER) {
                // a paragraph without a line break has the span's text: no copy
                String p = hasLineBreak(text, s) ? text.substring(s.begin(), s.end()) : paragraphs.get(i).text();
                Optional<Trailer> whole = whole(p, i, s.begin(), agencies);
                if (whole.isPresent()) {
                    out = added(out, whole.get());
                    continue;
                }
            }
            Optional<Trailer> appended = appended(text, s, i, agencies);
            if (appended.isPresent()) {
                out = added(out, appended.get());
            }
            break;
        }
        return out;
    }

    /** {@code out} with {@code t} added: a new list for the first. */
    private static List<Trailer> added(List<Trailer> out, Trailer t) {
        List<Trailer> list = out.isEmpty() ? new ArrayList<>(2) : out;
        list.add(t);
        return list;
    }

    /** A paragraph that is all trailer. */
    private static Optional<Trailer> whole(String p, int index, int begin, AgencyRegistry agencies) {
        String t = flat(p);
        if (t.contains(" by ")) { // the inner text has " by " only if the whole has
            int ib = 0; // the inner text, t[ib, ie), read in place
            int ie = t.length();
            if (t.startsWith("(") && t.endsWith(")")) {
                ib = Regions.stripBegin(t, 1, t.length() - 1);
                ie = Regions.stripEnd(t, ib, t.length() - 1);
            }
            List<Credit> credits = roleCredits(t, ib, ie, t);
            if (!credits.isEmpty()) {
                return Optional.of(new Trailer(index, begin, p, credits, reutersIfPresent(agencies, t)));
            }
        }
        Optional<Trailer> contrib = contributed(t, p, index, begin, agencies);
        if (contrib.isPresent()) {
            return contrib;
        }
        Optional<AgencyCredit> agency = agencyLine(t, agencies);
        return agency.isPresent() ? Optional.of(new Trailer(index, begin, p, List.of(), agency)) : Optional.empty();
    }

    /** A trailer after the last sentence of a paragraph. */
    private static Optional<Trailer> appended(String text, Span s, int index, AgencyRegistry agencies) {
        int end = s.end();
        int start = Math.max(s.begin(), end - MAX_TRAILER);
        // the tail, text[start, end), is read in place; it is copied only when it ends with ")"
        if (end > start && text.charAt(end - 1) == ')') {
            String tail = text.substring(start, end);
            int open = tail.lastIndexOf('(');
            if (open > 0) {
                String inner = flat(tail.substring(open + 1, tail.length() - 1));
                List<Credit> credits = roleCredits(inner, flat(tail.substring(open)));
                if (!credits.isEmpty()) {
                    int cut = start + open;
                    return Optional.of(new Trailer(index, cut, text.substring(cut, end), credits,
                            reutersIfPresent(agencies, inner)));
                }
                if (inner.length() <= 40 && sentenceEndsBefore(text, start, start + open)) {
                    Optional<Agency> a = agencies.lookup(inner);
                    if (a.isPresent()) {
                        int cut = start + open;
                        return Optional.of(new Trailer(index, cut, text.substring(cut, end), List.of(),
                                Optional.of(new AgencyCredit(a.get(), inner, AgencyCredit.Via.TRAILER))));
                    }
                }
            }
            return Optional.empty();
        }
        // "... said. /AFP", "... said. — AFP", "... said.--IANS", "... said. /PNA/"
        int k = end;
        if (k > start && text.charAt(k - 1) == '/') {
            k--;
        }
        int w = k;
        while (w > start && w > k - 40 && text.charAt(w - 1) != '/' && !isDash(text.charAt(w - 1))
                && text.charAt(w - 1) != '.' && text.charAt(w - 1) != '"' && text.charAt(w - 1) != '”') {
            w--;
        }
        if (w <= start || w == k || !(text.charAt(w - 1) == '/' || isDash(text.charAt(w - 1)))) {
            return Optional.empty();
        }
        String name = text.substring(w, k).strip();
        int mark = w - 1;
        while (mark > start && (isDash(text.charAt(mark - 1)) || text.charAt(mark - 1) == '/')) {
            mark--;
        }
        if (name.isEmpty() || !sentenceEndsBefore(text, start, mark)) {
            return Optional.empty();
        }
        Optional<Agency> a = agencies.lookup(name);
        if (a.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Trailer(index, mark, text.substring(mark, end), List.of(),
                Optional.of(new AgencyCredit(a.get(), name, AgencyCredit.Via.TRAILER))));
    }

    /** Whether {@code s[from, at)} (spaces skipped) ends a sentence. */
    private static boolean sentenceEndsBefore(String s, int from, int at) {
        int k = at;
        while (k > from && Character.isWhitespace(s.charAt(k - 1))) {
            k--;
        }
        if (k == from) {
            return false;
        }
        char c = s.charAt(k - 1);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '”' || c == '’' || c == '\'';
    }

    /** What may stand before an agency's name in an agency line, lower case: "With AFP", "Source: Xinhua". */
    private static final String[] AGENCY_PREFIXES = {"with ", "source: ", "sources: ", "source ",
        "additional reporting by "};

    /** {@code (Yonhap)}, {@code /AFP}, {@code — AFP}, {@code AFP}, {@code With AFP}, a copyright line. */
    private static Optional<AgencyCredit> agencyLine(String t, AgencyRegistry agencies) {
        if (t.length() > 200) {
            return Optional.empty();
        }
        String s = t;
        if (Regions.startsLower(s, 0, s.length(), "copyright ") || s.startsWith("© ")
                || Regions.startsLower(s, 0, s.length(), "(c) ")) {
            return copyright(s, agencies);
        }
        int b = 0;
        int e = s.length();
        while (b < e && (isDash(s.charAt(b)) || s.charAt(b) == '/' || s.charAt(b) == '(' || s.charAt(b) == ' ')) {
            b++;
        }
        while (e > b && (s.charAt(e - 1) == '/' || s.charAt(e - 1) == ')' || s.charAt(e - 1) == ' '
                || s.charAt(e - 1) == '.')) {
            e--;
        }
        // the name's bounds, read in place: it is copied only when it is short enough to be a name
        int nb = b;
        int ne = e;
        for (String prefix : AGENCY_PREFIXES) {
            if (Regions.startsLower(s, b, e, prefix)) {
                nb = b + prefix.length();
                nb = Regions.stripBegin(s, nb, ne);
                ne = Regions.stripEnd(s, nb, ne);
                break;
            }
        }
        if (nb == ne || ne - nb > 60) {
            return Optional.empty();
        }
        String name = s.substring(nb, ne);
        boolean bare = b == 0 && name.length() == e - b; // not in parentheses, slashes or after a dash
        Optional<Agency> a = bare ? Names.bareAgency(name, agencies) : agencies.lookup(name);
        if (a.isEmpty()) {
            // "With AFP and Reuters", "Reuters, AFP": the first agency
            List<String> items = Names.splitList(name);
            if (items.size() > 1 && items.size() <= 4) {
                for (String item : items) {
                    if (agencies.lookup(item).isEmpty()) {
                        return Optional.empty();
                    }
                }
                a = agencies.lookup(items.get(0));
            }
        }
        return a.map(x -> new AgencyCredit(x, t, AgencyCredit.Via.TRAILER));
    }

    private static Optional<AgencyCredit> copyright(String s, AgencyRegistry agencies) {
        // "Copyright 2024 The Associated Press. All rights reserved. ..." / "© 2024 Reuters"
        // the words of s.split(" ") (trailing spaces dropped), read in place
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        int at = 0; // where the next word starts; past end when there is none
        for (int k = 0; k < 4 && at <= end; k++) {
            int e = wordEnd(s, at, end);
            if (!isCopyrightWord(s, at, e)) {
                break;
            }
            at = e + 1;
        }
        // the name: the words from the first non-empty one, as written (joined by their spaces)
        int nameStart = -1;
        for (int i = 0; i < 5 && at <= end; i++) {
            int e = wordEnd(s, at, end);
            boolean stop = e > at && (s.charAt(e - 1) == '.' || s.charAt(e - 1) == ',');
            if (nameStart < 0 && e > at) {
                nameStart = at;
            }
            String name = nameStart < 0 ? "" : s.substring(nameStart, stop ? e - 1 : e);
            Optional<Agency> a = agencies.lookup(name);
            if (a.isPresent()) {
                return Optional.of(new AgencyCredit(a.get(), name, AgencyCredit.Via.TRAILER));
            }
            if (stop) {
                break;
            }
            at = e + 1;
        }
        return Optional.empty();
    }

    /** Where the word that starts at {@code at} ends: the next space, or {@code end}. */
    private static int wordEnd(String s, int at, int end) {
        int space = s.indexOf(' ', at);
        return space < 0 || space > end ? end : space;
    }

    /** {@code ©}, {@code (c)}, {@code Copyright} (any case) or a year-like number, as a word {@code s[b, e)}. */
    private static boolean isCopyrightWord(String s, int b, int e) {
        int length = e - b;
        return length == 1 && s.charAt(b) == '©' || length == 3 && s.regionMatches(true, b, "(c)", 0, 3)
                || length == 9 && s.regionMatches(true, b, "copyright", 0, 9)
                || length >= 4 && Character.isDigit(s.charAt(b));
    }

    /**
     * Credits of the Reuters form: parts separated by {@code ;}, each {@code ROLE by NAMES}. Empty unless every
     * part is such a credit.
     */
    static List<Credit> roleCredits(String inner, String asWritten) {
        return roleCredits(inner, 0, inner.length(), asWritten);
    }

    /** {@link #roleCredits(String, String)} of {@code s[start, end)}, read in place when it has no comma. */
    private static List<Credit> roleCredits(String s, int start, int end, String asWritten) {
        if (end - start > MAX_TRAILER || indexOf(s, " by ", start, end) < 0) {
            return List.of();
        }
        List<Credit> out = new ArrayList<>();
        // the pattern needs a comma; each part is read in place, and copied once it has a role's " by "
        String parts = s;
        int n = end;
        int first = start;
        for (int i = start; i < end; i++) {
            if (s.charAt(i) == ',') {
                parts = ROLE_AFTER_COMMA.matcher(s.substring(start, end)).replaceAll(";");
                n = parts.length();
                first = 0;
                break;
            }
        }
        for (int from = first; from <= n; ) {
            int semi = parts.indexOf(';', from);
            int to = semi < 0 || semi > n ? n : semi;
            int b = Regions.stripBegin(parts, from, to);
            int e = Regions.stripEnd(parts, b, to);
            from = to + 1;
            if (e > b && parts.charAt(e - 1) == '.') {
                e--;
            }
            if (b == e) {
                continue;
            }
            int by = indexOf(parts, " by ", b, e) - b;
            if (by < 0 || by > MAX_ROLE_WORDS) {
                return List.of(); // no role: its words, lower-cased, would be as long or longer
            }
            // the role's words read in place when they are ASCII (lower-casing them changes no length), the names
            // copied from the part in place
            List<Credit.Role> roles = AsciiKeys.isAscii(parts, b, b + by) ? roles(parts, b, b + by)
                    : roles(parts.substring(b, b + by).toLowerCase(Locale.ROOT));
            if (roles.isEmpty()) {
                return List.of();
            }
            List<Credit> named = people(parts.substring(b + by + 4, e), roles, asWritten);
            if (named.isEmpty()) {
                return List.of();
            }
            out.addAll(named);
        }
        return out;
    }

    /** The index of {@code needle} inside {@code s[from, to)}, or -1. */
    private static int indexOf(String s, String needle, int from, int to) {
        int last = to - needle.length();
        for (int i = from; i <= last; i++) {
            if (s.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }

    private static final List<Credit.Role> CONTRIBUTOR = List.of(Credit.Role.CONTRIBUTOR);
    /** The lists of roles a part can name, by which of reporting (1), writing (2) and editing (4) it names. */
    private static final List<List<Credit.Role>> ROLE_SETS = List.of(List.of(), List.of(Credit.Role.REPORTING),
            List.of(Credit.Role.WRITING), List.of(Credit.Role.REPORTING, Credit.Role.WRITING),
            List.of(Credit.Role.EDITING), List.of(Credit.Role.REPORTING, Credit.Role.EDITING),
            List.of(Credit.Role.WRITING, Credit.Role.EDITING),
            List.of(Credit.Role.REPORTING, Credit.Role.WRITING, Credit.Role.EDITING));

    /** {@link #roles(String)} of the ASCII words {@code s[b, e)}, lower-cased, read in place. */
    private static List<Credit.Role> roles(String s, int b, int e) {
        if (e - b > MAX_ROLE_WORDS) {
            return List.of();
        }
        if (containsLower(s, b, e, "additional reporting") || containsLower(s, b, e, "compiled")
                || containsLower(s, b, e, "graphics") || containsLower(s, b, e, "fact")
                || containsLower(s, b, e, "produced") || containsLower(s, b, e, "research")
                || containsLower(s, b, e, "contribut") || containsLower(s, b, e, "photo")
                || containsLower(s, b, e, "video")) {
            return CONTRIBUTOR;
        }
        int set = (containsLower(s, b, e, "report") ? 1 : 0) | (containsLower(s, b, e, "writ") ? 2 : 0)
                | (containsLower(s, b, e, "edit") ? 4 : 0);
        return ROLE_SETS.get(set);
    }

    /** Whether the ASCII text {@code s[b, e)}, lower-cased, contains {@code lower}. */
    private static boolean containsLower(String s, int b, int e, String lower) {
        return Regions.indexOfLower(s, b, e, lower) >= 0;
    }

    private static List<Credit.Role> roles(String words) {
        if (words.length() > MAX_ROLE_WORDS) {
            return List.of();
        }
        if (words.contains("additional reporting") || words.contains("compiled") || words.contains("graphics")
                || words.contains("fact") || words.contains("produced") || words.contains("research")
                || words.contains("contribut") || words.contains("photo") || words.contains("video")) {
            return CONTRIBUTOR;
        }
        int set = (words.contains("report") ? 1 : 0) | (words.contains("writ") ? 2 : 0)
                | (words.contains("edit") ? 4 : 0);
        return ROLE_SETS.get(set);
    }

    /** {@code X in Seoul, Y and Z in Tokyo}: one credit per name and role. Empty if an item is no name. */
    private static List<Credit> people(String list, List<Credit.Role> roles, String asWritten) {
        List<String> items = Names.splitList(list);
        String lastPlaceName = null;
        List<String[]> people = new ArrayList<>();
        for (String item : items) {
            String name = item;
            String place = null;
            int in = item.indexOf(" in ");
            if (in > 0) {
                name = item.substring(0, in).strip();
                place = item.substring(in + 4).strip();
            }
            // "Springfield, Ill.": a one-word region that continues the previous person's place
            if (lastPlaceName != null && place == null && item.length() <= 20 && item.indexOf(' ') < 0) {
                String[] prev = people.get(people.size() - 1);
                prev[1] = prev[1] + ", " + item;
                lastPlaceName = null;
                continue;
            }
            if (!Names.isPersonName(name)) {
                return List.of();
            }
            people.add(new String[] {name, place});
            lastPlaceName = place;
        }
        List<Credit> out = new ArrayList<>(people.size() * roles.size());
        for (int i = 0; i < people.size(); i++) {
            String[] p = people.get(i);
            Optional<String> place = Optional.ofNullable(p[1]);
            for (int r = 0; r < roles.size(); r++) {
                out.add(new Credit(p[0], roles.get(r), place, asWritten));
            }
        }
        return out;
    }

    /** {@code Associated Press writer X in PLACE contributed to this report.} */
    private static Optional<Trailer> contributed(String t, String p, int index, int begin, AgencyRegistry agencies) {
        int c = t.indexOf(" contributed");
        if (c < 0 || t.length() > MAX_TRAILER) {
            return Optional.empty();
        }
        // what follows, stripped and lower-cased, read in place (the words have no "k" and no "i" last)
        int rb = c + " contributed".length();
        int re = t.length();
        while (rb < re && Character.isWhitespace(t.charAt(rb))) {
            rb++;
        }
        while (re > rb && Character.isWhitespace(t.charAt(re - 1))) {
            re--;
        }
        if (!(rb == re || re - rb == 1 && t.charAt(rb) == '.' || Regions.startsLower(t, rb, re, "to this report")
                || Regions.startsLower(t, rb, re, "reporting") || Regions.startsLower(t, rb, re, "to this story")
                || Regions.startsLower(t, rb, re, "to this article") || Regions.startsLower(t, rb, re, "from ")
                || Regions.startsLower(t, rb, re, "to the report"))) {
            return Optional.empty();
        }
        String head = t.substring(0, c).strip();
        Optional<AgencyCredit> agency = Optional.empty();
        // "AFP contributed to this report.", "Reuters and AFP contributed to this report."
        List<String> items = Names.splitList(head);
        if (!items.isEmpty() && items.size() <= 4) {
            Optional<Agency> firstAgency = Optional.empty();
            boolean all = true;
            for (String item : items) {
                Optional<Agency> a = agencies.lookup(item);
                all &= a.isPresent();
                if (firstAgency.isEmpty()) {
                    firstAgency = a;
                }
            }
            if (all) {
                return Optional.of(new Trailer(index, begin, p, List.of(),
                        Optional.of(new AgencyCredit(firstAgency.orElseThrow(), items.get(0), AgencyCredit.Via.TRAILER))));
            }
        }
        String[] words = head.split(" ");
        // "[The] Associated Press [role words] writer(s) NAMES"
        int k = 0;
        if (k < words.length && words[k].equalsIgnoreCase("the")) {
            k++;
        }
        int roleEnd = -1;
        for (int i = k; i < Math.min(words.length, k + 6); i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (w.startsWith("writer") || w.startsWith("reporter") || w.startsWith("correspondent")
                    || w.startsWith("journalist") || w.startsWith("photographer") || w.startsWith("videojournalist")
                    || w.startsWith("researcher") || w.startsWith("staff")) {
                roleEnd = i + 1;
            }
        }
        String names = head;
        if (roleEnd > 0) {
            for (int n = roleEnd - 1; n > k; n--) {
                String cand = String.join(" ", java.util.Arrays.copyOfRange(words, k, n));
                Optional<Agency> a = agencies.lookup(cand);
                if (a.isPresent()) {
                    agency = Optional.of(new AgencyCredit(a.get(), cand, AgencyCredit.Via.TRAILER));
                    break;
                }
            }
            names = String.join(" ", java.util.Arrays.copyOfRange(words, roleEnd, words.length));
        }
        List<Credit> credits = people(names, List.of(Credit.Role.CONTRIBUTOR), t);
        if (credits.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Trailer(index, begin, p, credits, agency));
    }

    private static Optional<AgencyCredit> reutersIfPresent(AgencyRegistry agencies, String asWritten) {
        return agencies.byId("reuters").map(a -> new AgencyCredit(a, asWritten, AgencyCredit.Via.TRAILER));
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '—' || c == '–';
    }

    private static boolean hasLineBreak(String text, Span s) {
        for (int i = s.begin(); i < s.end(); i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String text, Span s) {
        for (int i = s.begin(); i < s.end(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String flat(String s) {
        return s.replace('\n', ' ').replace("  ", " ").strip();
    }
}
