package io.github.wirestory.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A news agency or wire service, as listed in an {@link io.github.wirestory.AgencyRegistry}.
 *
 * <pre>{@code
 * Agency upi = AgencyRegistry.defaults().byId("upi").orElseThrow();
 * upi.name();        // "United Press International"
 * upi.shortNames();  // ["UPI"]
 * }</pre>
 *
 * @param id stable lower-case identifier, such as {@code "ap"}, {@code "reuters"} or {@code "kcna"}
 * @param name full name, such as {@code "Associated Press"}
 * @param shortNames short forms used in datelines and credits, such as {@code "AP"}; may be empty
 * @param aliases other names seen in copy, such as {@code "The Associated Press"}; may be empty
 * @param country ISO 3166-1 alpha-2 code of the home country, when there is one
 * @param stateMedia whether the agency is state-owned or state-run (state media)
 */
public record Agency(
        String id,
        String name,
        List<String> shortNames,
        List<String> aliases,
        Optional<String> country,
        boolean stateMedia) {

    /**
     * Validates and copies the components.
     *
     * @param id stable lower-case identifier, such as {@code "ap"}, {@code "reuters"} or {@code "kcna"}
     * @param name full name, such as {@code "Associated Press"}
     * @param shortNames short forms used in datelines and credits, such as {@code "AP"}; may be empty
     * @param aliases other names seen in copy, such as {@code "The Associated Press"}; may be empty
     * @param country ISO 3166-1 alpha-2 code of the home country, when there is one
     * @param stateMedia whether the agency is state-owned or state-run (state media)
     * @throws NullPointerException if any component is null
     * @throws IllegalArgumentException if {@code id} or {@code name} is blank
     */
    public Agency {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (id.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("agency id and name must not be blank");
        }
        shortNames = List.copyOf(Objects.requireNonNull(shortNames, "shortNames"));
        aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
        Objects.requireNonNull(country, "country");
    }

    /**
     * Every name the agency goes by: the full name, then short names, then aliases.
     *
     * @return names in that order, never empty
     */
    public List<String> allNames() {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(1 + shortNames.size() + aliases.size());
        all.add(name);
        all.addAll(shortNames);
        all.addAll(aliases);
        return List.copyOf(all);
    }
}
