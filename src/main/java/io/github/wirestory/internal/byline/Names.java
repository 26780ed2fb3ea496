package io.github.wirestory.internal.byline;

import io.github.wirestory.AgencyRegistry;
import io.github.wirestory.internal.AgencyNames;
import io.github.wirestory.internal.AsciiKeys;
import io.github.wirestory.internal.Regions;
import io.github.wirestory.model.Agency;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Person names and agency names as bylines and trailers write them. Bounded inputs only. */
final class Names {
    static final int MAX_NAME = 48;

    private static final Set<String> PARTICLES = Set.of(
            "de", "del", "della", "da", "do", "dos", "das", "di", "du", "des", "la", "le", "van", "von", "der",
            "den", "ter", "ten", "bin", "binti", "ibn", "al", "el", "y", "e", "st.", "mac", "zu", "af", "av");

    /** The longest particle. */
    private static final int MAX_PARTICLE = PARTICLES.stream().mapToInt(String::length).max().orElse(0);

    /** Words of a writer's title after the agency: "AP Business Writer", "Reuters Staff". */
    private static final Set<String> TITLE_WORDS = Set.of(
            "writer", "writers", "business", "sports", "medical", "science", "political", "correspondent",
            "correspondents", "reporter", "reporters", "staff", "editor", "editors", "chief", "senior", "diplomatic",
            "legal", "economics", "economic", "technology", "tech", "entertainment", "religion", "health", "white",
            "house", "congressional", "special", "investigative", "national", "global", "photographer",
            "photographers", "video", "journalist", "journalists", "videojournalist", "auto", "airlines", "energy",
            "food", "education", "climate", "environment", "environmental", "immigration", "courts",
            "supreme", "court", "military", "security", "aerospace", "retail", "personal", "finance", "markets",
            "travel", "music", "film", "television", "tv", "art", "arts", "books", "fashion", "wine", "golf",
            "tennis", "soccer", "baseball", "basketball", "football", "hockey", "racing", "olympics",
            "international", "foreign", "affairs", "bureau", "news", "desk", "contributor", "contributors",
            "analyst", "columnist", "commentator", "researcher", "producer", "and", "&", "of", "the", "in", "for",
            "u.s.", "washington", "europe", "asia", "africa", "china", "india", "middle", "east", "latin",
            "america", "report", "wire", "service", "services", "english");

    private Names() {}

    /** Whether {@code s} looks like one person's name: 1 to 5 capitalised words (particles allowed). */
    static boolean isPersonName(String s) {
        if (s.isEmpty() || s.length() > MAX_NAME || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetter(c) || c == ' ' || c == '.' || c == '-' || c == '\'' || c == '’')) {
                return false;
            }
        }
        // up to five words; the first is capitalised (checked above), a later one is, or is a particle
        return Regions.words(s, 5, (t, b, e) -> Character.isUpperCase(t.charAt(b)) || isParticle(t, b, e));
    }

    /** Whether {@code s[b, e)}, lower-cased, is one of {@link #PARTICLES} (letters and dots only here). */
    private static boolean isParticle(String s, int b, int e) {
        if (e - b > MAX_PARTICLE) {
            return false;
        }
        for (int i = b; i < e; i++) {
            if (s.charAt(i) >= 0x80) {
                return PARTICLES.contains(s.substring(b, e).toLowerCase(Locale.ROOT));
            }
        }
        for (String p : PARTICLES) {
            if (p.length() == e - b && Regions.startsLower(s, b, e, p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The agency a byline segment or trailer names: the whole segment ({@code "Associated Press"}), or an
     * agency followed by a writer's title ({@code "AP Business Writer"}, {@code "Reuters Staff"}).
     */
    static Optional<Agency> agency(String segment, AgencyRegistry agencies) {
        String s = segment.strip();
        if (s.isEmpty() || s.length() > 60) {
            return Optional.empty();
        }
        Optional<Agency> a = agencies.lookup(s);
        if (a.isPresent()) {
            return a;
        }
        int space = s.lastIndexOf(' ');
        if (space < 0 || !isTitleWord(s, space + 1, s.length())) {
            return Optional.empty(); // every title below must end with the last word
        }
        String[] words = s.split(" ");
        for (int n = Math.min(4, words.length - 1); n >= 1; n--) {
            boolean title = true;
            for (int k = n; k < words.length; k++) {
                if (!TITLE_WORDS.contains(words[k].toLowerCase(Locale.ROOT))) {
                    title = false;
                    break;
                }
            }
            if (title) {
                a = agencies.lookup(String.join(" ", java.util.Arrays.copyOfRange(words, 0, n)));
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A registry lookup for a bare name standing alone (a credit line, a last line): names of four chars or
     * fewer must match the registry's spelling or its capitals, so that a "Map" or "Spa" label is not MAP or SPA.
     */
    static Optional<Agency> bareAgency(String name, AgencyRegistry agencies) {
        String s = name.strip();
        Optional<Agency> a = agencies.lookup(s);
        if (a.isEmpty() || s.length() > 4) {
            return a;
        }
        // "AFP", "Jiji" or "JIJI"; not "Map" for MAP
        return AgencyNames.spelledAsRegistered(s, a.get()) ? a : Optional.empty();
    }

    /** Whether every word is a title word ("Staff Writer", "Special Correspondent"). */
    static boolean isTitle(String segment) {
        // the words of segment.strip().split(" "), read in place: trailing spaces dropped, and an empty
        // segment is one empty word (no title word)
        int b = Regions.stripBegin(segment, 0, segment.length());
        int end = Regions.stripEnd(segment, b, segment.length());
        while (b <= end) {
            int space = segment.indexOf(' ', b);
            int e = space < 0 || space > end ? end : space;
            if (!isTitleWord(segment, b, e)) {
                return false;
            }
            b = e + 1;
        }
        return true;
    }

    /** The title words, looked up in place. */
    private static final AsciiKeys<Boolean> TITLE_KEYS = keys(TITLE_WORDS);

    private static AsciiKeys<Boolean> keys(Set<String> words) {
        java.util.Map<String, Boolean> map = new java.util.HashMap<>();
        for (String w : words) {
            map.put(w, Boolean.TRUE);
        }
        return new AsciiKeys<>(map);
    }

    /** {@code TITLE_WORDS.contains(s.substring(b, e).toLowerCase(Locale.ROOT))}, in place for ASCII words. */
    private static boolean isTitleWord(String s, int b, int e) {
        if (!AsciiKeys.isAscii(s, b, e)) {
            return TITLE_WORDS.contains(s.substring(b, e).toLowerCase(Locale.ROOT));
        }
        return TITLE_KEYS.get(s, b, e) != null;
    }

    /**
     * Splits {@code "A, B and C"} / {@code "A & B"} into items, stripped, without empties: the parts between
     * commas, each stripped, less a leading {@code "and "}, split on {@code " and "} and {@code " & "} (left to
     * right, as {@code Pattern.split} reads {@code " and | & "}). A hand-written scan: no regex, no copy but the items.
     */
    static List<String> splitList(String s) {
        List<String> out = new ArrayList<>(4);
        int n = s.length();
        for (int from = 0; from <= n; ) {
            int comma = s.indexOf(',', from);
            int to = comma < 0 ? n : comma;
            int b = Regions.stripBegin(s, from, to);
            int e = Regions.stripEnd(s, b, to);
            from = to + 1;
            if (s.startsWith("and ", b) && b + 4 <= e) {
                b += 4;
            }
            splitAnd(s, b, e, out);
        }
        return out;
    }

    /** The items of {@code s[b, e)} between the separators {@code " and "} and {@code " & "}, stripped. */
    private static void splitAnd(String s, int b, int e, List<String> out) {
        int item = b;
        int i = b;
        while (i < e) {
            int sep = s.startsWith(" and ", i) && i + 5 <= e ? 5 : s.startsWith(" & ", i) && i + 3 <= e ? 3 : 0;
            if (sep == 0) {
                i++;
                continue;
            }
            addStripped(s, item, i, out);
            i += sep;
            item = i;
        }
        addStripped(s, item, e, out);
    }

    private static void addStripped(String s, int b, int e, List<String> out) {
        b = Regions.stripBegin(s, b, e);
        e = Regions.stripEnd(s, b, e);
        if (b < e) {
            out.add(s.substring(b, e));
        }
    }
}
