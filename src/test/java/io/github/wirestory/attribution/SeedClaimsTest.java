package io.github.wirestory.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;
import io.github.wirestory.model.Claim;
import io.github.wirestory.model.Quote;
import io.github.wirestory.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed's seven state-media claims and the Washington claim (shared/corpus/seed/upi-kim-shoigu.expected.json). */
class SeedClaimsTest {
    private static final Path SEED = Path.of("examples/upi-kim-shoigu.txt");
    private static final Path EXPECTED = Path.of("../shared/corpus/seed/upi-kim-shoigu.expected.json");

    private static WireStory story() throws IOException {
        return WireStoryParser.defaults().parse(Files.readString(SEED, StandardCharsets.UTF_8));
    }

    private static List<Claim> stateClaims(WireStory s) {
        return s.claims().stream().filter(c -> c.source().stateMedia()).toList();
    }

    private static void expect(Claim c, int paragraph, String id, String asWritten, String cue, String... quotes) {
        assertThat(c.paragraph()).as("paragraph").isEqualTo(paragraph);
        assertThat(c.source().id()).as("id").contains(id);
        assertThat(c.source().asWritten()).as("asWritten").isEqualTo(asWritten);
        assertThat(c.source().stateMedia()).isTrue();
        assertThat(c.source().kind()).isEqualTo(Source.Kind.STATE_MEDIA);
        assertThat(c.cue()).as("cue").isEqualTo(cue);
        assertThat(c.quotes()).extracting(Quote::text).containsExactly(quotes);
    }

    @Test
    void sevenStateMediaClaims() throws IOException {
        List<Claim> cs = stateClaims(story());
        // the optional "Images released by state media showed ..." (paragraph 3) is not reported
        assertThat(cs).hasSize(7);
        expect(cs.get(0), 0, "state-media", "state-run media", "reported");
        expect(cs.get(1), 1, "kcna", "the Korean Central News Agency", "reported", "new-type weapons and equipment");
        expect(cs.get(2), 2, "kcna", "KCNA", "said", "weapons and equipment which were invented and produced under "
                + "the national defense development plan ... and have been recently furnished to the Korean People's Army");
        expect(cs.get(3), 5, "kcna", "KCNA", "reported", "serve[d] as an important occasion in further developing the "
                + "strategic and traditional DPRK-Russia relations as required by the new century");
        expect(cs.get(4), 7, "kcna", "the report", "said", "strategic and tactical collaboration and cooperation "
                + "between the two countries in the field of national defense and security to cope with the "
                + "ever-changing regional and international security environment");
        expect(cs.get(5), 8, "kcna", "KCNA", "said");
        expect(cs.get(6), 13, "kcna", "KCNA", "reported", "repeatedly expressed belief that the Russian army and "
                + "people would achieve big successes in the struggle for building a powerful country");
    }

    @Test
    void detailsOfTheClaims() throws IOException {
        WireStory s = story();
        List<Claim> cs = stateClaims(s);
        for (Claim c : s.claims()) {
            assertThat(s.text().substring(c.span().begin(), c.span().end())).isEqualTo(c.text());
        }
        assertThat(cs.get(0).text()).startsWith("North Korean leader Kim Jong Un led").endsWith("reported Thursday.");
        assertThat(cs.get(6).text()).startsWith("During Shoigu's visit, Kim");
        assertThat(cs.get(6).speaker()).contains("Kim");
        assertThat(cs.get(2).speaker()).contains("The North Korean leader");
        assertThat(cs.get(2).quotes().get(0).hasEllipsis()).isTrue();
        assertThat(cs.get(3).quotes().get(0).hasEditorialBrackets()).isTrue();
        assertThat(cs.get(4).source().name()).contains("Korean Central News Agency");
        assertThat(cs.get(4).source().country()).contains("KP");
    }

    @Test
    void reportedThursdayGetsADateWhenTheYearIsKnown() throws IOException {
        WireStory s = WireStoryParser.defaults().parse(Files.readString(SEED, StandardCharsets.UTF_8),
                java.time.LocalDate.of(2023, 7, 28));
        assertThat(stateClaims(s).get(0).date()).contains(java.time.LocalDate.of(2023, 7, 27));
        assertThat(stateClaims(story()).get(0).date()).isEmpty();
    }

    @Test
    void washingtonIsANonStateClaim() throws IOException {
        List<Claim> other = story().claims().stream().filter(c -> !c.source().stateMedia()).toList();
        assertThat(other).hasSize(1);
        Claim w = other.get(0);
        assertThat(w.paragraph()).isEqualTo(4);
        assertThat(w.source().asWritten()).isEqualTo("Washington");
        assertThat(w.source().kind()).isEqualTo(Source.Kind.ORGANIZATION);
        assertThat(w.cue()).isEqualTo("accused");
    }

    @Test
    void everyQuoteSpanIsExact() throws IOException {
        WireStory s = story();
        assertThat(s.quotes()).hasSize(5);
        for (Quote q : s.quotes()) {
            assertThat(s.text().substring(q.span().begin(), q.span().end())).isEqualTo(q.text());
            assertThat(q.source()).isPresent();
        }
    }

    @Test
    void matchesTheSharedExpectedFile() throws IOException {
        assumeTrue(Files.exists(EXPECTED), "shared corpus not present");
        JsonNode exp = new ObjectMapper().readTree(Files.readString(EXPECTED, StandardCharsets.UTF_8));
        List<Claim> cs = stateClaims(story());
        List<String> want = new ArrayList<>();
        for (JsonNode c : exp.get("claims")) {
            List<String> qs = new ArrayList<>();
            c.get("quotes").forEach(q -> qs.add(q.asText()));
            want.add(c.get("paragraph").asInt() + "|" + c.get("source").get("id").asText() + "|"
                    + c.get("source").get("asWritten").asText() + "|" + c.get("cue").asText() + "|" + qs);
        }
        List<String> got = cs.stream().map(c -> c.paragraph() + "|" + c.source().id().orElse("") + "|"
                + c.source().asWritten() + "|" + c.cue() + "|" + c.quotes().stream().map(Quote::text).toList()).toList();
        assertThat(got).containsExactlyElementsOf(want);
        JsonNode ns = exp.get("nonStateClaims").get(0);
        Claim w = story().claims().stream().filter(c -> !c.source().stateMedia()).findFirst().orElseThrow();
        assertThat(w.paragraph()).isEqualTo(ns.get("paragraph").asInt());
        assertThat(w.source().asWritten()).isEqualTo(ns.get("source").get("asWritten").asText());
        assertThat(w.cue()).isEqualTo(ns.get("cue").asText());
    }
}
