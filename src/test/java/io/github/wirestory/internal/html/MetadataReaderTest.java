package io.github.wirestory.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

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
}
