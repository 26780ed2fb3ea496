package io.github.wirestory.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a claim or quote is attributed to: a state-media outlet, another news agency, a named person, a
 * government or organisation, or an unknown speaker.
 *
 * <pre>{@code
 * Source s = claim.source();
 * if (s.stateMedia()) {
 *     log.info(s.id().orElse("?") + " (" + s.asWritten() + ")"); // kcna (the Korean Central News Agency)
 * }
 * }</pre>
 *
 * @param kind what sort of source it is
 * @param asWritten the words the story uses for the source, such as {@code "the report"} or {@code "KCNA"}
 * @param id the canonical registry id, such as {@code "kcna"}, or {@code "state-media"} for generic phrases
 * @param name the canonical name from the registry, when known
 * @param stateMedia whether the source is a state or state-affiliated media outlet, or a generic phrase for one
 * @param country ISO 3166-1 alpha-2 country code, when known
 */
public record Source(
        Kind kind,
        String asWritten,
        Optional<String> id,
        Optional<String> name,
        boolean stateMedia,
        Optional<String> country) {

    /** What sort of source a {@link Source} is. */
    public enum Kind {
        /** A state or state-affiliated media outlet, or a generic phrase such as "state media". */
        STATE_MEDIA,
        /** A news agency or outlet that is not state media. */
        NEWS_AGENCY,
        /** A named person. */
        PERSON,
        /** A government, ministry, military body or other organisation. */
        ORGANIZATION,
        /** A source the parser could not type. */
        UNKNOWN
    }

    /**
     * Validates the components.
     *
     * @param kind what sort of source it is
     * @param asWritten the words the story uses for the source, such as {@code "the report"} or {@code "KCNA"}
     * @param id the canonical registry id, such as {@code "kcna"}, or {@code "state-media"} for generic phrases
     * @param name the canonical name from the registry, when known
     * @param stateMedia whether the source is a state or state-affiliated media outlet, or a generic phrase for one
     * @param country ISO 3166-1 alpha-2 country code, when known
     * @throws NullPointerException if any component is null
     */
    public Source {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(asWritten, "asWritten");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
    }
}
