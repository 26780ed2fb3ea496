package io.github.wirestory.internal.byline;

import io.github.wirestory.AgencyRegistry;
import io.github.wirestory.internal.AsciiKeys;
import io.github.wirestory.internal.Regions;
import io.github.wirestory.internal.SealedList;
import io.github.wirestory.model.Agency;
import io.github.wirestory.model.AgencyCredit;
import io.github.wirestory.model.Byline;
import io.github.wirestory.model.Credit;
import io.github.wirestory.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises byline blocks: {@code By NAME}, {@code By NAME and NAME}, {@code By NAME, Associated Press},
 * {@code By NAME, AP Business Writer}, {@code By NAME / UPI}, {@code NAME | Reuters}. A byline without
 * "By" must name an agency after {@code |} or {@code /}. Bounded: blocks over {@value #MAX_BYLINE} chars are
 * never bylines. Stateless and thread-safe.
 */
public final class Bylines {
    /** Blocks longer than this are never bylines. */
    public static final int MAX_BYLINE = 160;

    private Bylines() {}

    /**
     * A byline and what it says.
     *
     * @param byline the byline
     * @param credits one {@link Credit.Role#AUTHOR} credit per name
     * @param agency the agency it names, via {@link AgencyCredit.Via#BYLINE}
     */
    public record Result(Byline byline, List<Credit> credits, Optional<AgencyCredit> agency) {
        /** Copies the list. */
        public Result {
            credits = SealedList.keep(credits, "credits");
        }
    }

    /**
     * Reads a block as a byline.
     *
     * @param block the block's text (one line, or flattened)
     * @param span where the block stands in the story text
     * @param agencies the registry for the agency part
     * @return the byline, or empty when the block is not one
     */
    public static Optional<Result> parse(String block, Span span, AgencyRegistry agencies) {
        return parse(block, span.begin(), span.end(), agencies);
    }

    /**
     * Reads a block as a byline.
     *
     * @param block the block's text (one line, or flattened)
     * @param begin where the block starts in the story text
     * @param end where it ends
     * @param agencies the registry for the agency part
     * @return the byline, or empty when the block is not one
     */
    public static Optional<Result> parse(String block, int begin, int end, AgencyRegistry agencies) {
        String t = block.strip();
        if (t.length() < 4 || t.length() > MAX_BYLINE) {
            return Optional.empty();
        }
        boolean by = t.regionMatches(true, 0, "by ", 0, 3);
        String body = by ? t.substring(3).strip() : t;
        if (!by && !nameThenAgency(body, agencies)) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(4); // most bylines name one or two
        Optional<AgencyCredit> agency = Optional.empty();
        boolean desk = false;
        boolean groups = body.indexOf('|') >= 0 || body.indexOf('/') >= 0;
        for (String group : groups ? BAR_OR_SLASH.split(body) : new String[] {body}) {
            String g = group.strip();
            if (g.isEmpty() || by && isStamp(g)) {
                continue;
            }
            Optional<Agency> whole = Names.agency(g, agencies);
            if (whole.isPresent()) {
                if (agency.isEmpty()) {
                    agency = Optional.of(new AgencyCredit(whole.get(), g, AgencyCredit.Via.BYLINE));
                }
                continue;
            }
            List<String> segments = splitCommas(g);
            for (int i = 0; i < segments.size(); i++) {
                String seg = segments.get(i);
                if (by && !names.isEmpty() && isStamp(seg)) {
                    continue;
                }
                Optional<Agency> a = Names.agency(seg, agencies);
                if (a.isPresent()) {
                    if (agency.isEmpty()) {
                        agency = Optional.of(new AgencyCredit(a.get(), seg, AgencyCredit.Via.BYLINE));
                    }
                    continue;
                }
                if (!names.isEmpty() && (Names.isTitle(seg) || isAffiliation(seg))) {
                    continue;
                }
                if (by && isDesk(seg)) {
                    desk = true;
                    continue;
                }
                for (String n : Names.splitList(seg)) {
                    Optional<Agency> itemAgency = Names.agency(n, agencies);
                    if (itemAgency.isPresent()) { // "By Jane Doe and The Associated Press"
                        if (agency.isEmpty()) {
                            agency = Optional.of(new AgencyCredit(itemAgency.get(), n, AgencyCredit.Via.BYLINE));
                        }
                        continue;
                    }
                    if (!Names.isPersonName(n)) {
                        return Optional.empty();
                    }
                    names.add(n);
                }
            }
        }
        if (names.isEmpty() ? agency.isEmpty() && !desk || !by : !by && agency.isEmpty()) {
            return Optional.empty();
        }
        List<Credit> credits = new ArrayList<>(names.size());
        for (String n : names) {
            credits.add(new Credit(n, Credit.Role.AUTHOR, Optional.empty(), t));
        }
        return Optional.of(new Result(new Byline(t, names, new Span(begin, end)), credits, agency));
    }

    /**
     * Reads a block as a credit line under the headline: exactly an agency's name ({@code UPI},
     * {@code Associated Press}); names of four chars or fewer must match the registry's spelling exactly.
     *
     * @param block the block's text
     * @param agencies the registry
     * @return the agency, or empty
     */
    public static Optional<Agency> creditLine(String block, AgencyRegistry agencies) {
        return block.length() > 60 ? Optional.empty() : Names.bareAgency(block, agencies);
    }

    private static final Pattern BAR_OR_SLASH = Pattern.compile("[|/]");

    /** {@code NAME | Reuters}, {@code NAME / UPI}: exactly two parts, the second an agency. */
    private static boolean nameThenAgency(String body, AgencyRegistry agencies) {
        if (body.indexOf('|') < 0 && body.indexOf('/') < 0) {
            return false; // one group
        }
        String[] groups = BAR_OR_SLASH.split(body);
        return groups.length == 2 && Names.agency(groups[1], agencies).isPresent()
                && Names.agency(groups[0], agencies).isEmpty();
    }

    /** Splits on commas, keeping "X, Y and Z" lists whole when every item is a name. */
    private static List<String> splitCommas(String g) {
        if (g.indexOf(',') < 0) { // one segment: g is stripped and not empty
            return List.of(g);
        }
        List<String> out = new ArrayList<>();
        for (String p : g.split(",")) {
            String s = p.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** A desk credit rather than a person: "HNN Staff", "Staff Reports", "Newsroom", "Wire Services". */
    private static boolean isDesk(String seg) {
        if (seg.length() > 40) {
            return false; // lower-cased, as long or longer
        }
        if (AsciiKeys.isAscii(seg, 0, seg.length())) { // lower-cased in place: the same length
            return endsLower(seg, " staff") || seg.equalsIgnoreCase("staff") || Regions.startsLower(seg, 0,
                    seg.length(), "staff ") || endsLower(seg, "newsroom") || endsLower(seg, "news desk")
                    || endsLower(seg, "wire services") || endsLower(seg, "wire reports")
                    || endsLower(seg, "staff reports") || endsLower(seg, "editorial board") || endsLower(seg, " desk")
                    || seg.equalsIgnoreCase("agencies") || endsLower(seg, "news service");
        }
        String s = seg.toLowerCase(Locale.ROOT);
        return s.length() <= 40 && (s.endsWith(" staff") || s.equals("staff") || s.startsWith("staff ")
                || s.endsWith("newsroom") || s.endsWith("news desk") || s.endsWith("wire services")
                || s.endsWith("wire reports") || s.endsWith("staff reports") || s.endsWith("editorial board")
                || s.endsWith(" desk") || s.equals("agencies") || s.endsWith("news service"));
    }

    /** Whether the ASCII text {@code s}, lower-cased, ends with {@code lower}. */
    private static boolean endsLower(String s, String lower) {
        return Regions.endsLower(s, 0, s.length(), lower);
    }

    /** A time stamp or date after the names: "Updated 10:32 AM EDT", "July 27, 2023", "Published Jan. 5". */
    private static boolean isStamp(String seg) {
        // read in place: lower-casing changes no digit, and the prefixes have no "k" and no "i" last
        int n = seg.length();
        if (Regions.startsLower(seg, 0, n, "updated") || Regions.startsLower(seg, 0, n, "published")
                || Regions.startsLower(seg, 0, n, "posted") || Regions.startsLower(seg, 0, n, "last updated")) {
            return true;
        }
        for (int i = 0; i < n; i++) {
            if (Character.isDigit(seg.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "Report for America", "For The Washington Post", "Special to CNN": an affiliation, not a name. */
    private static boolean isAffiliation(String seg) {
        // read in place: the prefixes have no "k" and no "i" last
        int n = seg.length();
        return Regions.startsLower(seg, 0, n, "for ") || Regions.startsLower(seg, 0, n, "special to ")
                || Regions.startsLower(seg, 0, n, "report for america") || Regions.startsLower(seg, 0, n, "the ")
                || Regions.startsLower(seg, 0, n, "staff") || Regions.startsLower(seg, 0, n, "special ");
    }

    /** Lines longer than this are never title lines ({@link #isTitleLine}). */
    public static final int MAX_TITLE_LINE = 60;
    private static final int MAX_BEAT_WORDS = 2;

    /**
     * Whether a line under a byline is the writer's title: title words only ({@code Staff Writer}), or an
     * agency, up to two beat words and title words ({@code AP Business Writer},
     * {@code Associated Press Medical Writer}).
     */
    public static boolean isTitleLine(String line, AgencyRegistry agencies) {
        String[] words = titleWords(line);
        if (words.length == 0) {
            return false;
        }
        int k = titleStart(words);
        if (k == words.length) {
            return false;
        }
        return k == 0 || titleAgency(words, k, agencies).isPresent();
    }

    /** The agency that opens a title line ("AP Business Writer": AP), as a BYLINE attribution. */
    public static Optional<AgencyCredit> titleAgency(String line, AgencyRegistry agencies) {
        String[] words = titleWords(line);
        return words.length == 0 ? Optional.empty() : titleAgency(words, titleStart(words), agencies);
    }

    private static String[] titleWords(String line) {
        String t = line.strip();
        return t.isEmpty() || t.length() > MAX_TITLE_LINE ? new String[0] : t.split(" ");
    }

    /** The index of the first of the trailing title words. */
    private static int titleStart(String[] words) {
        int k = words.length;
        while (k > 0 && Names.isTitle(words[k - 1])) {
            k--;
        }
        return k;
    }

    private static Optional<AgencyCredit> titleAgency(String[] words, int titleStart, AgencyRegistry agencies) {
        for (int cut = titleStart; cut > 0 && cut >= titleStart - MAX_BEAT_WORDS; cut--) {
            String prefix = String.join(" ", java.util.Arrays.copyOfRange(words, 0, cut));
            Optional<Agency> a = Names.bareAgency(prefix, agencies);
            if (a.isPresent()) {
                return Optional.of(new AgencyCredit(a.get(), prefix, AgencyCredit.Via.BYLINE));
            }
        }
        return Optional.empty();
    }
}
