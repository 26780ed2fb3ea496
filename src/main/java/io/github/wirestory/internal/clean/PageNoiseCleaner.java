package io.github.wirestory.internal.clean;

/**
 * Widget and placeholder lines that syndication pages leave in scraped copy: "Oops! / Something went wrong. /
 * Please try again later.", "Advertisement", "Story continues below", "Loading..." and the like.
 */
public final class PageNoiseCleaner extends LineCleaner {
    /** The name recorded with removals. */
    public static final String NAME = "page-noise";
    /** Compiled once: the matcher reuse in {@link PatternLines} is per pattern set. */
    private static final PatternLines LINES = new PatternLines(90,
            "(?i)oops!?",
            "(?i)something went wrong\\.?( please try again( later)?\\.?)?",
            "(?i)please try again later\\.?",
            "(?i)(advertisement|advertising|sponsored( content)?|ad|skip ad|paid content)",
            "(?i)(story|article) continues (below|after)( (this )?(advertisement|ad))?\\.?",
            "(?i)continue reading( the main story| below)?\\.?",
            "(?i)(content|video) continues below\\.?",
            "(?i)loading\\s?(\\.\\.\\.|…)?",
            "(?i)(listen|listen to this article|listen to this story)( \\d{1,2} min(utes?)?)?",
            "(?i)please enable javascript.{0,60}",
            "(?i)this video (has failed to load|is unavailable).{0,40}",
            "(?i)(play|watch) video",
            "(?i)scroll (down )?to continue( reading)?\\.?",
            "(?i)close|×|x|back to top|top of page");

    /** Creates the cleaner. */
    public PageNoiseCleaner() {
        super(NAME, LINES);
    }
}
