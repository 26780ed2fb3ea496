package io.github.wirestory.clean;

import io.github.wirestory.internal.clean.BulletCleaner;
import io.github.wirestory.internal.clean.HtmlEntityCleaner;
import io.github.wirestory.internal.clean.LineCleaner;
import io.github.wirestory.internal.clean.PageNoiseCleaner;
import io.github.wirestory.internal.clean.PhotoCreditCleaner;
import io.github.wirestory.internal.clean.RelatedLinksCleaner;
import io.github.wirestory.internal.clean.SocialPromptCleaner;
import io.github.wirestory.internal.clean.UnicodeNormalizer;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The built-in cleaners and ways to make new ones.
 *
 * <pre>{@code
 * WireStoryParser parser = WireStoryParser.builder()
 *     .cleaners(Cleaners.defaults())                                  // the default chain (already the default)
 *     .addCleaner(Cleaners.removingLines("promo", line -> line.startsWith("Sponsored by")))
 *     .build();
 * }</pre>
 *
 * <p>{@link #defaults()} runs, in order: {@link #htmlEntities()}, {@link #unicode()}, {@link #bullets()},
 * {@link #pageNoise()}, {@link #socialPrompts()}, {@link #relatedLinks()}, {@link #photoCredits()}. All
 * built-in cleaners are immutable, thread-safe and linear in the text length.
 */
public final class Cleaners {
    private Cleaners() {}

    /**
     * The default chain, in the order given in the class comment.
     *
     * @return an immutable list
     */
    public static List<Cleaner> defaults() {
        return List.of(htmlEntities(), unicode(), bullets(), pageNoise(), socialPrompts(), relatedLinks(),
                photoCredits());
    }

    /**
     * Unicode and white-space normalisation, named {@code "unicode"}: CRLF to LF, NFC, no-break and other
     * spaces to plain spaces, zero-width characters, soft hyphens and control characters dropped, runs of
     * spaces collapsed, lines stripped. Reported once per distinct change.
     *
     * @return the cleaner
     */
    public static Cleaner unicode() {
        return new UnicodeNormalizer();
    }

    /**
     * HTML character references unescaped through Apache Commons Text ({@code &amp;}, {@code &#8220;},
     * {@code &nbsp;}), named {@code "html-entities"}. Reported once per distinct reference.
     *
     * @return the cleaner
     */
    public static Cleaner htmlEntities() {
        return new HtmlEntityCleaner();
    }

    /**
     * Stray bullets at the start of lines ({@code •}, {@code ▪}, ...), named {@code "bullets"}.
     *
     * @return the cleaner
     */
    public static Cleaner bullets() {
        return new BulletCleaner();
    }

    /**
     * Widget and placeholder lines ("Oops!", "Something went wrong.", "Please try again later.",
     * "Advertisement", "Story continues below", ...), named {@code "page-noise"}.
     *
     * @return the cleaner
     */
    public static Cleaner pageNoise() {
        return new PageNoiseCleaner();
    }

    /**
     * Share, follow and newsletter prompts ("Share on Facebook", "Sign up for our newsletter", ...), named
     * {@code "social-prompts"}.
     *
     * @return the cleaner
     */
    public static Cleaner socialPrompts() {
        return new SocialPromptCleaner();
    }

    /**
     * "Read more" and "Related" link lines, named {@code "related-links"}.
     *
     * @return the cleaner
     */
    public static Cleaner relatedLinks() {
        return new RelatedLinksCleaner();
    }

    /**
     * Photo credit lines ("Photo by KCNA/UPI", "(AP Photo/...)", "REUTERS/..."), named {@code "photo-credits"}.
     *
     * @return the cleaner
     */
    public static Cleaner photoCredits() {
        return new PhotoCreditCleaner();
    }

    /**
     * A cleaner that removes every line whose text (stripped of surrounding spaces) the predicate accepts, and
     * reports each removed line. Blank lines are never offered to the predicate.
     *
     * @param name the name recorded with removals
     * @param isNoise the test; should be thread-safe and linear in the line length
     * @return the cleaner
     * @throws NullPointerException if an argument is null
     */
    public static Cleaner removingLines(String name, Predicate<String> isNoise) {
        return new LineCleaner(name, isNoise);
    }

    /**
     * A cleaner that removes every line whose stripped text fully matches the pattern.
     *
     * @param name the name recorded with removals
     * @param pattern matched against the whole stripped line; avoid nested quantifiers
     * @return the cleaner
     * @throws NullPointerException if an argument is null
     */
    public static Cleaner removingLinesMatching(String name, Pattern pattern) {
        Objects.requireNonNull(pattern, "pattern");
        return new LineCleaner(name, line -> pattern.matcher(line).matches());
    }
}
