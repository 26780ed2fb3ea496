package io.github.wirestory.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A state or state-affiliated media outlet, as listed in a {@link io.github.wirestory.StateMediaRegistry}.
 *
 * <pre>{@code
 * Outlet kcna = StateMediaRegistry.defaults().byId("kcna").orElseThrow();
 * kcna.name();     // "Korean Central News Agency"
 * kcna.aliases();  // ["KCNA", ...]
 * kcna.country();  // "KP"
 * }</pre>
 *
 * <p>Names are matched in story text on word boundaries. A name or alias written in capitals only, such as
 * {@code "KCNA"} or {@code "RT"}, matches only in exactly that case; any other name matches regardless of
 * case, provided its first word is capitalised in the text.
 *
 * @param id stable lower-case identifier, such as {@code "kcna"} or {@code "xinhua"}
 * @param name full name, such as {@code "Korean Central News Agency"}
 * @param aliases other names and acronyms seen in copy, such as {@code "KCNA"}; may be empty
 * @param country ISO 3166-1 alpha-2 code of the country whose state controls the outlet
 * @param owner the owning or controlling body, when known, such as {@code "China Media Group"}
 * @param medium what sort of outlet it is
 * @param classification where the state-media classification comes from, such as
 *     {@code "State Media Matrix: SC"}; see {@code docs/attribution.md}
 */
public record Outlet(
        String id,
        String name,
        List<String> aliases,
        String country,
        Optional<String> owner,
        Medium medium,
        String classification) {

    /** What sort of outlet an {@link Outlet} is. */
    public enum Medium {
        /** A news agency ("the agency said"). */
        NEWS_AGENCY,
        /** A newspaper or magazine ("the newspaper said"). */
        NEWSPAPER,
        /** A television or radio broadcaster ("the broadcaster said"). */
        BROADCASTER,
        /** A website or online service. */
        ONLINE
    }

    /**
     * Validates and copies the components.
     *
     * @param id stable lower-case identifier, such as {@code "kcna"} or {@code "xinhua"}
     * @param name full name, such as {@code "Korean Central News Agency"}
     * @param aliases other names and acronyms seen in copy, such as {@code "KCNA"}; may be empty
     * @param country ISO 3166-1 alpha-2 code of the country whose state controls the outlet
     * @param owner the owning or controlling body, when known, such as {@code "China Media Group"}
     * @param medium what sort of outlet it is
     * @param classification where the state-media classification comes from, such as {@code "State Media Matrix: SC"}; see {@code docs/attribution.md}
     * @throws NullPointerException if any component is null
     * @throws IllegalArgumentException if {@code id} or {@code name} is blank, or {@code country} is not two
     *     upper-case letters
     */
    public Outlet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (id.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("outlet id and name must not be blank");
        }
        aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
        Objects.requireNonNull(country, "country");
        if (country.length() != 2 || !Character.isUpperCase(country.charAt(0))
                || !Character.isUpperCase(country.charAt(1))) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code: " + country);
        }
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(classification, "classification");
    }

    /**
     * Every name the outlet goes by: the full name, then the aliases.
     *
     * @return names in that order, never empty
     */
    public List<String> allNames() {
        List<String> all = new ArrayList<>(1 + aliases.size());
        all.add(name);
        all.addAll(aliases);
        return List.copyOf(all);
    }
}
