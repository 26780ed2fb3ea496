package io.github.wirestory.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link KeyWords} against a {@link HashSet} of {@code key.split(" ")}, as the cross-check used to count. */
class KeyWordsTest {
    @Test
    void countsWordsAsSplitAndHashSetDo() {
        Random random = new Random(7);
        String[] vocabulary = {"the", "dpa", "said", "on", "tuesday", "2026", "minister", "a", "berlin", "x1",
            "ministerin", "zurich", "said2", "é", "straße"};
        for (int round = 0; round < 300; round++) {
            List<String> paragraphs = new ArrayList<>();
            int count = random.nextInt(6);
            for (int p = 0; p < count; p++) {
                paragraphs.add(Text.key(words(random, vocabulary, random.nextInt(40))));
            }
            String stated = Text.key(words(random, vocabulary, random.nextInt(80)));
            KeyWords got = new KeyWords();
            Set<String> reference = new HashSet<>();
            for (String p : paragraphs) {
                got.addAll(p);
                reference.addAll(Arrays.asList(p.split(" ")));
            }
            String[] want = stated.split(" ");
            int hit = 0;
            for (String w : want) {
                if (reference.contains(w)) {
                    hit++;
                }
            }
            assertThat(got.hits(stated)).as("%s / %s", paragraphs, stated).containsExactly(hit, want.length);
        }
    }

    @Test
    void emptyKeysHaveTheEmptyWord() {
        KeyWords got = new KeyWords();
        assertThat(got.hits("")).containsExactly(0, 1);
        got.addAll("");
        assertThat(got.hits("")).containsExactly(1, 1);
        assertThat(got.hits("a b")).containsExactly(0, 2);
        got.addAll("a b a");
        assertThat(got.hits("a b c a")).containsExactly(3, 4);
        assertThat(got.contains("xa bx", 1, 4)).isFalse();
        assertThat(got.contains("xa bx", 1, 2)).isTrue();
    }

    @Test
    void growsPastItsFirstTable() {
        KeyWords got = new KeyWords();
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            key.append(i == 0 ? "" : " ").append("w").append(i);
        }
        got.addAll(key.toString());
        assertThat(got.hits(key.toString())).containsExactly(5000, 5000);
        assertThat(got.hits("w0 w4999 w5000 w")).containsExactly(2, 4);
    }

    private static String words(Random random, String[] vocabulary, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(random.nextInt(8) == 0 ? " , " : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return sb.toString();
    }
}
