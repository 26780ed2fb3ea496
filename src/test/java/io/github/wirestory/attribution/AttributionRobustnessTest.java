package io.github.wirestory.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;
import io.github.wirestory.model.Claim;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One parser shared by threads gives the same claims; a Turkish default locale changes nothing. */
class AttributionRobustnessTest {
    private static final Path SEED = Path.of("examples/upi-kim-shoigu.txt");

    private static List<String> summary(WireStory s) {
        return s.claims().stream().map(c -> c.paragraph() + "|" + c.source().id().orElse("") + "|" + c.cue()
                + "|" + c.quotes().size()).toList();
    }

    @Test
    void sharedParserIsThreadSafe() throws Exception {
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        WireStoryParser parser = WireStoryParser.defaults();
        List<String> expected = summary(parser.parse(text));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> fs = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                fs.add(pool.submit(() -> summary(parser.parse(text))));
            }
            for (Future<List<String>> f : fs) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void turkishLocaleDoesNotChangeMatching() throws Exception {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            WireStory s = Stories.body("The drill ended, the official IRNA news agency said.",
                    "Militants were killed, ISNA said. ILNA said the site was intact.");
            List<Claim> cs = Stories.state(s);
            assertThat(cs).extracting(c -> c.source().id().orElse("")).containsExactly("irna", "isna", "ilna");
            WireStory seed = WireStoryParser.defaults().parse(Files.readString(SEED, StandardCharsets.UTF_8));
            assertThat(Stories.state(seed)).hasSize(7);
        } finally {
            Locale.setDefault(saved);
        }
    }
}
