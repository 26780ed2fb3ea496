package io.github.wirestory.clean;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One step of the text-cleaning chain that runs before a story is parsed. A cleaner takes the whole text and
 * returns the cleaned text, reporting what it removed or rewrote to the {@link Removals} it is given; the
 * parser copies those reports, with the cleaner's {@link #name()}, into
 * {@link io.github.wirestory.WireStory#removed()}.
 *
 * <p>If a cleaner changes the text but reports nothing, the parser records the changed region itself, so
 * nothing ever disappears silently. A cleaner that throws, or returns {@code null}, fails the parse with a
 * {@link io.github.wirestory.CleanerException} naming it.
 *
 * <pre>{@code
 * Cleaner dropSponsored = Cleaner.named("sponsored", (text, removals) ->
 *     text.replace("Sponsored content\n", ""));            // the parser records the removal
 * WireStoryParser parser = WireStoryParser.builder().addCleaner(dropSponsored).build();
 * }</pre>
 *
 * <p>Cleaners must be thread-safe (a parser is shared between threads), and should run in linear time.
 * For line-based rules, {@link Cleaners#removingLines(String, java.util.function.Predicate)} does the
 * bookkeeping.
 */
@FunctionalInterface
public interface Cleaner {

    /**
     * Cleans the text.
     *
     * @param text the text so far, never null
     * @param removals where to report each piece of text removed or rewritten
     * @return the cleaned text, never null
     */
    String clean(String text, Removals removals);

    /**
     * The name recorded with each removal. By default the simple class name; lambdas should be wrapped
     * with {@link #named(String, Cleaner)}.
     *
     * @return a short, stable name
     */
    default String name() {
        String simple = getClass().getSimpleName();
        int lambda = simple.indexOf("$$Lambda");
        return lambda > 0 ? simple.substring(0, lambda) : simple;
    }

    /**
     * Gives a cleaner a name.
     *
     * @param name the name recorded with its removals
     * @param cleaner the cleaner
     * @return a cleaner that delegates to {@code cleaner} and reports {@code name}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    static Cleaner named(String name, Cleaner cleaner) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cleaner, "cleaner");
        if (name.isBlank()) {
            throw new IllegalArgumentException("cleaner name must not be blank");
        }
        return new Cleaner() {
            @Override
            public String clean(String text, Removals removals) {
                return cleaner.clean(text, removals);
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public String toString() {
                return "Cleaner[" + name + "]";
            }
        };
    }

    /**
     * Makes a cleaner from a plain text function. The parser records whatever the function changes.
     *
     * @param name the name recorded with its removals
     * @param function the text transformation
     * @return the cleaner
     * @throws NullPointerException if an argument is null
     */
    static Cleaner of(String name, UnaryOperator<String> function) {
        Objects.requireNonNull(function, "function");
        return named(name, (text, removals) -> function.apply(text));
    }
}
