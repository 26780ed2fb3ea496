package io.github.wirestory.internal.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The words of an element's {@code class} and {@code id}: split on anything but letters and digits and on
 * camel-case humps, lower-cased. {@code "articleBody share-bar__item"} gives {@code article, body, share,
 * bar, item}. Bounded: at most {@value #MAX_CHARS} chars of attributes are read.
 */
final class ClassWords {
    static final int MAX_CHARS = 300;

    private ClassWords() {}

    /** Per-parse caches, set by {@link HtmlPipeline} for the duration of one parse on this thread. */
    private static final ThreadLocal<Map<Element, List<String>>> CACHE = new ThreadLocal<>();

    /** Starts caching words on this thread; {@link #endCache()} must follow. */
    static void startCache() {
        CACHE.set(new IdentityHashMap<>());
    }

    static void endCache() {
        CACHE.remove();
        Boilerplate.forget();
    }

    static boolean caching() {
        return CACHE.get() != null;
    }

    static List<String> of(Element e) {
        if (e.attributesSize() == 0) {
            return List.of();
        }
        String cls = e.attr("class");
        String id = e.attr("id");
        if (cls.isEmpty() && id.isEmpty()) {
            return List.of();
        }
        Map<Element, List<String>> cache = CACHE.get();
        if (cache != null) {
            List<String> hit = cache.get(e);
            if (hit != null) {
                return hit;
            }
        }
        List<String> out = new ArrayList<>(8);
        split(cls, out);
        split(id, out);
        if (cache != null) {
            cache.put(e, out);
        }
        return out;
    }


    /** Class tokens that carry a CMS's taxonomy, not a role: {@code category-advertising}, {@code tag-share}. */
    private static final java.util.Set<String> TAXONOMY = java.util.Set.of("category", "tag", "tags", "topic",
            "section", "postid", "author", "format", "type", "status", "term", "channel", "kategorie", "rubrik",
            "ressort");

    static void split(String s, List<String> out) {
        int n = Math.min(s.length(), MAX_CHARS);
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int tokStart = i;
            int dash = -1;
            while (i < n && !Character.isWhitespace(s.charAt(i))) {
                if (dash < 0 && s.charAt(i) == '-') {
                    dash = i;
                }
                i++;
            }
            int tokEnd = i;
            if (tokEnd == tokStart) {
                break;
            }
            if (dash > tokStart && dash - tokStart <= 9
                    && TAXONOMY.contains(lower(s, tokStart, dash))) {
                continue;
            }
            words(s, tokStart, tokEnd, out);
        }
    }

    /** The words of one token: runs of letters and digits, also cut at camel-case humps. */
    private static void words(String s, int from, int to, List<String> out) {
        int start = -1;
        for (int i = from; i <= to; i++) {
            char c = i < to ? s.charAt(i) : ' ';
            boolean word = Character.isLetterOrDigit(c);
            boolean hump = word && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1));
            if (start >= 0 && (!word || hump)) {
                out.add(lower(s, start, i));
                start = -1;
            }
            if (word && start < 0) {
                start = i;
            }
        }
    }

    /** The chars {@code [from, to)} lower-cased (ASCII fast path; other letters through {@link Character}). */
    private static String lower(String s, int from, int to) {
        char[] out = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            } else if (c >= 128) {
                c = Character.toLowerCase(c);
            }
            out[i - from] = c;
        }
        return new String(out);
    }
}
