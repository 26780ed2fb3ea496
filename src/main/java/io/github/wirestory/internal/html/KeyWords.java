package io.github.wirestory.internal.html;

import java.util.Arrays;

/**
 * A set of the words of {@link Text#key keys} (single-spaced, no space at either end), kept as regions of the
 * keys themselves: what {@code set.addAll(Arrays.asList(key.split(" ")))} and {@code set.contains(word)} give,
 * without a string per word or a hash set entry per word. An empty key has one word, the empty one (as
 * {@code "".split(" ")} gives). Not thread-safe.
 */
final class KeyWords {
    private String[] keys = new String[16];
    private int keyCount;
    /** Each stored word: its key's index, start and end, by slot (open addressing); -1 when the slot is free. */
    private int[] slotKey = new int[64];
    private int[] slotFrom = new int[64];
    private int[] slotTo = new int[64];
    private int[] slotHash = new int[64];
    private int size;

    KeyWords() {
        Arrays.fill(slotKey, -1);
    }

    /** Adds the words of a key. */
    void addAll(String key) {
        if (keyCount == keys.length) {
            keys = Arrays.copyOf(keys, keyCount * 2);
        }
        int k = keyCount++;
        keys[k] = key;
        int n = key.length();
        int from = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || key.charAt(i) == ' ') {
                add(k, from, i);
                from = i + 1;
            }
        }
    }

    /** Whether the word {@code s[from, to)} is in the set. */
    boolean contains(String s, int from, int to) {
        int h = hash(s, from, to);
        int mask = slotKey.length - 1;
        for (int i = spread(h) & mask; slotKey[i] >= 0; i = (i + 1) & mask) {
            if (slotHash[i] == h && slotTo[i] - slotFrom[i] == to - from
                    && keys[slotKey[i]].regionMatches(slotFrom[i], s, from, to - from)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many of the words of {@code key} (counted with repeats) are in the set, and how many words it has:
     * {@code {hits, words}}.
     */
    int[] hits(String key) {
        int hit = 0;
        int words = 0;
        int n = key.length();
        int from = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || key.charAt(i) == ' ') {
                words++;
                if (contains(key, from, i)) {
                    hit++;
                }
                from = i + 1;
            }
        }
        return new int[] {hit, words};
    }

    private void add(int k, int from, int to) {
        String key = keys[k];
        if (contains(key, from, to)) {
            return;
        }
        if (2 * (size + 1) > slotKey.length) {
            grow();
        }
        insert(k, from, to, hash(key, from, to));
        size++;
    }

    private void insert(int k, int from, int to, int h) {
        int mask = slotKey.length - 1;
        int i = spread(h) & mask;
        while (slotKey[i] >= 0) {
            i = (i + 1) & mask;
        }
        slotKey[i] = k;
        slotFrom[i] = from;
        slotTo[i] = to;
        slotHash[i] = h;
    }

    private void grow() {
        int[] oldKey = slotKey;
        int[] oldFrom = slotFrom;
        int[] oldTo = slotTo;
        int[] oldHash = slotHash;
        int cap = oldKey.length * 2;
        slotKey = new int[cap];
        Arrays.fill(slotKey, -1);
        slotFrom = new int[cap];
        slotTo = new int[cap];
        slotHash = new int[cap];
        for (int i = 0; i < oldKey.length; i++) {
            if (oldKey[i] >= 0) {
                insert(oldKey[i], oldFrom[i], oldTo[i], oldHash[i]);
            }
        }
    }

    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
