package io.github.wirestory.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.AgencyRegistry;
import io.github.wirestory.StateMediaRegistry;
import io.github.wirestory.model.Agency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first-word filter of agency names never rules out the first word of a registry name. */
class AgencyFirstWordsTest {
    @Test
    void everyAgencyNamesFirstWordStartsAnAgencyName() {
        AgencyRegistry agencies = AgencyRegistry.defaults();
        AttributionExtractor x = new AttributionExtractor(StateMediaRegistry.defaults(), agencies);
        int names = 0;
        for (Agency a : agencies.all()) {
            for (String n : a.allNames()) {
                List<Tok> words = Tok.of(n, 0, n.length());
                int w = !words.isEmpty() && words.get(0).is("the") && words.size() > 1 ? 1 : 0;
                if (w < words.size()) {
                    assertThat(x.startsAgencyName(words.get(w))).as(n).isTrue();
                    names++;
                }
            }
        }
        assertThat(names).isGreaterThan(50);
        String text = "The ministry said on Monday that officials met in the capital";
        for (Tok t : Tok.of(text, 0, text.length())) {
            assertThat(x.startsAgencyName(t)).as(t.raw()).isFalse();
        }
    }
}
