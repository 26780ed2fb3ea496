package io.github.wirestory.model;

import java.util.Objects;

/**
 * Which agency filed a story, the words that say so, and where they stand.
 *
 * <pre>{@code
 * story.agency().ifPresent(a ->
 *     log.info(a.agency().id() + " via " + a.via() + ": " + a.asWritten())); // upi via CREDIT_LINE: UPI
 * }</pre>
 *
 * @param agency the agency from the registry
 * @param asWritten the words as they appear in the text, such as {@code "UPI"} or {@code "Associated Press"}
 * @param via how the attribution was established
 */
public record AgencyCredit(Agency agency, String asWritten, Via via) {

    /** How an agency attribution was established. */
    public enum Via {
        /** A credit line right under the headline, such as {@code UPI} or {@code Associated Press}. */
        CREDIT_LINE,
        /** The parenthesis or slashes of the dateline, such as {@code (UPI) --} or {@code /TASS/}. */
        DATELINE,
        /** A byline such as {@code By Kim Tong-Hyung, Associated Press}. */
        BYLINE,
        /** A credit at the end of the story, such as {@code (Yonhap)} or {@code /AFP}. */
        TRAILER,
        /** Page metadata, such as JSON-LD {@code sourceOrganization} (HTML input only). */
        METADATA
    }

    /**
     * Validates the components.
     *
     * @param agency the agency from the registry
     * @param asWritten the words as they appear in the text, such as {@code "UPI"} or {@code "Associated Press"}
     * @param via how the attribution was established
     * @throws NullPointerException if any component is null
     */
    public AgencyCredit {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(asWritten, "asWritten");
        Objects.requireNonNull(via, "via");
    }
}
