package io.github.wirestory.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.model.Removal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link HtmlPipeline#crossCheck} decides as a plain count of every stated word found among the extracted words. */
class CrossCheckTest {
    private static final String[] WORDS = {"minister", "said", "on", "tuesday", "the", "vote", "Berlin", "Kyiv",
        "2024", "über", "économie", "talks", "—", "...", "ceasefire", "(dpa)", "", "!!"};

    /**
     * The decision by the definition: a stated body under 300 chars is not read, else at least half of the stated
     * key's words are among the paragraphs' words.
     */
    private static boolean keeps(List<String> paragraphs, String stated) {
        if (stated.length() < 300) {
            return true;
        }
        Set<String> got = new HashSet<>();
        for (String p : paragraphs) {
            got.addAll(Arrays.asList(Text.key(p).split(" ")));
        }
        String[] want = Text.key(stated).split(" ");
        int hit = 0;
        for (String w : want) {
            if (got.contains(w)) {
                hit++;
            }
        }
        return hit * 2 >= want.length;
    }

    private static String words(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(8) == 0 ? ", " : " ");
        }
        return sb.toString();
    }

    @Test
    void decidesAsTheWordCountOnRandomBodies() {
        Random r = new Random(7);
        int replaced = 0;
        for (int i = 0; i < 3000; i++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = r.nextInt(7); p > 0; p--) {
                paragraphs.add(r.nextInt(10) == 0 ? "***" : words(r, 1 + r.nextInt(9)));
            }
            String stated = (r.nextBoolean() ? words(r, 60 + r.nextInt(40)) : "— ... !! ".repeat(40)) + "\nline";
            BodyExtractor.Body body = new BodyExtractor.Body(paragraphs, List.of());
            List<Removal> removed = new ArrayList<>();
            BodyExtractor.Body out = HtmlPipeline.crossCheck(body, Optional.of(stated), removed);
            boolean kept = out == body;
            assertThat(kept).as("%s / %s", paragraphs, stated).isEqualTo(keeps(paragraphs, stated));
            assertThat(removed).hasSize(kept ? 0 : paragraphs.size());
            replaced += kept ? 0 : 1;
        }
        assertThat(replaced).isBetween(100, 2900); // both outcomes are exercised
    }

    @Test
    void exactlyHalfFoundKeepsTheBody() {
        String stated = "alpha beta gamma delta ".repeat(20); // 80 words, 4 distinct
        BodyExtractor.Body half = new BodyExtractor.Body(List.of("alpha beta"), List.of());
        assertThat(HtmlPipeline.crossCheck(half, Optional.of(stated), new ArrayList<>())).isSameAs(half);
        BodyExtractor.Body under = new BodyExtractor.Body(List.of("alpha"), List.of());
        assertThat(HtmlPipeline.crossCheck(under, Optional.of(stated), new ArrayList<>()).paragraphs())
                .containsExactly(stated.strip());
    }
}
