package io.github.wirestory.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One parser shared by 8 threads over the corpus gives exactly the sequential results. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ThreadSafetyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 25;

    @Test
    void eightThreadsSharingOneParserGiveTheSequentialResults() throws Exception {
        WireStoryParser parser = WireStoryParser.defaults();
        List<String> inputs = new ArrayList<>(Corpus.stories().values());
        inputs.add(Corpus.seed());
        for (long seed = 0; seed < 40; seed++) {
            inputs.add(Generators.mutated(seed, inputs.subList(0, 20)));
        }
        sharedByEightThreads(inputs, in -> parser.parse(in, LocalDate.of(2026, 11, 26)));
    }

    /** HTML pages: jsoup, the HTML cleaners and the per-thread caches of the HTML pipeline. */
    @Test
    void eightThreadsSharingOneParserGiveTheSequentialResultsOnHtml() throws Exception {
        WireStoryParser parser = WireStoryParser.defaults();
        List<String> inputs = new ArrayList<>();
        for (String story : Corpus.stories().values()) {
            String[] blocks = story.strip().split("\n\n");
            StringBuilder page = new StringBuilder("<html><head><title>").append(blocks[0])
                    .append("</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>").append(blocks[0])
                    .append("</h1>");
            for (int i = 1; i < blocks.length; i++) {
                page.append("<p>").append(org.jsoup.nodes.Entities.escape(blocks[i])).append("</p>");
            }
            inputs.add(page.append("</article><footer>Copyright 2026</footer></body></html>").toString());
        }
        for (long seed = 0; seed < 40; seed++) {
            inputs.add(Generators.html(seed));
        }
        sharedByEightThreads(inputs, parser::parseHtml);
    }

    /** Every input parsed sequentially, then by 8 threads in shuffled orders: the same story every time. */
    private static void sharedByEightThreads(List<String> inputs, Function<String, WireStory> parse)
            throws Exception {
        List<WireStory> expected = new ArrayList<>();
        for (String in : inputs) {
            expected.add(parse.apply(in));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                Callable<Integer> worker = () -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < inputs.size(); i++) {
                        order.add(i);
                    }
                    start.await();
                    int checked = 0;
                    for (int round = 0; round < ROUNDS; round++) {
                        Collections.shuffle(order, new Random(seed * 1000 + round));
                        for (int i : order) {
                            WireStory got = parse.apply(inputs.get(i));
                            if (!got.equals(expected.get(i))) {
                                throw new AssertionError("thread " + seed + " round " + round + " input " + i
                                        + " differs from the sequential parse");
                            }
                            checked++;
                        }
                    }
                    return checked;
                };
                results.add(pool.submit(worker));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : results) {
                total += f.get(50, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(THREADS * ROUNDS * inputs.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCleanerThatParsesAgainOnTheSameThreadDisturbsNothing() {
        WireStoryParser plain = WireStoryParser.defaults();
        String seed = Corpus.seed();
        WireStory expected = plain.parse(seed);
        java.util.concurrent.atomic.AtomicReference<WireStory> inner = new java.util.concurrent.atomic.AtomicReference<>();
        WireStoryParser nesting = plain.toBuilder()
                .addCleaner(io.github.wirestory.clean.Cleaner.named("nested", (text, removals) -> {
                    inner.set(plain.parse(seed)); // reuses this thread's buffers while the outer parse runs
                    return text;
                }))
                .build();
        for (String story : Corpus.stories().values()) {
            assertThat(nesting.parse(story)).isEqualTo(plain.parse(story));
            assertThat(inner.get()).isEqualTo(expected);
        }
    }
}
