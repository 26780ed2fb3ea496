package io.github.wirestory.internal.byline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The in-place readings of names and lists give what the split-and-lower-case readings they replaced gave,
 * including on the awkward inputs (double spaces, trailing separators, non-ASCII case mappings).
 */
class NamesTest {
    private static final List<String> LISTS = List.of("Jane Doe", "Jane Doe and John Roe", "A, B and C", "A & B",
            "A,, B", ", A", "A,", "and B", "and  B", "A and and B", "A and", " and B", "A  &  B", "A and&B",
            "Reuters, AFP", "With AFP and Reuters", "", " ", ",", "and ", "A andB", "A\tand B", "A and\tB",
            "Jane Doe in Seoul, Ana Lima in Tokyo", "X in Springfield, Ill., and Y in Chicago", "A & & B");

    @Test
    void splitListAsTheRegexSplitDid() {
        for (String s : LISTS) {
            assertThat(Names.splitList(s)).as(s).isEqualTo(referenceSplitList(s));
        }
    }

    @Test
    void personNamesAsTheSplitReadingDid() {
        for (String s : List.of("Jane Doe", "Jane  Doe", "Jane Doe ", "Jane Doe  ", "Ana de la Cruz", "Ana DE Cruz",
                "Ana dE Cruz", "Ludwig van Beethoven", "Jean-Luc Picard", "A B C D E", "A B C D E F", "Ana St. Cruz",
                "Ana ST. Cruz", "Ana \u017Ft. Cruz", "Ana B\u0130nti Cruz", "Ana bin Said", "Ana binti Said",
                "Ana zu Said", "Ana della Said", "Ana dellas Said", "jane Doe", "O’Neil Smith", "José de Souza",
                "Ana DEL Cruz", "Ana Del Cruz")) {
            assertThat(Names.isPersonName(s)).as(s).isEqualTo(referenceIsPersonName(s));
        }
    }

    @Test
    void titlesAsTheSplitReadingDid() {
        for (String s : List.of("Staff Writer", "AP Staff", "staff writer", "STAFF WRITER", "Staff  Writer",
                " Staff Writer ", "", " ", "Writer", "Senior Correspondent", "Staff\tWriter", "Staff Writer\t",
                "Chief \u0130ndia Correspondent", "U.S. Correspondent", "Writer Nobody")) {
            assertThat(Names.isTitle(s)).as(s).isEqualTo(referenceIsTitle(s));
        }
    }

    private static final Pattern AND = Pattern.compile(" and | & ");

    private static List<String> referenceSplitList(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split(",")) {
            String p = part.strip();
            if (p.startsWith("and ")) {
                p = p.substring(4);
            }
            for (String q : AND.split(p)) {
                String r = q.strip();
                if (!r.isEmpty()) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private static final Set<String> PARTICLES = Set.of(
            "de", "del", "della", "da", "do", "dos", "das", "di", "du", "des", "la", "le", "van", "von", "der",
            "den", "ter", "ten", "bin", "binti", "ibn", "al", "el", "y", "e", "st.", "mac", "zu", "af", "av");

    private static boolean referenceIsPersonName(String s) {
        if (s.isEmpty() || s.length() > Names.MAX_NAME || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetter(c) || c == ' ' || c == '.' || c == '-' || c == '\'' || c == '’')) {
                return false;
            }
        }
        String[] words = s.split(" ");
        if (words.length > 5) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                return false;
            }
            if (Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            } else if (!PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return capitalised >= 1;
    }

    private static boolean referenceIsTitle(String segment) {
        for (String w : segment.strip().split(" ")) {
            if (!Set.of("staff", "writer", "senior", "correspondent", "chief", "u.s.", "india")
                    .contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
