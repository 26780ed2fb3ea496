package io.github.wirestory.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wirestory.StateMediaRegistry;
import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;
import io.github.wirestory.model.Outlet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The built-in registry, lookups, and extending or overriding it through the builder (public API only). */
class StateMediaRegistryTest {

    @Test
    void defaultsCoverAtLeastEightyOutletsFromTwentyFiveCountries() {
        List<Outlet> all = StateMediaRegistry.defaults().all();
        assertThat(all.size()).isGreaterThanOrEqualTo(80);
        Set<String> countries = new HashSet<>();
        all.forEach(o -> countries.add(o.country()));
        assertThat(countries.size()).isGreaterThanOrEqualTo(25);
        for (String id : List.of("kcna", "rodong-sinmun", "kctv", "uriminzokkiri", "xinhua", "cctv", "cgtn",
                "peoples-daily", "global-times", "china-daily", "tass", "ria-novosti", "rt", "sputnik", "rossiya-1",
                "irna", "irib", "press-tv", "fars", "tasnim", "mehr", "ilna", "isna", "sana", "vna", "granma",
                "prensa-latina", "telesur", "belta", "spa", "wam", "qna", "kuna", "mena")) {
            assertThat(StateMediaRegistry.defaults().byId(id)).as(id).isPresent();
        }
        Set<String> ids = new HashSet<>();
        all.forEach(o -> assertThat(ids.add(o.id())).as(o.id()).isTrue());
        assertThat(all).allSatisfy(o -> assertThat(o.classification()).isNotBlank());
    }

    @Test
    void independentPublicMediaAreNotStateMedia() {
        for (String n : List.of("BBC", "NPR", "NHK", "Yonhap", "Deutsche Welle", "KBS")) {
            assertThat(StateMediaRegistry.defaults().lookup(n)).as(n).isEmpty();
        }
    }

    @Test
    void lookupIgnoresCaseAndALeadingThe() {
        StateMediaRegistry r = StateMediaRegistry.defaults();
        assertThat(r.lookup("the Korean Central News Agency").map(Outlet::id)).contains("kcna");
        assertThat(r.lookup("KCNA").map(Outlet::id)).contains("kcna");
        assertThat(r.lookup("People’s Daily").map(Outlet::id)).contains("peoples-daily");
        assertThat(r.lookup("ITAR-TASS").map(Outlet::id)).contains("tass");
    }

    @Test
    void acronymsMatchOnlyInCapitalsAndOnWordBoundaries() {
        WireStory s = Stories.body("The spa said it would reopen.", "Sanaa residents said the city was calm.",
                "The RTS said nothing.", "It was a MENA-wide deal, analysts said.");
        assertThat(Stories.state(s)).isEmpty();
    }

    @Test
    void usersAddAndRemoveOutlets() {
        StateMediaRegistry r = StateMediaRegistry.defaults().toBuilder()
                .add(new Outlet("kcbc", "Korean Central Broadcasting Committee", List.of("KCBC"), "KP",
                        Optional.empty(), Outlet.Medium.BROADCASTER, "test"))
                .remove("al-jazeera")
                .build();
        WireStoryParser p = WireStoryParser.builder().stateMedia(r).build();
        assertThat(p.stateMedia()).isSameAs(r);
        assertThat(p.toBuilder().build().stateMedia()).isSameAs(r);
        WireStory s = p.parse("Headline\n\nThe festival opened, KCBC said.\n\nThe ship docked, Al Jazeera reported.");
        assertThat(s.claims()).hasSize(2);
        assertThat(s.claims().get(0).source().id()).contains("kcbc");
        assertThat(s.claims().get(0).source().stateMedia()).isTrue();
        assertThat(s.claims().get(1).source().stateMedia()).isFalse();
        assertThat(StateMediaRegistry.defaults().byId("kcbc")).isEmpty();
        assertThat(StateMediaRegistry.builder().build().all()).isEmpty();
    }

    @Test
    void aCountryWidePhraseCanBeAddedAsAnOutlet() {
        StateMediaRegistry r = StateMediaRegistry.defaults().toBuilder()
                .add(new Outlet("iranian-media", "Iranian media", List.of(), "IR", Optional.empty(),
                        Outlet.Medium.ONLINE, "mine"))
                .build();
        WireStory s = WireStoryParser.builder().stateMedia(r).build()
                .parse("Headline\n\nThe assault was over, Iranian media reported.");
        assertThat(s.claims().get(0).source().id()).contains("iranian-media");
        assertThat(Stories.state(Stories.body("The assault was over, Iranian media reported."))).isEmpty();
    }

    @Test
    void anEmptyRegistryStillKnowsGenericPhrases() {
        WireStoryParser p = WireStoryParser.builder().stateMedia(StateMediaRegistry.builder().build()).build();
        WireStory s = p.parse("Headline\n\nKim visited a farm, state media said.\n\nThe farm was big, Rodong Sinmun said.");
        assertThat(s.claims()).extracting(c -> c.source().stateMedia()).containsExactly(true, false);
    }

    @Test
    void badOutletsAreRejected() {
        assertThatThrownBy(() -> new Outlet("x", "X", List.of(), "kp", Optional.empty(), Outlet.Medium.ONLINE, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StateMediaRegistry.builder().add(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> WireStoryParser.builder().stateMedia(null)).isInstanceOf(NullPointerException.class);
    }
}
