package io.github.wirestory.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {
    @Test
    void stripsSiteSuffixesAndPrefixes() {
        assertThat(MetadataReader.stripSite("South Korea says North fired missiles | Reuters", "Reuters", ""))
                .isEqualTo("South Korea says North fired missiles");
        assertThat(MetadataReader.stripSite("Kim Jong Un tours missile factory - UPI.com", "", "www.upi.com"))
                .isEqualTo("Kim Jong Un tours missile factory");
        assertThat(MetadataReader.stripSite("Coronavirus: New York ramps up burials - BBC News", "", "www.bbc.com"))
                .isEqualTo("Coronavirus: New York ramps up burials");
        // a dash inside the headline stays
        assertThat(MetadataReader.stripSite("Bundesliga: Dortmund - Gladbach live sehen!", "", "www.example.de"))
                .isEqualTo("Bundesliga: Dortmund - Gladbach live sehen!");
    }

    @Test
    void cleansAuthorStrings() {
        assertThat(MetadataReader.cleanName("By Kim Tong-Hyung")).isEqualTo("Kim Tong-Hyung");
        assertThat(MetadataReader.cleanName("ByAlex Bozarjian Thursday, November 9, 2023")).isEqualTo("Alex Bozarjian");
        assertThat(MetadataReader.cleanName("Emily Burack 8 January 2020, 3:51 pm")).isEqualTo("Emily Burack");
        assertThat(MetadataReader.cleanName("Von Volkmar Kabisch, NDR")).isEqualTo("Volkmar Kabisch, NDR");
        assertThat(MetadataReader.cleanName("Glen Owen For The Mail On Sunday"))
                .isEqualTo("Glen Owen For The Mail On Sunday");
        assertThat(MetadataReader.split("Benjamin Fischer und Marcus Theurer"))
                .containsExactly("Benjamin Fischer", "Marcus Theurer");
    }

    @Test
    void hostStems() {
        assertThat(MetadataReader.hostStem("www.tagesschau.de")).isEqualTo("tagesschau");
        assertThat(MetadataReader.hostStem("www.dailymail.co.uk")).isEqualTo("dailymail");
        assertThat(MetadataReader.host("https://apnews.com/article/x?y=1")).isEqualTo("apnews.com");
    }

    @Test
    void similarTitles() {
        assertThat(MetadataReader.similar("Kim Jong Un shows off missiles", "Kim Jong Un shows off missiles!")).isTrue();
        assertThat(MetadataReader.similar("Reuters", "South Korea says North fired missiles")).isFalse();
    }

    /** MetadataReader's name patterns as they were: the scans that skip them must never miss a separator. */
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:;|,|\\band\\b|\\bund\\b|&|\\|)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*[,/|;()]\\s*|\\s+and\\s+|\\s+-\\s+");

    private static final String[] NAME_PIECES = {"Kim", "Tong-Hyung", "Anna", "Sandy", "Andrea", "Wend", "und",
        "Und", "UND", "and", "AND", "aNd", "nd", "ND", "n", "d", "a", "u", "dpa", "AP", "Reuters", " ", "  ", "\t",
        "\n", "\u00a0", ",", ";", "&", "|", "/", "-", " - ", "(", ")", ".", "é", "İ", "\u212a"};

    @Test
    void separatorScansNeverMissWhatThePatternsFind() {
        List<String> inputs = new ArrayList<>(List.of("", " ", "and", " and ", "Sandy Land", "Kim und Lee",
                "Kim AND Lee", "Kim, Lee", "Kim - Lee", "dpa/lno", "Anna (AP)", "Wendy Ndlovu"));
        Random random = new Random(7);
        for (int k = 0; k < 50_000; k++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + random.nextInt(8);
            for (int p = 0; p < parts; p++) {
                sb.append(NAME_PIECES[random.nextInt(NAME_PIECES.length)]);
            }
            inputs.add(sb.toString());
        }
        for (String in : inputs) {
            if (!MetadataReader.mayHoldNameSplit(in)) {
                assertThat(NAME_SPLIT.matcher(in).find()).as(in).isFalse();
            }
            if (!MetadataReader.mayHoldNameSeparator(in)) {
                assertThat(NAME_SEPARATORS.matcher(in).find()).as(in).isFalse();
            }
            // split with or without the pattern: the parts the pattern gave
            List<String> reference = new ArrayList<>();
            for (String p : NAME_SPLIT.split(in)) {
                String n = p.strip();
                if (!n.isEmpty() && !reference.contains(n)) {
                    reference.add(n);
                }
            }
            assertThat(MetadataReader.split(in)).as(in).isEqualTo(reference);
        }
        assertThat(MetadataReader.mayHoldNameSplit("Anna Schmidt")).isFalse();
        assertThat(MetadataReader.mayHoldNameSeparator("Kim Tong Hyung")).isFalse();
    }

    @Test
    void titleKeysAreComparedAsTheTitlesWere() {
        // the headline compares keys made once; similar (on texts) is the same comparison
        assertThat(MetadataReader.similar("Seoul shares close higher", "SEOUL SHARES CLOSE HIGHER")).isTrue();
        assertThat(MetadataReader.similar("Seoul shares close higher on tech", "Seoul shares close higher on tech rally"))
                .isTrue();
        assertThat(MetadataReader.similar("", "")).isFalse();
    }
}
