package io.github.wirestory;

import io.github.wirestory.internal.attribution.OutletData;
import io.github.wirestory.model.Outlet;
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
 * An immutable registry of state and state-affiliated media outlets, used to recognise who a claim is
 * attributed to ("..., KCNA said", "the official Xinhua news agency reported"). The {@linkplain #defaults()
 * default registry} lists more than 130 outlets from more than 40 countries, classified from the State Media
 * Matrix and the sources named in {@code docs/attribution.md}; users add, override or remove entries through
 * a builder.
 *
 * <pre>{@code
 * StateMediaRegistry media = StateMediaRegistry.defaults().toBuilder()
 *     .add(new Outlet("kcbc", "Korean Central Broadcasting Committee", List.of("KCBC"), "KP",
 *         Optional.empty(), Outlet.Medium.BROADCASTER, "my own list"))
 *     .remove("al-jazeera")
 *     .build();
 * WireStoryParser parser = WireStoryParser.builder().stateMedia(media).build();
 * media.lookup("the Korean Central News Agency").map(Outlet::id); // Optional[kcna]
 * }</pre>
 *
 * <p>{@link #lookup(String)} is case-insensitive and ignores a leading "The". Matching inside story text is
 * stricter (see {@link Outlet}). Instances are thread-safe.
 */
public final class StateMediaRegistry {
    private static final StateMediaRegistry DEFAULTS = new Builder(OutletData.outlets()).build();

    private final List<Outlet> outlets;
    private final Map<String, Outlet> byId;
    private final Map<String, Outlet> byName;

    private StateMediaRegistry(Collection<Outlet> outlets) {
        this.outlets = List.copyOf(outlets);
        Map<String, Outlet> ids = new HashMap<>();
        Map<String, Outlet> names = new HashMap<>();
        for (Outlet o : this.outlets) {
            ids.put(o.id(), o);
        }
        // later entries win, so user additions beat defaults
        for (Outlet o : this.outlets) {
            for (String n : o.allNames()) {
                names.put(key(n), o);
            }
        }
        this.byId = Map.copyOf(ids);
        this.byName = Map.copyOf(names);
    }

    /**
     * The built-in registry (see {@code docs/attribution.md} for its sources).
     *
     * @return the shared default registry
     */
    public static StateMediaRegistry defaults() {
        return DEFAULTS;
    }

    /**
     * An empty builder: a registry built from it knows no outlet, so only generic phrases such as
     * "state media" are recognised as state media.
     *
     * @return a new builder with no entries
     */
    public static Builder builder() {
        return new Builder(List.of());
    }

    /**
     * A builder that starts from this registry's entries; this registry is not changed.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(outlets);
    }

    /**
     * Every outlet, in registration order.
     *
     * @return an immutable list
     */
    public List<Outlet> all() {
        return outlets;
    }

    /**
     * The outlet with this id.
     *
     * @param id a stable id such as {@code "xinhua"}
     * @return the outlet, or empty
     * @throws NullPointerException if {@code id} is null
     */
    public Optional<Outlet> byId(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The outlet that goes by this name or alias (case-insensitive, leading "The" ignored).
     *
     * @param name a name as written, such as {@code "KCNA"} or {@code "the Korean Central News Agency"}
     * @return the outlet, or empty
     * @throws NullPointerException if {@code name} is null
     */
    public Optional<Outlet> lookup(String name) {
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(byName.get(key(name)));
    }

    private static String key(String name) {
        String k = name.strip().replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        if (k.startsWith("the ")) {
            k = k.substring(4);
        }
        return k;
    }

    /** Builds a {@link StateMediaRegistry}. Not thread-safe; build once, share the registry. */
    public static final class Builder {
        private final Map<String, Outlet> entries = new LinkedHashMap<>();

        private Builder(Collection<Outlet> start) {
            for (Outlet o : start) {
                entries.put(o.id(), o);
            }
        }

        /**
         * Adds an outlet, replacing any entry with the same id.
         *
         * @param outlet the outlet
         * @return {@code this}
         * @throws NullPointerException if {@code outlet} is null
         */
        public Builder add(Outlet outlet) {
            Objects.requireNonNull(outlet, "outlet");
            entries.remove(outlet.id());
            entries.put(outlet.id(), outlet);
            return this;
        }

        /**
         * Removes the outlet with this id, if present: its names are then no longer state media.
         *
         * @param id the id
         * @return {@code this}
         * @throws NullPointerException if {@code id} is null
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
        public StateMediaRegistry build() {
            return new StateMediaRegistry(new ArrayList<>(entries.values()));
        }
    }
}
