package io.github.wirestory.attribution;

import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;
import io.github.wirestory.model.Claim;
import java.util.List;

/** Builds small stories (an invented headline, then paragraphs) for the attribution tests. */
final class Stories {
    private Stories() {}

    static WireStory body(String... paragraphs) {
        return WireStoryParser.defaults().parse("Test headline for a wire story\n\n" + String.join("\n\n", paragraphs));
    }

    static WireStory withHeadline(String headline, String... paragraphs) {
        return WireStoryParser.defaults().parse(headline + "\n\n" + String.join("\n\n", paragraphs));
    }

    static List<Claim> state(WireStory s) {
        return s.claims().stream().filter(c -> c.source().stateMedia()).toList();
    }

    static Claim only(WireStory s) {
        if (s.claims().size() != 1) {
            throw new AssertionError("expected one claim, got " + s.claims());
        }
        return s.claims().get(0);
    }
}
