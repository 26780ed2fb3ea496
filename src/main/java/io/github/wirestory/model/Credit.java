package io.github.wirestory.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A person credited for a story: in the byline, or in a trailer such as Reuters'
 * {@code (Reporting by X; Editing by Y)} or AP's {@code Associated Press writer X in PLACE contributed to this report.}
 *
 * <pre>{@code
 * story.credits().stream()
 *     .filter(c -> c.role() == Credit.Role.EDITING)
 *     .map(Credit::name)
 *     .toList();
 * }</pre>
 *
 * @param name the person's name as written
 * @param role what the person did
 * @param place where the person worked from, when the credit says so
 * @param asWritten the whole credit as written (the byline or trailer it came from)
 */
public record Credit(String name, Role role, Optional<String> place, String asWritten) {

    /** What a credited person did for the story. */
    public enum Role {
        /** Named in the byline. */
        AUTHOR,
        /** "Reporting by". */
        REPORTING,
        /** "Writing by". */
        WRITING,
        /** "Editing by". */
        EDITING,
        /** "contributed to this report", "Additional reporting by". */
        CONTRIBUTOR
    }

    /**
     * Validates the components.
     *
     * @param name the person's name as written
     * @param role what the person did
     * @param place where the person worked from, when the credit says so
     * @param asWritten the whole credit as written (the byline or trailer it came from)
     * @throws NullPointerException if any component is null
     */
    public Credit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(asWritten, "asWritten");
    }
}
