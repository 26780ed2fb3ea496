package io.github.wirestory.examples;

import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A batch over a directory: one shared parser, a parallel stream, a progress line on stderr, and a
 * per-agency count at the end. The parser is immutable and thread-safe, so the stream's workers share it.
 *
 * <pre>{@code
 * mvn -q test-compile exec:java -Dexec.mainClass=io.github.wirestory.examples.BatchExample -Dexec.args=DIR
 * }</pre>
 */
public final class BatchExample {
    private BatchExample() {}

    /**
     * Parses every regular file under {@code dir} in parallel.
     *
     * @param dir the directory
     * @param progress where the progress line goes (stderr in {@link #main})
     * @return the number of stories per agency id ({@code "unknown"} when none was found)
     * @throws IOException if the directory cannot be listed
     */
    public static Map<String, Long> run(Path dir, PrintStream progress) throws IOException {
        WireStoryParser parser = WireStoryParser.defaults();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        AtomicInteger done = new AtomicInteger();
        Map<String, Long> byAgency = files.parallelStream()
                .map(file -> {
                    WireStory story = parser.parse(read(file));
                    int n = done.incrementAndGet();
                    if (n % 100 == 0 || n == files.size()) {
                        synchronized (progress) {
                            progress.print("\rparsed " + n + "/" + files.size());
                            progress.flush();
                        }
                    }
                    return story.agency().map(a -> a.agency().id()).orElse("unknown");
                })
                .collect(Collectors.groupingByConcurrent(id -> id, Collectors.counting()));
        progress.println();
        return new java.util.TreeMap<>(byAgency);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param args one directory
     * @throws IOException if the directory cannot be listed
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples");
        run(dir, System.err).forEach((agency, count) -> System.out.println(agency + "\t" + count));
    }
}
