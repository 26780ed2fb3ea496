package io.github.wirestory.internal.byline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.AgencyRegistry;
import io.github.wirestory.model.AgencyCredit;
import io.github.wirestory.model.Credit;
import io.github.wirestory.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Credit and agency trailers, in the formats of Reuters, AP and the Asian and Gulf agencies. */
class TrailersTest {
    private static List<Trailers.Trailer> find(String... paragraphs) {
        String text = String.join("\n\n", paragraphs);
        List<Span> spans = new ArrayList<>();
        int at = 0;
        for (String p : paragraphs) {
            spans.add(new Span(at, at + p.length()));
            at += p.length() + 2;
        }
        return Trailers.find(text, spans, AgencyRegistry.defaults());
    }

    @Test
    void reutersCreditParagraph() {
        List<Trailers.Trailer> t = find("The ministry said talks would resume.",
                "(Reporting by Jane Doe in Seoul and John Roe in Tokyo; Additional reporting by Ana Lima; "
                        + "Writing by Sam Poe; Editing by Lee Kim and Max Moe)");
        assertThat(t).hasSize(1);
        Trailers.Trailer tr = t.get(0);
        assertThat(tr.paragraph()).isEqualTo(1);
        assertThat(tr.agency().map(a -> a.agency().id())).contains("reuters");
        assertThat(tr.agency().orElseThrow().via()).isEqualTo(AgencyCredit.Via.TRAILER);
        assertThat(tr.credits()).extracting(Credit::name, Credit::role, Credit::place).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Jane Doe", Credit.Role.REPORTING, Optional.of("Seoul")),
                org.assertj.core.groups.Tuple.tuple("John Roe", Credit.Role.REPORTING, Optional.of("Tokyo")),
                org.assertj.core.groups.Tuple.tuple("Ana Lima", Credit.Role.CONTRIBUTOR, Optional.empty()),
                org.assertj.core.groups.Tuple.tuple("Sam Poe", Credit.Role.WRITING, Optional.empty()),
                org.assertj.core.groups.Tuple.tuple("Lee Kim", Credit.Role.EDITING, Optional.empty()),
                org.assertj.core.groups.Tuple.tuple("Max Moe", Credit.Role.EDITING, Optional.empty()));
    }

    @Test
    void reutersCreditsAfterTheLastSentence() {
        String last = "The ministry said talks would resume. (Reporting by Jane Doe, Editing by Max Moe)";
        List<Trailers.Trailer> t = find("First paragraph of the story.", last);
        assertThat(t).hasSize(1);
        assertThat(t.get(0).cut()).isEqualTo("First paragraph of the story.".length() + 2 + last.indexOf('('));
        assertThat(t.get(0).credits()).extracting(Credit::role)
                .containsExactly(Credit.Role.REPORTING, Credit.Role.EDITING);
    }

    @Test
    void apContributorLine() {
        List<Trailers.Trailer> t = find("The governor signed the bill on Friday.",
                "Associated Press writers Jane Doe in Springfield, Ill., and John Roe in Chicago contributed to "
                        + "this report.");
        assertThat(t).hasSize(1);
        assertThat(t.get(0).agency().map(a -> a.agency().id())).contains("ap");
        assertThat(t.get(0).credits()).extracting(Credit::name).containsExactly("Jane Doe", "John Roe");
        assertThat(t.get(0).credits()).extracting(Credit::role).containsOnly(Credit.Role.CONTRIBUTOR);
        assertThat(t.get(0).credits().get(0).place()).contains("Springfield, Ill.");
        assertThat(t.get(0).credits().get(1).place()).contains("Chicago");
    }

    @Test
    void apContributorAfterSeparatorAndCopyright() {
        List<Trailers.Trailer> t = find("The governor signed the bill on Friday.", "___",
                "AP Business Writer Jane Doe contributed from New York.",
                "Copyright 2024 The Associated Press. All rights reserved.");
        assertThat(t).hasSize(2);
        assertThat(t).allSatisfy(tr -> assertThat(tr.agency().map(a -> a.agency().id())).contains("ap"));
    }

    @Test
    void agencyCreditsOnTheirOwnLine() {
        for (String[] c : new String[][] {{"(Yonhap)", "yonhap"}, {"/AFP", "afp"}, {"— AFP", "afp"},
            {"--IANS", "ians"}, {"/PNA/", "pna"}, {"(PNA)", "pna"}, {"With AFP", "afp"},
            {"Reuters", "reuters"}, {"AFP, Reuters", "afp"}, {"© 2019 Reuters", "reuters"},
            {"© Copyright 2024 Kyodo News. All Rights Reserved.", "kyodo"},
            {"The Associated Press contributed to this report.", "ap"},
            {"Reuters and AFP contributed to this report.", "reuters"}}) {
            List<Trailers.Trailer> t = find("The minister spoke to reporters on Monday.", c[0]);
            assertThat(t).as(c[0]).hasSize(1);
            assertThat(t.get(0).agency().map(a -> a.agency().id())).as(c[0]).contains(c[1]);
            assertThat(t.get(0).text()).isEqualTo(c[0]);
        }
    }

    @Test
    void agencyCreditsAfterTheLastSentence() {
        for (String[] c : new String[][] {{"The minister spoke on Monday. (Yonhap)", "(Yonhap)", "yonhap"},
            {"The minister spoke on Monday. /AFP", "/AFP", "afp"},
            {"The minister spoke on Monday. — Bernama", "— Bernama", "bernama"},
            {"\"We will go on,\" he said.--IANS", "--IANS", "ians"},
            {"The minister spoke on Monday. (ANI)", "(ANI)", "ani"}}) {
            List<Trailers.Trailer> t = find("First paragraph.", c[0]);
            assertThat(t).as(c[0]).hasSize(1);
            assertThat(t.get(0).text()).isEqualTo(c[1]);
            assertThat(t.get(0).agency().map(a -> a.agency().id())).contains(c[2]);
        }
    }

    @Test
    void ordinaryEndingsAreNotTrailers() {
        assertThat(find("First.", "The report was compiled by the ministry's statistics office.")).isEmpty();
        assertThat(find("First.", "Rising costs contributed to the loss.")).isEmpty();
        assertThat(find("First.", "The claim was made by the Korean Central News Agency (KCNA)")).isEmpty();
        assertThat(find("First.", "The deal was struck by a well-known firm")).isEmpty();
        assertThat(find("First.", "Reporting by local media suggested the talks had stalled.")).isEmpty();
        assertThat(find("First.", "He works for AFP.")).isEmpty();
        assertThat(find("First.", "Map")).isEmpty();
        assertThat(find("First.", "Spa.")).isEmpty();
    }

    @Test
    void copyrightNameAfterAnEmptyWord() {
        // three spaces stay two once the line is flattened: an empty word, which the name does not start with
        List<Trailers.Trailer> t = find("The ministry said talks would resume.",
                "Copyright 2024   The Associated Press. All rights reserved.");
        assertThat(t).hasSize(1);
        assertThat(t.get(0).agency().map(a -> a.agency().id())).contains("ap");
        assertThat(t.get(0).agency().orElseThrow().asWritten()).isEqualTo("The Associated Press");
    }

    @Test
    void agencyLinesWithAPrefixInAnyCase() {
        assertThat(find("The ministry said talks would resume.", "WITH AFP").get(0).agency()
                .map(a -> a.agency().id())).contains("afp");
        assertThat(find("The ministry said talks would resume.", "Source:  Xinhua").get(0).agency()
                .map(a -> a.agency().id())).contains("xinhua");
        assertThat(find("The ministry said talks would resume.", "W\u0130TH AFP")).isEmpty();
    }

    @Test
    void aSentenceWithByIsNoCredit() {
        assertThat(find("The ministry said talks would resume.",
                "The two ships were struck on Tuesday night by drones, the navy said in a statement.")).isEmpty();
    }
}
