package io.github.wirestory.internal.clean;

/**
 * "Read more" and "Related" link lines: a label alone ("Related coverage", "READ MORE") or a label with a
 * colon and a linked title ("Read more: ...", "RELATED: ...", "See also: ...").
 */
public final class RelatedLinksCleaner extends LineCleaner {
    /** The name recorded with removals. */
    public static final String NAME = "related-links";
    /** Compiled once: the matcher reuse in {@link PatternLines} is per pattern set. */
    private static final PatternLines LINES = new PatternLines(220,
            "(?i)(read more|read next|read also|also read|related|related (coverage|stories|articles|content|"
                    + "news|links?|topics|reading|video)|see also|more on this( story)?|more from [\\p{L} .]{1,40}|"
                    + "recommended( (stories|reading|for you))?|trending( now| stories)?|latest headlines|"
                    + "most (read|popular|viewed)|top stories|you may also like|you might also like|"
                    + "what to read next)\\s?[:»>›]?",
            "(?i)(read more|read next|read also|also read|see also|related|related (coverage|stories|articles|"
                    + "video)|watch|listen|more|explainer)\\s?[:|»>›] .{1,200}",
            "(READ MORE|RELATED|ALSO READ|MORE|WATCH) .{1,200}");

    /** Creates the cleaner. */
    public RelatedLinksCleaner() {
        super(NAME, LINES);
    }
}
