package io.github.wirestory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wirestory.model.Agency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgencyRegistryTest {
    @Test
    void lookupIsCaseInsensitiveAndIgnoresALeadingThe() {
        AgencyRegistry r = AgencyRegistry.defaults();
        assertThat(r.lookup("The Associated Press").map(Agency::id)).contains("ap");
        assertThat(r.lookup("AP").map(Agency::id)).contains("ap");
        assertThat(r.lookup("reuters").map(Agency::id)).contains("reuters");
        assertThat(r.lookup("Nobody Press")).isEmpty();
        assertThat(r.byId("upi").map(Agency::name)).contains("United Press International");
    }

    @Test
    void usersAddAndOverrideWithoutTouchingTheDefaults() {
        Agency rudaw = new Agency("rudaw", "Rudaw Wire Desk", List.of("RWD"), List.of(), Optional.of("IQ"), false);
        Agency myUpi = new Agency("upi", "UPI (custom)", List.of("UPI"), List.of(), Optional.of("US"), false);
        AgencyRegistry custom = AgencyRegistry.defaults().toBuilder().add(rudaw).add(myUpi).remove("cnn").build();

        assertThat(custom.lookup("Rudaw Wire Desk")).contains(rudaw);
        assertThat(custom.lookup("UPI").map(Agency::name)).contains("UPI (custom)");
        assertThat(custom.byId("cnn")).isEmpty();
        assertThat(AgencyRegistry.defaults().lookup("Rudaw Wire Desk")).isEmpty();
        assertThat(AgencyRegistry.defaults().byId("cnn")).isPresent();
        assertThat(AgencyRegistry.builder().build().all()).isEmpty();
        assertThatThrownBy(() -> custom.lookup(null)).hasMessage("name");
    }

    @Test
    void aCustomAgencyIsRecognisedInParsing() {
        Agency rudaw = new Agency("rudaw", "Rudaw Wire Desk", List.of("RWD"), List.of(), Optional.of("IQ"), false);
        WireStoryParser p = WireStoryParser.builder()
                .agencies(AgencyRegistry.defaults().toBuilder().add(rudaw).build()).build();
        WireStory s = p.parse("Iraq passes budget\n\nRudaw Wire Desk\n\nThe parliament passed the budget on Monday.");
        assertThat(s.agency().orElseThrow().agency().id()).isEqualTo("rudaw");
        assertThat(p.agencies().byId("rudaw")).isPresent();
        assertThat(p.maxInputLength()).isEqualTo(WireStoryParser.DEFAULT_MAX_INPUT_LENGTH);
    }
}
