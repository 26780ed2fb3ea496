package io.github.wirestory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wirestory.model.Agency;
import io.github.wirestory.model.AgencyCredit;
import io.github.wirestory.model.Byline;
import io.github.wirestory.model.Claim;
import io.github.wirestory.model.Credit;
import io.github.wirestory.model.Dateline;
import io.github.wirestory.model.Diagnostic;
import io.github.wirestory.model.Paragraph;
import io.github.wirestory.model.Quote;
import io.github.wirestory.model.Removal;
import io.github.wirestory.model.Source;
import io.github.wirestory.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The model's records are null-free, validated and immutable. */
class ModelTest {
    static final Agency AP = new Agency("ap", "Associated Press", List.of("AP"), List.of(), Optional.of("US"), false);

    @Test
    void spanValidatesAndMeasures() {
        Span s = Span.of(2, 5);
        assertThat(s.length()).isEqualTo(3);
        assertThat(s.isWithin(Span.of(0, 5))).isTrue();
        assertThat(s.isWithin(Span.of(3, 9))).isFalse();
        assertThatThrownBy(() -> Span.of(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Span.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void agencyCopiesItsListsAndRejectsBlankNames() {
        List<String> aliases = new ArrayList<>(List.of("The AP"));
        Agency a = new Agency("ap", "Associated Press", List.of("AP"), aliases, Optional.empty(), false);
        aliases.add("changed");
        assertThat(a.aliases()).containsExactly("The AP");
        assertThat(a.allNames()).containsExactly("Associated Press", "AP", "The AP");
        assertThatThrownBy(() -> new Agency(" ", "x", List.of(), List.of(), Optional.empty(), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Agency("x", "x", null, List.of(), Optional.empty(), false))
                .isInstanceOf(NullPointerException.class).hasMessage("shortNames");
    }

    @Test
    void recordsRejectNulls() {
        Span span = Span.of(0, 1);
        assertThatThrownBy(() -> new AgencyCredit(AP, null, AgencyCredit.Via.BYLINE))
                .hasMessage("asWritten");
        assertThatThrownBy(() -> new Paragraph(0, null, span)).hasMessage("text");
        assertThatThrownBy(() -> new Paragraph(-1, "x", span)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Removal("c", null, "")).hasMessage("text");
        assertThatThrownBy(() -> new Diagnostic(null, "m")).hasMessage("code");
        assertThatThrownBy(() -> new Byline("By X", null, span)).hasMessage("names");
        assertThatThrownBy(() -> new Credit("X", null, Optional.empty(), "X")).hasMessage("role");
        assertThatThrownBy(() -> new Source(Source.Kind.PERSON, "Kim", null, Optional.empty(), false,
                Optional.empty())).hasMessage("id");
        assertThatThrownBy(() -> new Quote("q", span, 0, Optional.empty(), null, false, false))
                .hasMessage("cue");
        assertThatThrownBy(() -> new Dateline("t", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), null)).hasMessage("span");
    }

    @Test
    void claimCopiesQuotes() {
        Source kcna = new Source(Source.Kind.STATE_MEDIA, "KCNA", Optional.of("kcna"),
                Optional.of("Korean Central News Agency"), true, Optional.of("KP"));
        Quote q = new Quote("words", Span.of(1, 6), 0, Optional.of(kcna), Optional.of("said"), false, false);
        List<Quote> quotes = new ArrayList<>(List.of(q));
        Claim c = new Claim(kcna, "said", "\"words,\" KCNA said.", Span.of(0, 19), 0, quotes, Optional.empty(),
                Optional.empty());
        quotes.clear();
        assertThat(c.quotes()).containsExactly(q);
        assertThatThrownBy(() -> c.quotes().add(q)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void removalAndDiagnosticHelpers() {
        assertThat(new Removal("c", "x", "").isDeletion()).isTrue();
        assertThat(new Removal("c", "x", "y").isDeletion()).isFalse();
        assertThat(new Diagnostic("no-body", "none")).hasToString("no-body: none");
    }
}
