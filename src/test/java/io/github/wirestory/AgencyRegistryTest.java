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
    void lookupStripsAndLowerCasesAsBefore() {
        AgencyRegistry r = AgencyRegistry.defaults();
        assertThat(r.lookup("  tHe AssociaTED PRESS \t").map(Agency::id)).contains("ap");
        assertThat(r.lookup("\u2003AFP\u2003").map(Agency::id)).contains("afp"); // Unicode white space stripped
        assertThat(r.lookup("THE  AP")).isEmpty(); // the key keeps the second space
        assertThat(r.lookup("The")).isEmpty();
        assertThat(r.lookup("")).isEmpty();
        assertThat(r.lookup("A\u0130P")).isEmpty(); // not ASCII: the map decides
        Agency kelvin = new Agency("kk", "\u212Aorea Wire", List.of(), List.of(), Optional.empty(), false);
        AgencyRegistry custom = r.toBuilder().add(kelvin).build();
        assertThat(custom.lookup("korea wire")).contains(kelvin); // its key lower-cases to ASCII
        assertThat(custom.lookup("\u212Aorea Wire")).contains(kelvin);
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
