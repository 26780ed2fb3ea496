package io.github.wirestory.internal.clean;

/**
 * Share, follow and newsletter prompts: "Share", "Share on Facebook", "Follow us on X",
 * "Sign up for our daily newsletter", "Subscribe now", "Copy link" and the like.
 */
public final class SocialPromptCleaner extends LineCleaner {
    /** The name recorded with removals. */
    public static final String NAME = "social-prompts";
    /** Compiled once: the matcher reuse in {@link PatternLines} is per pattern set. */
    private static final PatternLines LINES = new PatternLines(140,
            "(?i)(share|tweet|email|e-mail|print|save|copy link|copy|comment|comments|facebook|twitter|"
                    + "linkedin|whatsapp|reddit|pinterest|telegram|flipboard|messenger|x)"
                    + "( \\d{1,7})?",
            "(?i)(share|send) (this|on|via|to) [\\p{L} .,/+&-]{1,60}",
            "(?i)share this (article|story|page|post)\\.?",
            "(?i)(follow|like|join) (us|@\\S{1,40}|[\\p{L}.]{1,40}) on [\\p{L} ,.&/+-]{1,60}\\.?",
            "(?i)(sign up|subscribe|register)( now| today| here)?( for| to)?( (our|the|a))?"
                    + "[\\p{L}\\d ,.'’&-]{0,60}(newsletters?|alerts?|updates|briefing|emails?)"
                    + "[\\p{L}\\d ,.'’!&-]{0,60}",
            "(?i)(subscribe|sign up)( now| today| here)?[.!]?",
            "(?i)get (our|the) [\\p{L}\\d ,.'’&-]{0,40}newsletter[\\p{L}\\d ,.'’!&-]{0,60}",
            "(?i)(thank you for|thanks for) (signing up|subscribing)[\\p{L}\\d ,.'’!&-]{0,80}",
            "(?i)download (our|the) [\\p{L}\\d .'’&-]{1,40} app[\\p{L}\\d ,.'’!&-]{0,60}");

    /** Creates the cleaner. */
    public SocialPromptCleaner() {
        super(NAME, LINES);
    }
}
