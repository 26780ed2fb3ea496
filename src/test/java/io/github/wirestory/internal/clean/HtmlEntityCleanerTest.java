package io.github.wirestory.internal.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlEntityCleanerTest {
    private String clean(String in, CleanerTesting[] r) {
        StringBuilder out = new StringBuilder();
        r[0] = CleanerTesting.run(new HtmlEntityCleaner(), in, out);
        return out.toString();
    }

    @Test
    void namedDecimalAndHexReferences() {
        CleanerTesting[] r = new CleanerTesting[1];
        assertThat(clean("AT&amp;T said &#8220;no&#8221; &#x2014; again&nbsp;today", r))
                .isEqualTo("AT&T said “no” — again\u00A0today");
        assertThat(r[0].replaced).containsExactly("&amp;->&", "&#8220;->“", "&#8221;->”", "&#x2014;->—",
                "&nbsp;->\u00A0");
    }

    @Test
    void numbersThatAreNoUnicodeScalarValueStayAsWritten() {
        CleanerTesting[] r = new CleanerTesting[1];
        String in = "a &#99999999; b &#x110000; c &#xD800; d &#xFFFFFFFF; e &#; f &#x; g &#12a;";
        assertThat(clean(in, r)).isEqualTo(in);
        assertThat(r[0].replaced).isEmpty();
        assertThat(clean("&#x1F600; &#128512; &#X41;", r)).isEqualTo("\uD83D\uDE00 \uD83D\uDE00 A");
    }

    @Test
    void bareAmpersandsAndUnknownNamesStay() {
        CleanerTesting[] r = new CleanerTesting[1];
        String in = "Procter & Gamble; R&D; &notanentity; &";
        assertThat(clean(in, r)).isEqualTo(in);
        assertThat(r[0].replaced).isEmpty();
    }

    @Test
    void doubleEscapedIsUnescapedOnce() {
        CleanerTesting[] r = new CleanerTesting[1];
        assertThat(clean("&amp;quot;", r)).isEqualTo("&quot;");
    }

    @Test
    void commonNamedReferencesAsCommonsTextDecodesThem() {
        for (String ref : java.util.List.of("&amp;", "&quot;", "&lt;", "&gt;", "&nbsp;", "&AMP;", "&apos;",
                "&eacute;", "&hellip;", "&nosuch;")) {
            assertThat(HtmlEntityCleaner.named(ref)).as(ref)
                    .isEqualTo(org.apache.commons.text.StringEscapeUtils.unescapeHtml4(ref));
        }
        for (String ref : java.util.List.of("&#8217;", "&#x201C;", "&#65;", "&#128512;", "&#xFFFF;")) {
            String digits = ref.substring(ref.charAt(2) == 'x' ? 3 : 2, ref.length() - 1);
            int cp = Integer.parseInt(digits, ref.charAt(2) == 'x' ? 16 : 10);
            assertThat(HtmlEntityCleaner.numeric(ref)).as(ref)
                    .isEqualTo(new String(Character.toChars(cp)));
        }
    }
}
