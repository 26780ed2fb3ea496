package io.github.wirestory.internal;

import io.github.wirestory.model.AgencyCredit;
import io.github.wirestory.model.PageMetadata;
import io.github.wirestory.model.Published;
import java.util.List;
import java.util.Optional;

/**
 * What an HTML page's markup established before the text pipeline runs. For HTML ({@code structured}), the
 * story text is built as: the headline block (when {@code headline} is present), the byline block (when
 * {@code bylineText} is present), then the body paragraphs; so the assembler takes those blocks as they are
 * instead of guessing.
 *
 * @param structured true for text built from HTML; false for plain text (the assembler guesses)
 * @param headline the headline placed as the first block
 * @param bylineText the byline block placed after the headline
 * @param bylineNames the names in that byline
 * @param agency the agency from metadata, used when the text names none
 * @param published the publication date
 * @param siteName the publication's name
 * @param metadata the page metadata
 * @param ledeCredit an agency signature in the lede's dateline ({@code dpa/lno} in {@code Hamburg (dpa/lno) -}),
 *     taken as the byline when the page gives none
 */
public record PageFacts(boolean structured, Optional<String> headline, Optional<String> bylineText,
        List<String> bylineNames, Optional<AgencyCredit> agency, Optional<Published> published,
        Optional<String> siteName, PageMetadata metadata, Optional<String> ledeCredit) {

    /** Plain text: nothing known. */
    public static final PageFacts NONE = new PageFacts(false, Optional.empty(), Optional.empty(), List.of(),
            Optional.empty(), Optional.empty(), Optional.empty(), PageMetadata.empty(), Optional.empty());

    /** Copies the list. */
    public PageFacts {
        bylineNames = List.copyOf(bylineNames);
    }
}
