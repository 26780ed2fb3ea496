package io.github.wirestory.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real-format story corpus ({@code src/test/resources/corpus/*.txt}, invented text) and the seed article,
 * read from the module's base directory (the working directory of Surefire and of the JMH runner).
 */
public final class Corpus {
    /** Where the corpus lives, relative to the project base directory. */
    public static final Path DIR = Path.of("src/test/resources/corpus");
    /** The seed article (a byte-for-byte copy of {@code shared/corpus/seed}). */
    public static final Path SEED = Path.of("examples/upi-kim-shoigu.txt");

    private Corpus() {}

    /**
     * Every corpus story, by file name, in name order.
     *
     * @return file name to text
     */
    public static Map<String, String> stories() {
        try (Stream<Path> files = Files.list(DIR)) {
            Map<String, String> out = new LinkedHashMap<>();
            files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted()
                    .forEach(p -> out.put(p.getFileName().toString(), read(p)));
            if (out.isEmpty()) {
                throw new IllegalStateException("no stories in " + DIR.toAbsolutePath());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The seed article.
     *
     * @return its text
     */
    public static String seed() {
        return read(SEED);
    }

    /**
     * Reads a UTF-8 file.
     *
     * @param p the path
     * @return its text
     */
    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
