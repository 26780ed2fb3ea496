package io.github.wirestory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.model.Agency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The built-in registry: coverage, stable ids, state-media flags, lookups and overrides. */
class AgencyRegistryDefaultsTest {
    private static final AgencyRegistry R = AgencyRegistry.defaults();

    @Test
    void listsTheRequiredAgencies() {
        assertThat(R.all()).hasSizeGreaterThanOrEqualTo(50);
        for (String id : List.of("ap", "reuters", "afp", "upi", "bloomberg", "dpa", "efe", "ansa", "kyodo", "jiji",
                "yonhap", "xinhua", "cns", "kcna", "tass", "ria-novosti", "interfax", "ukrinform", "unian", "anadolu", "pti",
                "ians", "ani", "bernama", "antara", "pna", "vna", "aap", "cp", "pa", "anp", "belga", "apa",
                "keystone-sda", "lusa", "agencia-brasil", "notimex", "prensa-latina", "pap", "ctk", "mti", "bta",
                "belta", "irna", "tasnim", "fars", "sana", "spa", "wam", "qna", "kuna", "mena", "map", "aps", "cna",
                "cnn", "al-jazeera")) {
            assertThat(R.byId(id)).as(id).isPresent();
        }
    }

    @Test
    void idsAreUniqueLowerCaseAndEveryEntryHasACountry() {
        Set<String> ids = new HashSet<>();
        for (Agency a : R.all()) {
            assertThat(ids.add(a.id())).as(a.id()).isTrue();
            assertThat(a.id()).matches("[a-z0-9-]+");
            assertThat(a.country()).as(a.id()).hasValueSatisfying(c -> assertThat(c).matches("[A-Z]{2}"));
        }
    }

    @Test
    void stateMediaFlags() {
        for (String id : List.of("xinhua", "cns", "kcna", "tass", "ria-novosti", "vna", "irna", "sana", "spa", "wam", "qna",
                "kuna", "mena", "map", "aps", "belta", "prensa-latina", "agencia-brasil", "notimex", "antara",
                "bernama", "pna", "anadolu", "ukrinform", "tasnim", "fars", "mti", "pap")) {
            assertThat(R.byId(id).orElseThrow().stateMedia()).as(id).isTrue();
        }
        for (String id : List.of("ap", "reuters", "afp", "upi", "bloomberg", "dpa", "ansa", "kyodo", "jiji",
                "yonhap", "interfax", "unian", "pti", "ians", "ani", "aap", "cp", "pa", "anp", "belga", "apa",
                "keystone-sda", "ctk", "cnn")) {
            assertThat(R.byId(id).orElseThrow().stateMedia()).as(id).isFalse();
        }
    }

    @Test
    void namesShortFormsAndAliasesLookUp() {
        assertThat(R.lookup("The Associated Press").map(Agency::id)).contains("ap");
        assertThat(R.lookup("AP").map(Agency::id)).contains("ap");
        assertThat(R.lookup("REUTERS").map(Agency::id)).contains("reuters");
        assertThat(R.lookup("ITAR-TASS").map(Agency::id)).contains("tass");
        assertThat(R.lookup("AA").map(Agency::id)).contains("anadolu");
        assertThat(R.lookup("FNA").map(Agency::id)).contains("fars");
        assertThat(R.lookup("ECNS").map(Agency::id)).contains("cns");
        assertThat(R.lookup("Keystone-SDA").map(Agency::id)).contains("keystone-sda");
        assertThat(R.lookup("Agência Brasil").map(Agency::id)).contains("agencia-brasil");
        assertThat(R.lookup("ČTK").map(Agency::id)).contains("ctk");
        assertThat(R.lookup("Press Trust of India").map(Agency::id)).contains("pti");
        assertThat(R.lookup("Korean Central News Agency").map(Agency::id)).contains("kcna");
    }

    @Test
    void builderAddsAndOverridesWithoutTouchingTheDefaults() {
        AgencyRegistry custom = R.toBuilder()
                .add(new Agency("ap", "Associated Press", List.of("AP"), List.of("AP Wire"), Optional.of("US"), false))
                .add(new Agency("hlnf", "Heartland News Feed", List.of("HLNF"), List.of(), Optional.of("US"), false))
                .build();
        assertThat(custom.lookup("AP Wire").map(Agency::id)).contains("ap");
        assertThat(custom.lookup("HLNF").map(Agency::id)).contains("hlnf");
        assertThat(R.lookup("AP Wire")).isEmpty();
        assertThat(R.byId("hlnf")).isEmpty();
    }
}
