package io.github.wirestory;

import io.github.wirestory.internal.AgencyData;
import io.github.wirestory.internal.AsciiKeys;
import io.github.wirestory.internal.Regions;
import io.github.wirestory.model.Agency;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable registry of news agencies and wire services, used to recognise credit lines, dateline
 * parentheses ({@code (UPI)}, {@code (AP)}), bylines and trailers. The {@linkplain #defaults() default
 * registry} lists the world's main agencies; users add or override entries through a builder.
 *
 * <pre>{@code
 * AgencyRegistry agencies = AgencyRegistry.defaults().toBuilder()
 *     .add(new Agency("shafaq", "Shafaq News", List.of("Shafaq"), List.of(), Optional.of("IQ"), false))
 *     .build();
 * WireStoryParser parser = WireStoryParser.builder().agencies(agencies).build();
 * agencies.lookup("Associated Press").map(Agency::id); // Optional[ap]
 * }</pre>
 *
 * <p>Lookup is case-insensitive on every name (full name, short names, aliases) and ignores a leading
 * "The". Instances are thread-safe.
 */
public final class AgencyRegistry {
    private static final AgencyRegistry DEFAULTS = new Builder(AgencyData.agencies()).build();

    private final List<Agency> agencies;
    private final Map<String, Agency> byId;
    private final Map<String, Agency> byName;
    /** The ASCII keys of {@link #byName}, looked up without a lower-cased copy of the name. */
    private final AsciiKeys<Optional<Agency>> asciiNames;

    private AgencyRegistry(Collection<Agency> agencies) {
        this.agencies = List.copyOf(agencies);
        Map<String, Agency> ids = new HashMap<>();
        Map<String, Agency> names = new HashMap<>();
        for (Agency a : this.agencies) {
            ids.put(a.id(), a);
        }
        // later entries win, so user overrides beat defaults
        for (Agency a : this.agencies) {
            for (String n : a.allNames()) {
                names.put(key(n), a);
            }
        }
        this.byId = Map.copyOf(ids);
        this.byName = Map.copyOf(names);
        Map<String, Optional<Agency>> hits = new HashMap<>();
        this.byName.forEach((k, a) -> hits.put(k, Optional.of(a)));
        this.asciiNames = new AsciiKeys<>(hits);
    }

    /**
     * The built-in registry (see {@code docs/datelines.md} for the list).
     *
     * @return the shared default registry
     */
    public static AgencyRegistry defaults() {
        return DEFAULTS;
    }

    /**
     * An empty builder.
     *
     * @return a new builder with no entries
     */
    public static Builder builder() {
        return new Builder(List.of());
    }

    /**
     * A builder that starts from this registry's entries.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(agencies);
    }

    /**
     * Every agency, in registration order.
     *
     * @return an immutable list
     */
    public List<Agency> all() {
        return agencies;
    }

    /**
     * The agency with this id.
     *
     * @param id a stable id such as {@code "reuters"}
     * @return the agency, or empty
     */
    public Optional<Agency> byId(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The agency that goes by this name, short name or alias (case-insensitive, leading "The" ignored).
     *
     * @param name a name as written, such as {@code "Associated Press"} or {@code "AP"}
     * @return the agency, or empty
     */
    public Optional<Agency> lookup(String name) {
        Objects.requireNonNull(name, "name");
        int b = Regions.stripBegin(name, 0, name.length());
        int e = Regions.stripEnd(name, b, name.length());
        if (!AsciiKeys.isAscii(name, b, e)) {
            return Optional.ofNullable(byName.get(key(name)));
        }
        // ASCII: key(name) read in place, without the lower-cased copy
        if (e - b >= 4 && name.regionMatches(true, b, "the ", 0, 4)) {
            b += 4;
        }
        Optional<Agency> a = asciiNames.get(name, b, e);
        return a != null ? a : Optional.empty();
    }

    private static String key(String name) {
        String k = name.strip().toLowerCase(Locale.ROOT);
        if (k.startsWith("the ")) {
            k = k.substring(4);
        }
        return k;
    }

    /** Builds an {@link AgencyRegistry}. Not thread-safe; build once, share the registry. */
    public static final class Builder {
        private final Map<String, Agency> entries = new LinkedHashMap<>();

        private Builder(Collection<Agency> start) {
            for (Agency a : start) {
                entries.put(a.id(), a);
            }
        }

        /**
         * Adds an agency, replacing any entry with the same id.
         *
         * @param agency the agency
         * @return {@code this}
         * @throws NullPointerException if {@code agency} is null
         */
        public Builder add(Agency agency) {
            Objects.requireNonNull(agency, "agency");
            entries.remove(agency.id());
            entries.put(agency.id(), agency);
            return this;
        }

        /**
         * Removes the agency with this id, if present.
         *
         * @param id the id
         * @return {@code this}
         */
        public Builder remove(String id) {
            entries.remove(Objects.requireNonNull(id, "id"));
            return this;
        }

        /**
         * Builds the registry.
         *
         * @return an immutable registry
         */
        public AgencyRegistry build() {
            return new AgencyRegistry(new ArrayList<>(entries.values()));
        }
    }
}
