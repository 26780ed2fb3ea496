package io.github.wirestory.examples;

import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;

/** The README's usage example, kept compiling and running by {@code QuickStartTest}. */
public final class QuickStart {
    private QuickStart() {}

    /**
     * Parses a short story and prints its parts.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        // README example start
        String text = "Seoul shares close higher\n\nUPI\n\n"
                + "SEOUL, June 3 (UPI) -- South Korean stocks rose on Monday, the exchange said.\n\n"
                + "Advertisement\n\nForeign investors were net buyers.";
        WireStory story = WireStoryParser.defaults().parse(text);
        System.out.println(story.headline().orElse("-"));            // Seoul shares close higher
        System.out.println(story.agency().orElseThrow().agency().name()); // United Press International
        story.dateline().ifPresent(d -> System.out.println(d.text() + " | " + d.location().orElse("")
                + " | " + d.monthDay().orElseThrow()));              // SEOUL, June 3 (UPI) -- | SEOUL | --06-03
        story.paragraphs().forEach(p -> System.out.println(p.index() + ": " + p.text()));
        story.removed().forEach(r -> System.out.println("removed by " + r.cleaner() + ": " + r.text()));
        // README example end
    }
}
