package io.github.wirestory.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Lower-case keys, looked up with a region of a string whose ASCII letters may be in either case: the lookup
 * {@code map.get(s.substring(b, e).toLowerCase(Locale.ROOT))} for an all-ASCII region, without the copy (names
 * and words are looked up often, and most are no key). An open-addressing table over the keys that are all
 * ASCII: a region that is not is left to the caller. Immutable and thread-safe.
 *
 * @param <V> the values
 */
public final class AsciiKeys<V> {
    private final String[] keys;
    private final List<V> values;
    private final int mask;
    private final int maxLength;

    /** @param lowerCaseKeys the map, its keys in lower case (a key with other chars is left out) */
    public AsciiKeys(Map<String, V> lowerCaseKeys) {
        int size = Integer.highestOneBit(Math.max(4, lowerCaseKeys.size() * 4) - 1) << 1;
        this.keys = new String[size];
        List<V> found = new ArrayList<>(Collections.nCopies(size, null));
        this.mask = size - 1;
        int longest = 0;
        for (Map.Entry<String, V> e : lowerCaseKeys.entrySet()) {
            String k = e.getKey();
            if (!isAscii(k, 0, k.length())) {
                continue;
            }
            int slot = hash(k, 0, k.length()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = k;
            found.set(slot, e.getValue());
            longest = Math.max(longest, k.length());
        }
        this.values = Collections.unmodifiableList(found);
        this.maxLength = longest;
    }

    /**
     * Whether every char of {@code s[b, e)} is ASCII.
     *
     * @param s the text
     * @param b where the region starts
     * @param e where it ends
     * @return true if {@link #get} may be asked about the region
     */
    public static boolean isAscii(CharSequence s, int b, int e) {
        for (int i = b; i < e; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value of the key {@code s[b, e)} lower-cased.
     *
     * @param s the text
     * @param b where the region starts
     * @param e where it ends; the region is all ASCII ({@link #isAscii})
     * @return the value, or null when the region is no key
     */
    public V get(String s, int b, int e) {
        if (e - b > maxLength) {
            return null;
        }
        for (int slot = hash(s, b, e) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (lowerEquals(s, b, e, keys[slot])) {
                return values.get(slot);
            }
        }
        return null;
    }

    private static int hash(String s, int b, int e) {
        int h = 0;
        for (int i = b; i < e; i++) {
            h = 31 * h + lower(s.charAt(i));
        }
        return h ^ (h >>> 16);
    }

    private static boolean lowerEquals(String s, int b, int e, String key) {
        if (key.length() != e - b) {
            return false;
        }
        for (int i = b; i < e; i++) {
            if (lower(s.charAt(i)) != key.charAt(i - b)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
