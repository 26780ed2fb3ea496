package io.github.wirestory.internal.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The words of an element's {@code class} and {@code id}: split on anything but letters and digits and on
 * camel-case humps, lower-cased. {@code "articleBody share-bar__item"} gives {@code article, body, share,
 * bar, item}. Bounded: at most {@value #MAX_CHARS} chars of attributes are read.
 */
final class ClassWords {
    static final int MAX_CHARS = 300;

    private ClassWords() {}

    static List<String> of(Element e) {
        String cls = e.attributes().getIgnoreCase("class");
        String id = e.attributes().getIgnoreCase("id");
        if (cls.isEmpty() && id.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(8);
        split(cls, out);
        split(id, out);
        return out;
    }

    /** The whole class and id tokens, lower-cased, with separators removed: {@code "article-body" -> "articlebody"}. */
    static List<String> joined(Element e) {
        String cls = e.attributes().getIgnoreCase("class");
        String id = e.attributes().getIgnoreCase("id");
        List<String> out = new ArrayList<>(4);
        for (String s : new String[] {cls, id}) {
            int n = Math.min(s.length(), MAX_CHARS);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i <= n; i++) {
                char c = i < n ? s.charAt(i) : ' ';
                if (Character.isWhitespace(c)) {
                    if (sb.length() > 0) {
                        out.add(sb.toString());
                        sb.setLength(0);
                    }
                } else if (Character.isLetterOrDigit(c)) {
                    sb.append(Character.toLowerCase(c));
                }
            }
        }
        return out;
    }

    /** Class tokens that carry a CMS's taxonomy, not a role: {@code category-advertising}, {@code tag-share}. */
    private static final String[] TAXONOMY = {"category-", "tag-", "tags-", "topic-", "section-", "postid-",
        "author-", "format-", "type-", "status-", "term-", "channel-", "kategorie-", "rubrik-", "ressort-"};

    private static boolean isTaxonomy(String s, int at) {
        for (String t : TAXONOMY) {
            if (s.regionMatches(true, at, t, 0, t.length())) {
                return true;
            }
        }
        return false;
    }

    static void split(String s, List<String> out) {
        int n = Math.min(s.length(), MAX_CHARS);
        int start = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? s.charAt(i) : ' ';
            if (start < 0 && (i == 0 || Character.isWhitespace(s.charAt(i - 1))) && isTaxonomy(s, i)) {
                while (i < n && !Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                continue;
            }
            boolean word = Character.isLetterOrDigit(c);
            boolean hump = word && start >= 0 && Character.isUpperCase(c) && i > 0
                    && Character.isLowerCase(s.charAt(i - 1));
            if (start >= 0 && (!word || hump)) {
                out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            if (word && start < 0) {
                start = i;
            }
        }
    }
}
