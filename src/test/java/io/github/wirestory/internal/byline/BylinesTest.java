package io.github.wirestory.internal.byline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.AgencyRegistry;
import io.github.wirestory.model.Credit;
import io.github.wirestory.model.Span;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Byline forms of the wire services, with invented names. */
class BylinesTest {
    static Stream<Arguments> bylines() {
        return Stream.of(
                Arguments.of("By Kim Tong-Hyung", List.of("Kim Tong-Hyung"), null),
                Arguments.of("By Jane Doe and John Roe", List.of("Jane Doe", "John Roe"), null),
                Arguments.of("By Jane Doe, John Roe and Ana Lima", List.of("Jane Doe", "John Roe", "Ana Lima"), null),
                Arguments.of("By Kim Tong-Hyung, Associated Press", List.of("Kim Tong-Hyung"), "ap"),
                Arguments.of("By Jane Doe and John Roe, The Associated Press", List.of("Jane Doe", "John Roe"), "ap"),
                Arguments.of("By JANE DOE, AP Business Writer", List.of("JANE DOE"), "ap"),
                Arguments.of("By Jane Doe, Associated Press/Report for America", List.of("Jane Doe"), "ap"),
                Arguments.of("Jane Doe | Reuters", List.of("Jane Doe"), "reuters"),
                Arguments.of("By Jane Doe / UPI", List.of("Jane Doe"), "upi"),
                Arguments.of("By Jill Roe, CNN Business", List.of("Jill Roe"), "cnn"),
                Arguments.of("By Ludwig van der Berg, dpa", List.of("Ludwig van der Berg"), "dpa"),
                Arguments.of("By Jane Doe, Reuters Staff", List.of("Jane Doe"), "reuters"),
                Arguments.of("by Jane Doe, Special Correspondent", List.of("Jane Doe"), null),
                Arguments.of("By The Associated Press", List.of(), "ap"),
                Arguments.of("By HNN Staff | July 27, 2023 at 2:26 PM HST", List.of(), null),
                Arguments.of("By Staff Reports", List.of(), null),
                Arguments.of("By Jane Doe and The Associated Press", List.of("Jane Doe"), "ap"),
                Arguments.of("By AP staff", List.of(), "ap"),
                Arguments.of("By Jane Doe | Updated 10:32 AM EDT, July 27, 2023", List.of("Jane Doe"), null),
                Arguments.of("By Jane Doe, Associated Press | Published July 27, 2023", List.of("Jane Doe"), "ap"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bylines")
    void readsTheByline(String line, List<String> names, String agencyId) {
        Bylines.Result r = Bylines.parse(line, new Span(0, line.length()), AgencyRegistry.defaults()).orElseThrow();
        assertThat(r.byline().text()).isEqualTo(line);
        assertThat(r.byline().names()).isEqualTo(names);
        assertThat(r.credits()).extracting(Credit::name).isEqualTo(names);
        assertThat(r.credits()).allSatisfy(c -> assertThat(c.role()).isEqualTo(Credit.Role.AUTHOR));
        assertThat(r.agency().map(a -> a.agency().id())).isEqualTo(Optional.ofNullable(agencyId));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "By the time the ship arrived, the port was closed.",
        "Reuters",
        "AFP/Getty Images",
        "APA/Georg Hochmuth APA/Georg Hochmuth Chronik",
        "By Jane Doe Updated 10:32 AM EDT",
        "North Korea | Politics",
        "Bylines are hard"})
    void rejectsNonBylines(String line) {
        assertThat(Bylines.parse(line, new Span(0, line.length()), AgencyRegistry.defaults())).isEmpty();
    }
}
