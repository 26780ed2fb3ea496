package io.github.wirestory.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.WireStory;
import io.github.wirestory.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every quote form: marks, nesting, apostrophes, long quotes over paragraphs, unbalanced marks, titles. */
class QuoteFormsTest {

    private static List<String> quotes(WireStory s) {
        for (Quote q : s.quotes()) {
            assertThat(s.text().substring(q.span().begin(), q.span().end())).isEqualTo(q.text());
        }
        return s.quotes().stream().map(Quote::text).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        straight        | The drills are "a dress rehearsal for invasion," KCNA said.                         | a dress rehearsal for invasion
        curly           | The drills are “a dress rehearsal for invasion,” KCNA said.                         | a dress rehearsal for invasion
        guillemets      | Le ministère a dénoncé « une provocation grave », selon l'agence.                   | une provocation grave
        single guil     | Il a parlé d'un ‹ geste fort › hier.                                                | geste fort
        german          | Das sei „eine klare Provokation“, meldete die Agentur.                              | eine klare Provokation
        german reversed | Das sei »eine klare Provokation«, meldete die Agentur.                              | eine klare Provokation
        cjk             | 新华社报道称「双方同意加强合作」。                                                      | 双方同意加强合作
        cjk double      | 报道称『和平发展』是主题。                                                              | 和平发展
        curly single    | The agency called it ‘an act of war’ in a short dispatch.                          | an act of war
        """)
    void marks(String name, String paragraph, String quote) {
        assertThat(quotes(Stories.body(paragraph))).containsExactly(quote);
    }

    @Test
    void singleQuotesNestInsideDoubleQuotes() {
        WireStory s = Stories.body("\"We reject the so-called 'joint statement' entirely,\" the ministry said.");
        assertThat(quotes(s)).containsExactly("We reject the so-called 'joint statement' entirely");
        WireStory c = Stories.body("“We reject the so-called ‘joint statement’ entirely,” the ministry said.");
        assertThat(quotes(c)).containsExactly("We reject the so-called ‘joint statement’ entirely");
    }

    @Test
    void apostrophesAreNotQuoteMarks() {
        WireStory s = Stories.body("The Koreans' hopes faded in the '90s, and officials don't expect talks soon.",
                "The Koreans’ hopes faded in the ’90s, and officials don’t expect talks soon.");
        assertThat(s.quotes()).isEmpty();
        assertThat(s.claims()).isEmpty();
    }

    @Test
    void straightSingleQuotesCountInTheHeadline() {
        WireStory s = Stories.withHeadline("Kim vows 'overwhelming' response to drills",
                "SEOUL, July 27 (Reuters) - North Korea's leader spoke on Wednesday.");
        assertThat(quotes(s)).containsExactly("overwhelming");
        assertThat(s.quotes().get(0).paragraph()).isEqualTo(-1);
    }

    @Test
    void longQuoteRunsOverParagraphsAndClosesOnlyAtItsEnd() {
        WireStory s = Stories.body(
                "KCNA carried the statement in full. \"The U.S. must stop its reckless moves.",
                "\"Otherwise it will face the consequences,\" the statement said.");
        List<Quote> qs = s.quotes();
        assertThat(qs).hasSize(1);
        Quote q = qs.get(0);
        assertThat(q.paragraph()).isEqualTo(0);
        assertThat(q.text()).startsWith("The U.S. must stop").endsWith("face the consequences");
        assertThat(s.text().substring(q.span().begin(), q.span().end())).isEqualTo(q.text());
    }

    @Test
    void curlyLongQuoteOverThreeParagraphs() {
        WireStory s = Stories.body("The commentary said: “First point.", "“Second point.",
                "“Third point,” it added.");
        assertThat(s.quotes()).hasSize(1);
        assertThat(s.quotes().get(0).text()).startsWith("First point.").endsWith("Third point");
    }

    @Test
    void unbalancedMarkStaysInsideItsParagraph() {
        WireStory s = Stories.body("The report said \"the drills were a provocation and never closed the quote.",
                "Seoul called for \"restraint,\" Yonhap said.",
                "Another paragraph with \"a proper quote\" inside.");
        assertThat(quotes(s)).containsExactly("restraint", "a proper quote");
    }

    @Test
    void strayCurlyOpenerRecoversAtTheNextOne() {
        WireStory s = Stories.body("He spoke of “tension and then “a grave provocation” in the region.");
        assertThat(quotes(s)).containsExactly("a grave provocation");
    }

    @Test
    void bracketsAndEllipsesAreKeptAndFlagged() {
        WireStory s = Stories.body("The statement said the U.S. \"will [pay] dearly … for its moves,\" KCNA said.",
                "It warned of \"grave consequences...\" for Seoul, the agency said.");
        List<Quote> qs = s.quotes();
        assertThat(qs.get(0).text()).isEqualTo("will [pay] dearly … for its moves");
        assertThat(qs.get(0).hasEditorialBrackets()).isTrue();
        assertThat(qs.get(0).hasEllipsis()).isTrue();
        assertThat(qs.get(1).text()).isEqualTo("grave consequences...");
        assertThat(qs.get(1).hasEllipsis()).isTrue();
        assertThat(qs.get(1).hasEditorialBrackets()).isFalse();
    }

    @Test
    void scareQuotesAreQuotesButNotClaims() {
        WireStory s = Stories.body("Pyongyang has staged what analysts call \"gray zone\" provocations this year.",
                "The so-called \"peace offensive\" ended in March.");
        assertThat(quotes(s)).containsExactly("gray zone", "peace offensive");
        assertThat(s.claims()).isEmpty();
        assertThat(s.quotes()).allSatisfy(q -> assertThat(q.source()).isEmpty());
    }

    @Test
    void songAndArticleTitlesAreNotQuotes() {
        WireStory s = Stories.body("The choir sang the song \"Glory to General Kim Il Sung\" at the ceremony.",
                "The Global Times ran an editorial headlined \"Washington must stop playing with fire\" on Monday.",
                "The film \"Wolf Warrior\" was screened.");
        assertThat(s.quotes()).isEmpty();
        assertThat(Stories.state(s)).isEmpty();
    }

    @Test
    void headlineInQuotesIsNotAStateMediaClaim() {
        WireStory s = Stories.withHeadline("\"Our patience has limits\"",
                "BEIJING, Jan. 5 (Reuters) - Chinese officials spoke on Friday.");
        assertThat(quotes(s)).containsExactly("Our patience has limits");
        assertThat(s.claims()).isEmpty();
    }
}
