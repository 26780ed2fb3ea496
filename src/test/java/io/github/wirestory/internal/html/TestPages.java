package io.github.wirestory.internal.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;

/** Pages the HTML tests check their readings on: the repository's test pages, and real pages from ../shared. */
final class TestPages {
    private TestPages() {}

    /** The pages of {@code src/test/resources/html}, parsed. */
    static List<Document> ours() throws IOException {
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> pages = Files.list(Path.of("src/test/resources/html"))) {
            for (Path p : pages.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                docs.add(Jsoup.parse(Files.readString(p)));
            }
        }
        return docs;
    }

    /** The first {@code limit} Zyte benchmark pages, parsed; the test is skipped when ../shared is absent. */
    static List<Document> real(int limit) throws IOException {
        Path dir = Path.of("../shared/corpus/zyte-benchmark/html");
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared not present");
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".html.gz")).sorted().limit(limit).toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                    docs.add(Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        }
        return docs;
    }
}
