package io.github.wirestory.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's JSON Lines contract: one object per file, fields as documented in docs/json.md. */
class DemoTest {
    private static List<JsonNode> run(String... args) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Demo.run(args, new PrintStream(buf, true, StandardCharsets.UTF_8));
        List<JsonNode> out = new java.util.ArrayList<>();
        for (String line : buf.toString(StandardCharsets.UTF_8).split("\n")) {
            out.add(StoryJson.mapper().readTree(line));
        }
        return out;
    }

    @Test
    void seedAsJson() throws IOException {
        JsonNode o = run(Demo.SEED).get(0);
        assertThat(o.get("source").asText()).isEqualTo(Demo.SEED);
        assertThat(o.get("headline").asText()).startsWith("Kim Jong Un shows off");
        assertThat(o.get("byline").isNull()).isTrue();
        assertThat(o.get("agency").get("id").asText()).isEqualTo("upi");
        assertThat(o.get("agency").get("asWritten").asText()).isEqualTo("UPI");
        JsonNode d = o.get("dateline");
        assertThat(d.get("text").asText()).isEqualTo("July 27 (UPI) --");
        assertThat(d.get("location").isNull()).isTrue();
        assertThat(d.get("month").asInt()).isEqualTo(7);
        assertThat(d.get("day").asInt()).isEqualTo(27);
        assertThat(d.get("date").isNull()).isTrue();
        assertThat(o.get("paragraphs")).hasSize(14);
        assertThat(o.get("quotes").isArray()).isTrue();
        assertThat(o.get("claims").isArray()).isTrue();
        assertThat(o.get("removed").get(0).has("cleaner")).isTrue();
        assertThat(o.get("diagnostics").isArray()).isTrue();
    }

    @Test
    void directoryGivesOneLinePerFileAndErrorsDoNotStopTheRun(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Headline A\n\nWASHINGTON (AP) — Body A.");
        Files.writeString(dir.resolve("b.txt"), "Headline B\n\nBody B.");
        String missing = dir.resolve("missing.txt").toString();
        List<JsonNode> out = run(dir.toString(), missing);
        assertThat(out).hasSize(3);
        assertThat(out.get(0).get("headline").asText()).isEqualTo("Headline A");
        assertThat(out.get(1).get("headline").asText()).isEqualTo("Headline B");
        assertThat(out.get(2).get("source").asText()).isEqualTo(missing);
        assertThat(out.get(2).get("error").asText()).contains("NoSuchFile");
    }
}
