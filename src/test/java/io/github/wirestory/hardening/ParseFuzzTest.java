package io.github.wirestory.hardening;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.wirestory.InputTooLargeException;
import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.Jsoup;

/**
 * The Jazzer fuzz target. Under {@code mvn verify} it runs in regression mode: once per committed seed in
 * {@code src/test/resources/io/github/wirestory/hardening/ParseFuzzTestInputs/parse/} (real-format stories and
 * crashers found so far) plus the empty input. To fuzz for real, by hand (about 3 GB of memory, 60 s):
 * {@code JAZZER_FUZZ=1 mvn -B test -Dtest=ParseFuzzTest -Djazzer.hooks=true}; a finding is saved as
 * {@code crash-<sha1>} in that seed folder and becomes a regression seed (see {@code docs/reliability.md}).
 *
 * <p>{@link #parseHtml} does the same for HTML, over the seeds in {@code ParseFuzzTestInputs/parseHtml/}; to
 * fuzz it: {@code JAZZER_FUZZ=1 mvn -B test -Dtest=ParseFuzzTest#parseHtml -Djazzer.hooks=true}.
 *
 * <p>For any input the parse returns a story meeting {@link StoryInvariants}, the same story every time; only
 * input over the configured limit throws, and then {@link InputTooLargeException}.
 */
class ParseFuzzTest {
    private static final WireStoryParser PARSER = WireStoryParser.builder().maxInputLength(64 * 1024).build();

    @FuzzTest(maxDuration = "60s")
    void parse(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        WireStory story;
        try {
            story = PARSER.parse(text);
        } catch (InputTooLargeException e) {
            if (text.length() <= PARSER.maxInputLength()) {
                throw new AssertionError("limit exceeded for " + text.length() + " chars", e);
            }
            return;
        }
        StoryInvariants.check(story);
        if (!PARSER.parse(text).equals(story)) {
            throw new AssertionError("parse is not deterministic");
        }
        StoryInvariants.check(PARSER.parse(text, LocalDate.of(2026, 11, 26)));
        // the same bytes read as UTF-16 code units: reaches lone surrogates, which UTF-8 decoding never yields
        char[] units = new char[data.length / 2];
        for (int i = 0; i < units.length; i++) {
            units[i] = (char) ((data[2 * i] & 0xFF) << 8 | (data[2 * i + 1] & 0xFF));
        }
        StoryInvariants.check(PARSER.parse(new String(units)));
    }

    /**
     * The HTML entry point: seeds in {@code ParseFuzzTestInputs/parseHtml/} (small pages in the shapes news
     * sites use). Any bytes give a story meeting the invariants, the same every time, and the same through
     * {@code parse(Document)}; jsoup's tree depth limit and the pipeline's iterative traversals mean no
     * {@link StackOverflowError}.
     */
    @FuzzTest(maxDuration = "60s")
    void parseHtml(byte[] data) {
        String html = new String(data, StandardCharsets.UTF_8);
        WireStory story;
        try {
            story = PARSER.parseHtml(html, "https://example.com/2023/07/27/story.html");
        } catch (InputTooLargeException e) {
            if (html.length() <= PARSER.maxInputLength()) {
                throw new AssertionError("limit exceeded for " + html.length() + " chars", e);
            }
            return;
        }
        StoryInvariants.check(story);
        if (!PARSER.parseHtml(html, "https://example.com/2023/07/27/story.html").equals(story)) {
            throw new AssertionError("parseHtml is not deterministic");
        }
        if (!PARSER.parse(Jsoup.parse(html, "https://example.com/2023/07/27/story.html")).equals(story)) {
            throw new AssertionError("parse(Document) differs from parseHtml");
        }
    }
}
