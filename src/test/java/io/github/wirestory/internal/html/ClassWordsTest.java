package io.github.wirestory.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass class-word scanner against the two-pass reading it replaced (kept here as the reference). */
class ClassWordsTest {
    /** The former scanner: tokens first, the taxonomy prefix looked up, then the words of each kept token. */
    private static int reference(String s) {
        int n = Math.min(s.length(), ClassWords.MAX_CHARS);
        int flags = 0;
        int prev = 0;
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
            if (dash > tokStart && (ClassWords.lookup(s, tokStart, dash) & ClassWords.TAXONOMY_WORD) != 0) {
                continue;
            }
            int start = -1;
            for (int j = tokStart; j <= tokEnd; j++) {
                char c = j < tokEnd ? s.charAt(j) : ' ';
                boolean word = Character.isLetterOrDigit(c);
                boolean hump = word && start >= 0 && Character.isUpperCase(c)
                        && Character.isLowerCase(s.charAt(j - 1));
                if (start >= 0 && (!word || hump)) {
                    int cur = ClassWords.lookup(s, start, j) & ~ClassWords.TAXONOMY_WORD;
                    flags |= cur;
                    if ((prev & ClassWords.BODY_FIRST) != 0 && (cur & ClassWords.BODY_SECOND) != 0
                            || (cur & ClassWords.BODY_WORD) != 0) {
                        flags |= ClassWords.BODY;
                    }
                    if ((prev & ClassWords.SR_FIRST) != 0 && (cur & ClassWords.SR_SECOND) != 0) {
                        flags |= ClassWords.SCREEN_READER;
                    }
                    prev = cur;
                    start = -1;
                }
                if (word && start < 0) {
                    start = j;
                }
            }
        }
        return flags & ~(ClassWords.BODY_FIRST | ClassWords.BODY_SECOND | ClassWords.SR_FIRST
                | ClassWords.SR_SECOND | ClassWords.BODY_WORD);
    }

    private static final String[] PIECES = {"article", "Body", "body", "story", "content", "sr", "only", "Only",
        "visually", "hidden", "share", "bar", "category", "tag", "tags", "postId", "author", "comment", "related",
        "more", "md", "col", "xs", "ad", "ads", "x", "3", "12", "credit", "caption", "hide", "dateline",
        "ARTICLE", "İ", "é", "ß", "Ω", "\u00a0", "\u2003", "\t", "\n", " ", "  ", "-", "--", "_", "__", ":", "/",
        "averyveryveryverylongclassnamepart", "richtext", "entrycontent", "kicker", "published", "updated"};

    @Test
    void oneScanGivesTheFlagsTheTwoPassReadingGave() {
        List<String> inputs = new ArrayList<>(List.of("", " ", "-", "category-", "-category-ad",
                "articleBody share-bar__item category-advertising", "sr-only", "article body", "article tag-body",
                "visuallyHidden", "storyBody", "tag-share ad", "postId-123 related", "a".repeat(400) + " ad",
                "x ".repeat(149) + "ad", "x ".repeat(150) + "ad", "ad" + "-".repeat(298) + "share"));
        Random random = new Random(42);
        for (int k = 0; k < 100_000; k++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + random.nextInt(12);
            for (int p = 0; p < parts; p++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            inputs.add(sb.toString());
        }
        for (String in : inputs) {
            assertThat(ClassWords.scan(in)).as(in).isEqualTo(reference(in));
            assertThat(ClassWords.scanGeneral(in)).as(in).isEqualTo(reference(in));
        }
    }

    @Test
    void wordsAreFoundWhereverTheyFallInTheTable() {
        // two-letter words crowd together by their plain hash: each must still be found, and misses end
        assertThat(ClassWords.scan("ad") & ClassWords.STRONG).isNotZero();
        assertThat(ClassWords.scan("md-6 xs-12 col-3 ad-slot") & ClassWords.STRONG).isNotZero();
        assertThat(ClassWords.scan("md xs col px py mt mb")).isZero();
    }

    @Test
    void bylineTestIdsReadByFlagsAsByTheirWords() {
        // the data-testid test reads the scanner's BY and NOT_BY flags; it was the words of split against the lists
        List<String> pieces = new ArrayList<>(List.of(PIECES));
        pieces.addAll(PageScan.BY_CLASS);
        pieces.addAll(PageScan.NOT_BY_CLASS);
        pieces.addAll(List.of("Byline", "AuthorName", "authorBio", "-", "_", " ", "ab", "reporter-"));
        Random random = new Random(11);
        for (int k = 0; k < 50_000; k++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + random.nextInt(6);
            for (int p = 0; p < parts; p++) {
                sb.append(pieces.get(random.nextInt(pieces.size())));
            }
            String in = sb.toString();
            List<String> words = new ArrayList<>();
            ClassWords.split(in, words);
            boolean expected = !in.isEmpty() && words.stream().anyMatch(PageScan.BY_CLASS::contains)
                    && words.stream().noneMatch(PageScan.NOT_BY_CLASS::contains);
            assertThat(PageScan.isBylineTestId(in)).as(in).isEqualTo(expected);
        }
        assertThat(PageScan.isBylineTestId("article-byline")).isTrue();
        assertThat(PageScan.isBylineTestId("author-bio")).isFalse();
    }

    @Test
    void everyLexiconWordIsFoundInEveryShape() {
        assertThat(ClassWords.words()).hasSizeGreaterThan(200);
        for (String w : ClassWords.words()) {
            String cap = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            for (String in : List.of(w, cap, w.toUpperCase(java.util.Locale.ROOT), "x-" + w, "js-" + w + "-1",
                    "main" + cap, w + "__item", "a " + w + " b", "tag-" + w + " " + w, w + "-" + w, "é " + w)) {
                assertThat(ClassWords.scan(in)).as(in).isEqualTo(reference(in));
            }
            assertThat(ClassWords.scan(w)).as(w).isEqualTo(ClassWords.lookup(w, 0, w.length())
                    & ~ClassWords.TAXONOMY_WORD & ~(ClassWords.BODY_FIRST | ClassWords.BODY_SECOND
                    | ClassWords.SR_FIRST | ClassWords.SR_SECOND | ClassWords.BODY_WORD)
                    | ((ClassWords.lookup(w, 0, w.length()) & ClassWords.BODY_WORD) != 0 ? ClassWords.BODY : 0));
        }
    }

    /** Values that share one hash code ("Aa" and "BB" hash alike): each is found, or not cached, never another's. */
    @Test
    void cacheStaysCorrectAndBoundedForValuesSharingAHashCode() {
        ClassWords.Cache cache = new ClassWords.Cache();
        List<String> values = new ArrayList<>();
        for (int w = 0; w < 4096; w++) {
            StringBuilder sb = new StringBuilder();
            for (int b = 0; b < 12; b++) {
                sb.append(((w >> b) & 1) == 0 ? "Aa" : "BB");
            }
            values.add(sb.toString());
        }
        assertThat(values.stream().mapToInt(String::hashCode).distinct().count()).isEqualTo(1);
        for (int i = 0; i < values.size(); i++) {
            cache.put(values.get(i), i);
        }
        int cached = 0;
        for (int i = 0; i < values.size(); i++) {
            int got = cache.get(values.get(i));
            assertThat(got).isIn(-1, i);
            if (got == i) {
                cached++;
            }
        }
        assertThat(cached).isEqualTo(ClassWords.Cache.MAX_PROBE); // only those within reach of the home slot
        assertThat(cache.get("AaAaBB")).isEqualTo(-1);
        // ordinary values are kept across the table's growth (a value whose home slot starts a long run may not be)
        ClassWords.Cache plain = new ClassWords.Cache();
        for (int i = 0; i < 5000; i++) {
            plain.put("story-body-" + i, i);
        }
        int kept = 0;
        for (int i = 0; i < 5000; i++) {
            int got = plain.get("story-body-" + i);
            assertThat(got).isIn(-1, i);
            kept += got == i ? 1 : 0;
        }
        assertThat(kept).isGreaterThan(4950);
    }

    /** The other-attributes bit is set exactly when an attribute besides a non-empty class and id is present. */
    @Test
    void flagsAndOthersTellsWhetherOtherAttributesArePresent() {
        String[][] cases = {
            {"<div class=\"byline\">x</div>", "false"},
            {"<div id=\"comments\">x</div>", "false"},
            {"<div class=\"byline\" id=\"b\">x</div>", "false"},
            {"<div class=\"byline\" itemprop=\"author\">x</div>", "true"},
            {"<div class=\"\" id=\"b\">x</div>", "true"}, // an empty class counts as another attribute
            {"<a rel=\"author\" href=\"/a\">x</a>", "true"},
            {"<div data-testid=\"byline\">x</div>", "true"},
            {"<div hidden class=\"x\">x</div>", "true"},
        };
        for (String[] c : cases) {
            org.jsoup.nodes.Element e = org.jsoup.Jsoup.parse("<body>" + c[0] + "</body>").body().child(0);
            int read = ClassWords.flagsAndOthers(e, null, e.attributesSize());
            assertThat((read & ClassWords.OTHER_ATTRIBUTES) != 0).as(c[0]).isEqualTo(Boolean.parseBoolean(c[1]));
            assertThat(read & ~ClassWords.OTHER_ATTRIBUTES).as(c[0]).isEqualTo(ClassWords.flags(e, null));
        }
    }
}
