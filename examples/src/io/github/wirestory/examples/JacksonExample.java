package io.github.wirestory.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;
import io.github.wirestory.model.Paragraph;
import java.util.List;

/**
 * Serialising results with Jackson. The library does not depend on Jackson; its records serialise with no
 * annotations. {@code Optional} and {@code java.time} values need Jackson's jdk8/jsr310 modules, so for a
 * whole {@link WireStory} map it to your own shape, as {@link StoryJson} does, or serialise the plain records.
 */
public final class JacksonExample {
    private JacksonExample() {}

    /** A shape of your own: here, the headline and the paragraphs. */
    public record Digest(String headline, List<Paragraph> paragraphs) {}

    /**
     * @param story a parsed story
     * @return the digest as JSON
     * @throws JsonProcessingException never, for these records
     */
    public static String digest(WireStory story) throws JsonProcessingException {
        ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        return mapper.writeValueAsString(new Digest(story.headline().orElse(""), story.paragraphs()));
    }

    /**
     * @param args unused
     * @throws JsonProcessingException never
     */
    public static void main(String[] args) throws JsonProcessingException {
        WireStory story = WireStoryParser.defaults()
                .parse("Quake jolts Tokyo\n\nTOKYO (Kyodo) -- A strong earthquake jolted Tokyo on Friday.");
        System.out.println(digest(story));
    }
}
