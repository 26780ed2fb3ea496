package io.github.wirestory.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's example is the code of {@link QuickStart}, and its shown output is what the code prints. */
class QuickStartTest {
    private static String between(String s, String start, String end) {
        int a = s.indexOf(start);
        int b = s.indexOf(end, a);
        assertThat(a).as(start).isNotNegative();
        assertThat(b).as(end).isGreaterThan(a);
        return s.substring(a + start.length(), b);
    }

    private static String strip(String block) {
        StringBuilder sb = new StringBuilder();
        for (String line : block.split("\n")) {
            if (!line.isBlank()) {
                sb.append(line.strip()).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void readmeShowsTheExampleCodeAndItsOutput() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String source = Files.readString(Path.of("examples/src/io/github/wirestory/examples/QuickStart.java"),
                StandardCharsets.UTF_8);
        String code = between(source, "// README example start\n", "        // README example end");
        assertThat(strip(readme)).contains(strip(code));

        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            QuickStart.main(new String[0]);
        } finally {
            System.setOut(old);
        }
        String output = buf.toString(StandardCharsets.UTF_8);
        String shown = between(readme, "<!-- output start -->\n```text\n", "```\n<!-- output end -->");
        assertThat(output).isEqualTo(shown);
    }
}
