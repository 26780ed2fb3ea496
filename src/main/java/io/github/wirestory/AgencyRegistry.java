package io.github.wirestory;

import io.github.wirestory.internal.AgencyData;
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
    private final AsciiNames asciiNames;

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
        this.asciiNames = new AsciiNames(this.byName);
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
        Optional<Agency> ascii = asciiNames.lookup(name);
        return ascii != null ? ascii : Optional.ofNullable(byName.get(key(name)));
    }

    private static String key(String name) {
        String k = name.strip().toLowerCase(Locale.ROOT);
        if (k.startsWith("the ")) {
            k = k.substring(4);
        }
        return k;
    }

    /**
     * The all-ASCII keys of a name map in an open-addressing table, probed with an ASCII name read in place: the
     * lookup {@code map.get(key(name))} without the stripped, lower-cased copy of the name (names are looked up
     * often, and most are not agencies). A name with other chars is left to the map.
     */
    private static final class AsciiNames {
        private final String[] keys;
        private final List<Optional<Agency>> hits;
        private final int mask;
        private final int maxLength;

        AsciiNames(Map<String, Agency> byName) {
            int size = Integer.highestOneBit(Math.max(4, byName.size() * 4) - 1) << 1;
            this.keys = new String[size];
            List<Optional<Agency>> found = new ArrayList<>(java.util.Collections.nCopies(size, Optional.empty()));
            this.mask = size - 1;
            int longest = 0;
            for (Map.Entry<String, Agency> e : byName.entrySet()) {
                String k = e.getKey();
                if (!isAscii(k, 0, k.length())) {
                    continue;
                }
                int slot = hash(k, 0, k.length()) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = k;
                found.set(slot, Optional.of(e.getValue()));
                longest = Math.max(longest, k.length());
            }
            this.hits = List.copyOf(found);
            this.maxLength = longest;
        }

        /** The agency, or empty; null when the name is not all ASCII (the map decides). */
        Optional<Agency> lookup(String name) {
            int b = 0;
            int e = name.length();
            while (b < e && Character.isWhitespace(name.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(name.charAt(e - 1))) {
                e--;
            }
            if (!isAscii(name, b, e)) {
                return null;
            }
            if (e - b >= 4 && name.regionMatches(true, b, "the ", 0, 4)) { // ASCII: as lower-casing reads it
                b += 4;
            }
            if (e - b > maxLength) {
                return Optional.empty();
            }
            for (int slot = hash(name, b, e) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
                if (lowerEquals(name, b, e, keys[slot])) {
                    return hits.get(slot);
                }
            }
            return Optional.empty();
        }

        private static boolean isAscii(String s, int b, int e) {
            for (int i = b; i < e; i++) {
                if (s.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
        }

        private static int hash(String s, int b, int e) {
            int h = 0;
            for (int i = b; i < e; i++) {
                h = 31 * h + lower(s.charAt(i));
            }
            return h ^ (h >>> 16);
        }

        private static boolean lowerEquals(String s, int b, int e, String key) {
            if (key.length() != e - b) {
                return false;
            }
            for (int i = b; i < e; i++) {
                if (lower(s.charAt(i)) != key.charAt(i - b)) {
                    return false;
                }
            }
            return true;
        }

        private static char lower(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
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
