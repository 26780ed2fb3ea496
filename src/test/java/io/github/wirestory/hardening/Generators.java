package io.github.wirestory.hardening;

import java.util.List;
import java.util.Random;

/**
 * Seeded random inputs for the property tests: stories assembled from real-format pieces, mutated corpus
 * stories, and random Unicode (surrogates, lone surrogates, RTL marks, combining marks, controls).
 * The same seed always gives the same input, so a failure names its seed and reproduces.
 */
final class Generators {
    static final List<String> HEADLINES = List.of(
            "North Korea fires ballistic missile toward sea, South Korea says",
            "Kim Jong Un inspects new destroyer, KCNA says",
            "China's exports rise 5.1 pct in October",
            "\"We will respond,\" minister says after drills",
            "BREAKING: Quake hits Japan",
            "Seoul, Washington to hold talks",
            "By the numbers: the year in trade");
    static final List<String> CREDIT_LINES = List.of("UPI", "AP", "Associated Press", "Reuters", "Xinhua", "KCNA",
            "Yonhap", "The Associated Press", "TASS", "AFP", "Bloomberg", "By Reuters Staff");
    static final List<String> BYLINES = List.of("By Min-ji Park", "By LEE SO-YEON", "By Makiko Ota and Tom Ward",
            "By Anna Belova, Sam Holloway and Jin Ho", "By The Associated Press", "by", "By ", "By 123");
    static final List<String> DATELINES = List.of(
            "July 27 (UPI) -- ", "SEOUL, Nov. 24 (UPI) -- ", "SEOUL, South Korea (AP) — ", "TOKYO (AP) — ",
            "SEOUL, Nov 1 (Reuters) - ", "BEIJING, Nov. 7 (Xinhua) -- ", "Pyongyang, November 20 (KCNA) -- ",
            "MOSCOW, November 26. /TASS/. ", "Paris (AFP) - ", "TOKYO, Nov. 12 Kyodo - ",
            "SEOUL, Feb. 30 (Yonhap) -- ", "WASHINGTON, Dec. 31, 2025 (UPI) -- ", "(UPI) --", "(AP) —",
            "SEOUL (", "SEOUL, Nov. 99 (UPI) -- ", "X (Unknown Agency) -- ", "JAKARTA, Indonesia (AP) —\n\n");
    static final List<String> SENTENCES = List.of(
            "North Korea fired a short-range ballistic missile on Tuesday, the military said.",
            "The engine \"demonstrated reliable performance,\" KCNA said.",
            "“We strongly condemn this launch,” a spokesperson told reporters.",
            "Scientists confirmed the thrust of the engine, the report said.",
            "The test is of great significance, KCNA said.",
            "Exports rose 7.4% to $58.2 billion, the ministry said.",
            "He said: 'It is \"over\".'",
            "“Unclosed quote goes on and on",
            "Kim and Shoigu held a meeting, which \"serve[d] as an important occasion ...\" KCNA reported.",
            "(Reporting by Choi Eun-ji; Editing by Sam Holloway)",
            "Associated Press writer Aiko Tanaka in Tokyo contributed to this report.",
            "hjkim@yna.co.kr", "(END)", "Enditem", "burs-ab/js", "==Kyodo", "■",
            "The firms used falsified documents (UPI) -- and switched off transponders.");
    static final List<String> NOISE = List.of("Advertisement", "Share", "Tweet", "Email", "Oops!",
            "Something went wrong.", "Please try again later.", "  • Oops!", "Story continues below advertisement",
            "Read more: U.N. panel reports rise in illicit fuel shipments", "Related coverage",
            "Sign up for our daily newsletter", "Follow us on Facebook", "Photo by KCNA/UPI",
            "(AP Photo/Kim Ji-hun, File)", "REUTERS/Kim Hong-Ji", "Getty Images", "Loading...", "×",
            "&amp;", "&#8220;quoted&#8221;", "&nbsp;", "&bogus;", "&#xZZ;", "&", "&#99999999;", "Sign up here.");
    static final List<String> SEPARATORS = List.of("\n", "\n\n", "\n\n\n", "\r\n", "\r\n\r\n", "\r", " \n \n",
            "\u00A0\n\n", "\n\t\n", "\u2028", "\n\u200B\n");

    private Generators() {}

    /** A story assembled from real-format pieces in a random order and layout. */
    static String assembled(long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        if (r.nextInt(4) != 0) {
            sb.append(pick(r, HEADLINES)).append(pick(r, SEPARATORS));
        }
        if (r.nextBoolean()) {
            sb.append(pick(r, CREDIT_LINES)).append(pick(r, SEPARATORS));
        }
        if (r.nextInt(3) == 0) {
            sb.append(pick(r, BYLINES)).append(pick(r, SEPARATORS));
        }
        int paragraphs = r.nextInt(12);
        for (int i = 0; i < paragraphs; i++) {
            if (r.nextInt(4) == 0) {
                sb.append(pick(r, NOISE)).append(pick(r, SEPARATORS));
            }
            if (i == 0 && r.nextInt(4) != 0) {
                sb.append(pick(r, DATELINES));
            }
            int sentences = 1 + r.nextInt(3);
            for (int j = 0; j < sentences; j++) {
                sb.append(j > 0 ? (r.nextInt(8) == 0 ? "\n" : " ") : "").append(pick(r, SENTENCES));
            }
            sb.append(pick(r, SEPARATORS));
        }
        return sb.toString();
    }

    private static final List<String> CLASSES = List.of("article-body", "story", "byline", "author", "date",
            "published", "credit", "caption", "related", "share", "ad", "comments", "nav", "kicker", "footer",
            "content", "");
    private static final List<String> WRAPPERS = List.of("div", "section", "article", "main", "aside", "nav",
            "header", "footer", "figure", "span", "b", "em", "a", "li", "td", "blockquote");

    /**
     * A web page assembled from the same real-format pieces as {@link #assembled}: metadata in the head
     * (sometimes broken), pieces in random markup with article, byline and boilerplate class names, unclosed
     * and misnested tags, entities, scripts and comments, and sometimes random text spliced in.
     */
    static String html(long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(r.nextBoolean() ? "<!DOCTYPE html>" : "");
        sb.append("<html lang=\"").append(pick(r, List.of("en", "de", "", "ko"))).append("\"><head>");
        String headline = pick(r, HEADLINES);
        if (r.nextBoolean()) {
            sb.append("<title>").append(headline).append(r.nextBoolean() ? " | UPI.com" : "").append("</title>");
        }
        if (r.nextBoolean()) {
            sb.append("<meta property=\"og:title\" content=\"").append(headline).append("\">");
        }
        if (r.nextBoolean()) {
            sb.append("<meta name=\"author\" content=\"").append(pick(r, BYLINES).replaceFirst("^By ", ""))
                    .append("\">");
        }
        if (r.nextBoolean()) {
            sb.append("<meta property=\"article:published_time\" content=\"")
                    .append(pick(r, List.of("2023-07-27T05:12:00+09:00", "2023-07-27", "27 July 2023", "bogus", "")))
                    .append("\">");
        }
        if (r.nextBoolean()) {
            String ld = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\""
                    + headline.replace("\"", "\\\"") + "\",\"author\":{\"@type\":\"Person\",\"name\":\"Min-ji Park\"},"
                    + "\"datePublished\":\"2023-07-27T05:12:00Z\"}";
            sb.append("<script type=\"application/ld+json\">")
                    .append(r.nextInt(4) == 0 ? ld.substring(0, r.nextInt(ld.length())) : ld).append("</script>");
        }
        if (r.nextBoolean()) {
            sb.append("<script>var x = \"</p>\"; if (a < b) {}</script><style>p{color:red}</style>");
        }
        sb.append(r.nextInt(5) == 0 ? "" : "</head><body>");
        if (r.nextBoolean()) {
            sb.append("<nav class=\"nav\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>")
                    .append("</ul></nav>");
        }
        sb.append(r.nextInt(4) == 0 ? "" : "<article>");
        if (r.nextInt(4) != 0) {
            sb.append("<h1>").append(r.nextBoolean() ? "<span class=\"kicker\">World</span> " : "")
                    .append(headline).append("</h1>");
        }
        if (r.nextInt(3) == 0) {
            sb.append("<div class=\"byline\">").append(pick(r, BYLINES)).append("</div>");
        }
        if (r.nextInt(3) == 0) {
            sb.append("<time datetime=\"2023-07-27T05:12:00Z\">July 27, 2023</time>");
        }
        int paragraphs = r.nextInt(12);
        for (int i = 0; i < paragraphs; i++) {
            String tag = r.nextInt(3) == 0 ? pick(r, WRAPPERS) : "p";
            String cls = pick(r, CLASSES);
            sb.append('<').append(tag).append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append('>');
            if (r.nextInt(5) == 0) {
                sb.append(pick(r, NOISE)).append(r.nextBoolean() ? "<br>" : "");
            }
            if (i == 0 && r.nextInt(3) != 0) {
                sb.append(pick(r, DATELINES));
            }
            int sentences = 1 + r.nextInt(3);
            for (int j = 0; j < sentences; j++) {
                String sentence = pick(r, SENTENCES);
                if (r.nextInt(6) == 0) {
                    sentence = sentence.replace("\"", "&quot;").replace("'", "&#8217;");
                }
                sb.append(j > 0 ? (r.nextInt(6) == 0 ? "<br>" : " ") : "").append(sentence);
            }
            if (r.nextInt(6) == 0) {
                sb.append("<!-- ").append(pick(r, SENTENCES)).append(" -->");
            }
            if (r.nextInt(8) == 0) {
                sb.append(randomUnicode(r, 1 + r.nextInt(12)));
            }
            if (r.nextInt(5) != 0) {
                sb.append("</").append(r.nextInt(10) == 0 ? pick(r, WRAPPERS) : tag).append('>'); // sometimes misnested
            }
            sb.append(pick(r, SEPARATORS));
        }
        if (r.nextBoolean()) {
            sb.append("<p class=\"credit\">").append(pick(r, CREDIT_LINES)).append("</p>");
        }
        if (r.nextBoolean()) {
            sb.append("</article><aside class=\"related\"><h2>Related</h2><ul><li><a href=\"/a\">")
                    .append(pick(r, HEADLINES)).append("</a></li></ul></aside>");
        }
        if (r.nextBoolean()) {
            sb.append("<footer><p>Copyright 2026 United Press International. All rights reserved.</p></footer>");
        }
        String page = r.nextInt(4) == 0 ? sb.toString() : sb.append("</body></html>").toString();
        return r.nextInt(6) == 0 ? page.substring(0, r.nextInt(page.length() + 1)) : page; // sometimes truncated
    }

    /** A corpus story with random edits: deletions, insertions of pieces, duplicated regions, truncation. */
    static String mutated(long seed, List<String> stories) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(pick(r, stories));
        int edits = 1 + r.nextInt(8);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = r.nextInt(sb.length() + 1);
            switch (r.nextInt(6)) {
                case 0 -> sb.delete(at, Math.min(sb.length(), at + r.nextInt(40)));
                case 1 -> sb.insert(at, pick(r, NOISE) + pick(r, SEPARATORS));
                case 2 -> sb.insert(at, pick(r, DATELINES));
                case 3 -> sb.insert(at, randomUnicode(r, 1 + r.nextInt(8)));
                case 4 -> {
                    int end = Math.min(sb.length(), at + r.nextInt(200));
                    sb.insert(end, sb.substring(at, end));
                }
                default -> sb.setLength(at);
            }
        }
        return sb.toString();
    }

    /** Random text over an alphabet weighted towards what breaks parsers. */
    static String unicode(long seed) {
        Random r = new Random(seed);
        return randomUnicode(r, r.nextInt(400));
    }

    private static final String ALPHABET = "aZ 09.,;:-—–()[]\"'“”‘’«»/\\&#\n\n\r\t\u00A0\u200B\u200E\u200F"
            + "\u202A\u202E\u2066\u2069\u0301\u0308\uFEFF\u00AD\u0000\u0007\u007F\u0085\u2028\u3000가각ㄱㅏ"
            + "\u1100\u1161\u11A8éñ北京ИТАР•■…";

    private static String randomUnicode(Random r, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int k = r.nextInt(20);
            if (k == 0) {
                sb.appendCodePoint(0x10000 + r.nextInt(0x10FFFF - 0x10000)); // a valid surrogate pair
            } else if (k == 1) {
                sb.append((char) (0xD800 + r.nextInt(0x800))); // a lone surrogate
            } else if (k == 2) {
                sb.append((char) r.nextInt(0x10000));
            } else if (k == 3) {
                sb.append(pick(r, SENTENCES));
            } else {
                sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
        }
        return sb.toString();
    }

    static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }
}
