package io.github.wirestory.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wirestory.WireStoryParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MoreExamplesTest {
    @Test
    void batchCountsStoriesPerAgencyAndReportsProgress(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 120; i++) {
            String agency = i % 3 == 0 ? "UPI" : "Reuters";
            Files.writeString(dir.resolve("s" + i + ".txt"),
                    "Headline " + i + "\n\n" + agency + "\n\nBody of story " + i + ".");
        }
        Files.writeString(dir.resolve("plain.txt"), "Just a line.\nAnd another.");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, Long> counts = BatchExample.run(dir, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(counts).containsEntry("upi", 40L).containsEntry("reuters", 80L).containsEntry("unknown", 1L);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("parsed 100/121").contains("parsed 121/121");
    }

    @Test
    void jacksonDigest() throws IOException {
        String json = JacksonExample.digest(WireStoryParser.defaults()
                .parse("Quake jolts Tokyo\n\nTOKYO (Kyodo) -- A strong earthquake jolted Tokyo on Friday."));
        JsonNode node = StoryJson.mapper().readTree(json);
        assertThat(node.get("headline").asText()).isEqualTo("Quake jolts Tokyo");
        assertThat(node.get("paragraphs").get(0).get("text").asText())
                .isEqualTo("A strong earthquake jolted Tokyo on Friday.");
        assertThat(node.get("paragraphs").get(0).get("span").get("begin").asInt()).isPositive();

        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            JacksonExample.main(new String[0]);
        } finally {
            System.setOut(old);
        }
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("\"headline\" : \"Quake jolts Tokyo\"");
    }
}
