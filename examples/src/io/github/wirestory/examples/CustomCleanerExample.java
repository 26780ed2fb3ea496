package io.github.wirestory.examples;

import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;
import io.github.wirestory.clean.Cleaner;
import io.github.wirestory.clean.Cleaners;
import io.github.wirestory.clean.Removals;
import java.util.regex.Pattern;

/**
 * Writing your own cleaners: a line rule built with {@link Cleaners#removingLines}, a pattern rule, and a
 * hand-written {@link Cleaner} that reports what it removes. All run after the default chain.
 */
public final class CustomCleanerExample {
    private CustomCleanerExample() {}

    /** Removes a syndication site's "This story was provided by ..." footer, reporting it. */
    public static final class ProvidedByFooter implements Cleaner {
        private static final String MARK = "This story was provided by ";

        @Override
        public String name() {
            return "provided-by-footer";
        }

        @Override
        public String clean(String text, Removals removals) {
            int at = text.lastIndexOf(MARK);
            if (at < 0) {
                return text;
            }
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            removals.removed(text.substring(at, end));
            return text.substring(0, at) + text.substring(end);
        }
    }

    /**
     * A parser with the default cleaners plus three of our own.
     *
     * @return the parser
     */
    public static WireStoryParser parser() {
        return WireStoryParser.builder()
                .addCleaner(Cleaners.removingLines("sponsored", line -> line.startsWith("Sponsored by ")))
                .addCleaner(Cleaners.removingLinesMatching("quote-delay",
                        Pattern.compile("(?i)(market )?data delayed (by )?\\d{1,2} min(ute)?s?\\.?")))
                .addCleaner(new ProvidedByFooter())
                .build();
    }

    /**
     * Parses a story with the custom chain and prints what was removed, by which cleaner.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        String text = String.join("\n",
                "Seoul stocks close higher",
                "Sponsored by Example Bank",
                "SEOUL, June 3 (Yonhap) -- Seoul shares closed higher on Monday.",
                "Market data delayed 15 minutes.",
                "This story was provided by Example Syndication.");
        WireStory story = parser().parse(text);
        story.paragraphs().forEach(p -> System.out.println("paragraph: " + p.text()));
        story.removed().forEach(r -> System.out.println(r.cleaner() + " removed: " + r.text()));
    }
}
