package io.github.wirestory.examples;

import io.github.wirestory.AgencyRegistry;
import io.github.wirestory.StateMediaRegistry;
import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;
import io.github.wirestory.model.Agency;
import io.github.wirestory.model.Outlet;
import java.util.List;
import java.util.Optional;

/**
 * Extending the built-in registries without touching the defaults: a regional agency for datelines and
 * credits, and a state broadcaster for claims.
 */
public final class RegistryExample {
    private RegistryExample() {}

    /**
     * A parser that knows one more agency and one more state-media outlet.
     *
     * @return the parser
     */
    public static WireStoryParser parser() {
        AgencyRegistry agencies = AgencyRegistry.defaults().toBuilder()
                .add(new Agency("example-wire", "Example Wire Service", List.of("EWS"), List.of("Example Wire"),
                        Optional.of("NZ"), false))
                .build();
        StateMediaRegistry stateMedia = StateMediaRegistry.defaults().toBuilder()
                .add(new Outlet("example-tv", "Example State Television", List.of("ESTV", "state broadcaster ESTV"),
                        "NZ", Optional.of("Ministry of Information"), Outlet.Medium.BROADCASTER, "own research"))
                .build();
        return WireStoryParser.builder().agencies(agencies).stateMedia(stateMedia).build();
    }

    /**
     * Parses a story that uses both new entries and prints the agency and the state-media claims.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        WireStory story = parser().parse("Port reopens after storm\n\n"
                + "WELLINGTON, May 2 (EWS) -- The port reopened on Thursday, state broadcaster ESTV reported.");
        System.out.println("agency: " + story.agency().map(a -> a.agency().id()).orElse("-"));
        story.claims().stream().filter(c -> c.source().stateMedia()).forEach(c ->
                System.out.println(c.source().id().orElse("?") + " " + c.cue() + ": " + c.text()));
    }
}
