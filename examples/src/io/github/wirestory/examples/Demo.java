package io.github.wirestory.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo: {@code mvn -q test-compile exec:java} parses the bundled seed article and prints it as JSON;
 * {@code -Dexec.args="PATH ..."} parses each file (or every file in each directory, sorted by name) and
 * prints one JSON object per file per line (JSON Lines) on stdout, nothing else. A file that cannot be read
 * or parsed gives {@code {"source": ..., "error": ...}} and the run goes on.
 */
public final class Demo {
    /** The article bundled with the examples. */
    public static final String SEED = "examples/upi-kim-shoigu.txt";

    private Demo() {}

    /**
     * @param args files or directories; none to parse the bundled seed
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (System.getProperty("maven.home") != null) {
            // Maven 3.8.7 in batch mode writes an ANSI reset code to stdout before our output; an empty first
            // line keeps the first JSON object on a line of its own (JSON Lines readers skip blank lines).
            out.println();
        }
        run(args.length == 0 ? new String[] {SEED} : args, out);
        out.flush();
    }

    /**
     * Parses each path and prints one JSON line per file.
     *
     * @param args files or directories
     * @param out where the JSON lines go
     */
    public static void run(String[] args, PrintStream out) {
        WireStoryParser parser = WireStoryParser.defaults();
        for (String arg : args) {
            for (String file : expand(arg)) {
                out.println(parseOne(parser, file));
            }
        }
    }

    static String parseOne(WireStoryParser parser, String file) {
        try {
            try {
                String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
                WireStory story = isHtml(file, text) ? parser.parseHtml(text) : parser.parse(text);
                return StoryJson.mapper().writeValueAsString(StoryJson.toJson(file, story));
            } catch (IOException | RuntimeException e) {
                return StoryJson.mapper().writeValueAsString(StoryJson.error(file, e.toString()));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether a file is a web page: its name ends in {@code .html} or {@code .htm}, or its content starts like
     * markup ({@code <!DOCTYPE html}, {@code <html}, {@code <head}, {@code <body}, {@code <meta}, {@code <?xml},
     * or an HTML comment), after white space and a byte-order mark.
     */
    static boolean isHtml(String file, String text) {
        String name = file.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return true;
        }
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\ufeff')) {
            i++;
        }
        String head = text.substring(i, Math.min(text.length(), i + 20)).toLowerCase(java.util.Locale.ROOT);
        for (String start : new String[] {"<!doctype", "<html", "<head", "<body", "<meta", "<?xml", "<!--"}) {
            if (head.startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    /** A directory becomes its regular files (recursively, sorted); anything else stays as given. */
    static List<String> expand(String arg) {
        Path p = Path.of(arg);
        if (!Files.isDirectory(p)) {
            return List.of(arg);
        }
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(p)) {
            walk.filter(Files::isRegularFile).map(Path::toString).sorted().forEach(files::add);
        } catch (IOException e) {
            return List.of(arg);
        }
        return files;
    }
}
