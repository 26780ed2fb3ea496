package io.github.wirestory.internal.html;

import io.github.wirestory.AgencyRegistry;
import io.github.wirestory.model.Agency;
import io.github.wirestory.model.AgencyCredit;
import io.github.wirestory.model.MetaSource;
import io.github.wirestory.model.MetaValue;
import io.github.wirestory.model.PageMetadata;
import io.github.wirestory.model.Published;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * Chooses each metadata value by the order of precedence documented in {@code docs/html.md}, keeping its
 * source. Not thread-safe: make one per page.
 */
final class MetadataReader {
    /** Compiled once ({@code String.split} and {@code replaceAll} compile their regex on every call). */
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[,\\s]+$");
    static final Pattern NAME_SEPARATORS =
            Pattern.compile("\\s*[,/|;()]\\s*|\\s+and\\s+|\\s+-\\s+");

    private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " // ",
        " ~ "};
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|-|\\b)");
    private static final Pattern BY_PREFIX = Pattern.compile(
            "^(?:(?i:by|von|par|por|di|de|door|av|af|text|texto|autor|auteur|author|written by|reported by)\\s*:?\\s+|(?:By|BY|Von)(?=\\p{Lu}))");
    private static final Pattern DOMAIN = Pattern.compile("(?i)\\.(de|at|ch|com|org|net|fr|it|es|uk|pl|br)\\b");
    static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:;|,|\\band\\b|\\bund\\b|&|\\|)\\s*",
            Pattern.CASE_INSENSITIVE);

    private static final String[] DATE_META = {"article:published_time", "og:article:published_time",
        "og:published_time", "article:published", "published_time", "parsely-pub-date", "sailthru.date",
        "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created",
        "date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "article.published",
        "article_date_original", "datepublished", "originalpublicationdate", "citation_publication_date",
        "cxenseparse:recs:publishtime", "displaydate", "og:pubdate", "release_date", "date.available",
        "last-modified"};
    private static final String[] AUTHOR_META = {"author", "article:author", "parsely-author", "dc.creator",
        "dcterms.creator", "sailthru.author", "byl", "cxenseparse:author", "citation_author", "authors",
        "article.author", "twitter:data1"};

    /** Everything read, ready for the pipeline. */
    record Result(PageMetadata metadata, Optional<String> headline, Optional<String> bylineText,
            List<String> bylineNames, Optional<AgencyCredit> agency, Optional<Published> published,
            Optional<String> siteName, Optional<String> articleBody) {}

    private final AgencyRegistry agencies;
    private String siteKeyNow = "";
    private String hostStemNow = "";

    MetadataReader(AgencyRegistry agencies) {
        this.agencies = agencies;
    }

    Result read(Document doc, String baseUri) {
        return read(PageScan.of(doc), baseUri);
    }

    /** {@link #read(Document, String)} from a page scan already made. */
    Result read(PageScan scan, String baseUri) {
        JsonLd.Result ld = JsonLd.read(scan.jsonLd);
        Optional<JsonLd.Article> art = ld.article();

        // site name
        // each value in order of precedence, read only when none before it is present (a value is unescaped and
        // collapsed when read: a page's descriptions are hundreds of chars)
        Optional<MetaValue> site = mv(scan.meta("og:site_name"), MetaSource.OPEN_GRAPH, "og:site_name")
                .or(() -> mv(ld.siteName().orElse(null), MetaSource.JSON_LD, "publisher.name"))
                .or(() -> mv(scan.meta("application-name"), MetaSource.META, "application-name"))
                .or(() -> mv(scan.meta("twitter:site"), MetaSource.OPEN_GRAPH, "twitter:site")
                        .filter(v -> !v.value().startsWith("@")));

        // url
        String host = "";
        Optional<MetaValue> url = mv(scan.canonical, MetaSource.MARKUP, "link[rel=canonical]")
                .or(() -> mv(scan.meta("og:url"), MetaSource.OPEN_GRAPH, "og:url"))
                .or(() -> mv(art.flatMap(JsonLd.Article::url).orElse(null), MetaSource.JSON_LD, "url"))
                .or(() -> mv(baseUri, MetaSource.URL, "baseUri"));
        if (url.isPresent()) {
            host = host(url.get().value());
        }

        Optional<MetaValue> headline = headline(scan, art, site, host);
        Byline byline = byline(scan, art, site, host);
        Optional<Published> published = published(scan, art, ld, url, baseUri);
        Optional<MetaValue> language = mv(scan.lang, MetaSource.MARKUP, "html[lang]")
                .or(() -> mv(art.flatMap(JsonLd.Article::language).orElse(null), MetaSource.JSON_LD, "inLanguage"))
                .or(() -> mv(scan.meta("og:locale"), MetaSource.OPEN_GRAPH, "og:locale"))
                .or(() -> mv(scan.meta("content-language"), MetaSource.META, "content-language"));
        Optional<MetaValue> description = mv(art.flatMap(JsonLd.Article::description).orElse(null),
                MetaSource.JSON_LD, "description")
                .or(() -> mv(scan.meta("og:description"), MetaSource.OPEN_GRAPH, "og:description"))
                .or(() -> mv(scan.meta("description"), MetaSource.META, "description"));
        Optional<AgencyCredit> agency = agency(art, byline, scan, site);
        Optional<MetaValue> agencyValue = agency.map(a -> new MetaValue(a.asWritten(),
                agencySource, agencyKey));
        Optional<MetaValue> publishedValue = published.map(p -> new MetaValue(p.asWritten(), p.source(), p.key()));

        PageMetadata md = new PageMetadata(headline, byline.value, agencyValue, publishedValue, site, url, language,
                description);
        return new Result(md, headline.map(MetaValue::value), byline.value.map(v -> byline.text),
                byline.names, agency, published, site.map(MetaValue::value), art.flatMap(JsonLd.Article::articleBody));
    }

    // ------------------------------------------------------------------ headline

    private Optional<MetaValue> headline(PageScan scan, Optional<JsonLd.Article> art, Optional<MetaValue> site,
            String host) {
        String siteName = site.map(MetaValue::value).orElse("");
        List<MetaValue> metas = new ArrayList<>();
        mv(art.flatMap(JsonLd.Article::headline).orElse(null), MetaSource.JSON_LD,
                art.map(a -> a.type() + ".headline").orElse("headline")).ifPresent(metas::add);
        mv(scan.meta("og:title"), MetaSource.OPEN_GRAPH, "og:title").ifPresent(metas::add);
        mv(scan.meta("twitter:title"), MetaSource.OPEN_GRAPH, "twitter:title").ifPresent(metas::add);
        for (String k : new String[] {"parsely-title", "sailthru.title", "dc.title", "headline", "title"}) {
            mv(scan.meta(k), MetaSource.META, k).ifPresent(metas::add);
        }
        mv(scan.itemprop("headline"), MetaSource.MICRODATA, "itemprop=headline").ifPresent(metas::add);
        Optional<MetaValue> title = mv(scan.title, MetaSource.TITLE, "title");

        // without an h1 to compare them with, only the first stripped value (or, failing any, the title) is used
        boolean anyH1 = !scan.h1.isEmpty();
        List<MetaValue> stripped = new ArrayList<>();
        for (MetaValue m : metas) {
            stripped.add(new MetaValue(stripSite(m.value(), siteName, host), m.source(), m.key()));
            if (!anyH1) {
                break;
            }
        }
        Optional<MetaValue> titleStripped = anyH1 || stripped.isEmpty()
                ? title.map(t -> new MetaValue(stripSite(t.value(), siteName, host), t.source(), t.key()))
                : Optional.empty();

        // the visible headline: the h1 that agrees with the metadata, else the only (or article's) h1
        // each text's key made once (similar compares keys), not once per pair
        List<String> refs = new ArrayList<>();
        if (anyH1) {
            stripped.forEach(m -> refs.add(Text.key(m.value())));
            titleStripped.ifPresent(t -> refs.add(Text.key(t.value())));
        }
        String h1 = null;
        for (int i = 0; i < scan.h1.size() && h1 == null && !refs.isEmpty(); i++) {
            String cand = Text.key(scan.h1.get(i));
            String core = scan.h1Core.get(i);
            String coreKey = Text.key(core);
            for (String r : refs) {
                if (similarKeys(cand, r) || similarKeys(coreKey, r)) {
                    h1 = core;
                    break;
                }
            }
        }
        if (h1 != null) {
            return Optional.of(new MetaValue(h1, MetaSource.H1, "h1"));
        }
        if (!stripped.isEmpty()) {
            return Optional.of(stripped.get(0));
        }
        String lone = null;
        for (int i = 0; i < scan.h1.size(); i++) {
            if (scan.h1InArticle.get(i)) {
                lone = scan.h1Core.get(i);
                break;
            }
        }
        if (lone == null && scan.h1.size() == 1) {
            lone = scan.h1Core.get(0);
        }
        if (lone != null && lone.length() >= 10) {
            return Optional.of(new MetaValue(lone, MetaSource.H1, "h1"));
        }
        if (titleStripped.isPresent()) {
            return titleStripped;
        }
        return lone == null ? Optional.empty() : Optional.of(new MetaValue(lone, MetaSource.H1, "h1"));
    }

    static boolean similar(String a, String b) {
        return similarKeys(Text.key(a), Text.key(b));
    }

    /** {@link #similar} of two texts given by their {@link Text#key}s. */
    private static boolean similarKeys(String ka, String kb) {
        if (ka.isEmpty() || kb.isEmpty()) {
            return false;
        }
        if (ka.equals(kb)) {
            return true;
        }
        if (ka.length() >= 15 && kb.contains(ka) && ka.length() * 2 >= kb.length()
                || kb.length() >= 15 && ka.contains(kb) && kb.length() * 2 >= ka.length()) {
            return true;
        }
        Set<String> ta = new HashSet<>(List.of(ka.split(" ")));
        Set<String> tb = new HashSet<>(List.of(kb.split(" ")));
        int common = 0;
        for (String t : ta) {
            if (tb.contains(t)) {
                common++;
            }
        }
        int union = ta.size() + tb.size() - common;
        return union > 0 && ta.size() >= 3 && common * 10 >= union * 7;
    }

    /** Removes a site name or a short site-like segment from the end (or start) of a title. */
    static String stripSite(String title, String siteName, String host) {
        String t = title;
        String siteKey = Text.key(siteName);
        String hostKey = Text.key(host.startsWith("www.") ? host.substring(4) : host);
        for (int round = 0; round < 2; round++) {
            boolean changed = false;
            for (String sep : SEPARATORS) {
                int first = t.indexOf(sep); // the JDK's fast search; most titles have one separator or none
                if (first < 0) {
                    continue;
                }
                int at = t.indexOf(sep, first + 1) < 0 ? first : t.lastIndexOf(sep);
                if (at > 0) {
                    String head = t.substring(0, at).strip();
                    String tail = t.substring(at + sep.length()).strip();
                    if (isSite(tail, siteKey, hostKey) || words(tail) <= 3 && words(head) >= 4
                            && !tail.endsWith("?") && !tail.endsWith("!") && sep.equals(" | ")) {
                        t = head;
                        changed = true;
                        break;
                    }
                }
                if (first > 0) {
                    String head = t.substring(0, first).strip();
                    String tail = t.substring(first + sep.length()).strip();
                    if (isSite(head, siteKey, hostKey) && words(tail) >= 2) {
                        t = tail;
                        changed = true;
                        break;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        return t;
    }

    private static boolean isSite(String part, String siteKey, String hostKey) {
        String k = Text.key(part);
        if (k.isEmpty()) {
            return false;
        }
        if (!siteKey.isEmpty() && (k.equals(siteKey) || k.contains(siteKey) && words(part) <= 5)) {
            return true;
        }
        String compact = k.replace(" ", "");
        if (!hostKey.isEmpty() && compact.length() >= 3 && words(part) <= 4) {
            String h = hostKey.replace(" ", "");
            if (h.contains(compact)) {
                return true;
            }
            // "BBC News" on bbc.com / bbc.co.uk: the first word is the host's name
            String firstWord = k.split(" ")[0];
            String hostName = hostKey.split(" ")[0];
            return firstWord.length() >= 3 && firstWord.equals(hostName);
        }
        return false;
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = !Character.isWhitespace(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    // ------------------------------------------------------------------ byline

    private static final class Byline {
        Optional<MetaValue> value = Optional.empty();
        String text = "";
        List<String> names = List.of();
        /** Raw author strings that may name an agency. */
        final List<String> raw = new ArrayList<>();
    }

    private Byline byline(PageScan scan, Optional<JsonLd.Article> art, Optional<MetaValue> site, String host) {
        Byline b = new Byline();
        String siteKey = site.map(v -> Text.key(v.value())).orElse("");
        String hostStem = hostStem(host);
        siteKeyNow = siteKey;
        hostStemNow = hostStem;
        Byline chosen = bylineFrom(scan, art, siteKey, hostStem);
        return chosen;
    }

    /** The registrable name of a host: {@code www.tagesschau.de} gives {@code tagesschau}. */
    static String hostStem(String host) {
        String[] parts = host.split("\\.");
        if (parts.length < 2) {
            return "";
        }
        String stem = parts[parts.length - 2];
        if ((stem.equals("co") || stem.equals("com") || stem.equals("org") || stem.equals("ne")) && parts.length >= 3) {
            stem = parts[parts.length - 3];
        }
        return stem.toLowerCase(Locale.ROOT);
    }

    private static final Set<String> NOT_NAMES = Set.of("admin", "administrator", "name", "no author", "author",
            "autor", "unknown", "anonymous", "user", "editor", "webmaster", "guest", "null", "undefined", "none",
            "agencies", "staff", "by", "von", "stand", "invitation", "updated", "published", "aktualisiert");

    /** Whether an author string is a person's or a desk's name rather than the site, a handle or a placeholder. */
    private boolean acceptable(String name, String siteKey, String hostStem) {
        String k = Text.key(name);
        if (k.isEmpty() || NOT_NAMES.contains(k) || name.length() > 100) {
            return false;
        }
        List<String> parts = names(name);
        for (String part : parts) {
            if (spaces(part) + 1 > 7) { // part.split(" ").length: a stripped part has no trailing space
                return false; // a sentence, not a name
            }
        }
        if (agencies.lookup(name).isPresent()) {
            return true;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isDigit(name.charAt(i))) {
                return false;
            }
        }
        int domains = 0;
        for (String part : parts) {
            if (part.contains("www.") || DOMAIN.matcher(part).find()) {
                domains++;
            }
        }
        if (domains > 0 && domains == parts.size()) {
            return false; // the site's address, such as "mdr.de" or "Deutsche Welle (www.dw.com)"
        }
        if (!name.contains(" ") && name.contains(".") && name.equals(name.toLowerCase(Locale.ROOT))) {
            return false; // a user handle such as christian.stadtfeld
        }
        if (!siteKey.isEmpty() && (k.equals(siteKey) || siteKey.contains(k) && k.length() >= 4
                || k.contains(siteKey) && siteKey.length() >= 4
                        && k.split(" ").length <= siteKey.split(" ").length + 1)) {
            return false;
        }
        String compact = k.replace(" ", "");
        return hostStem.length() < 3 || !(compact.equals(hostStem) || compact.startsWith(hostStem)
                || hostStem.startsWith(compact) && compact.length() >= 3);
    }

    private Byline bylineFrom(PageScan scan, Optional<JsonLd.Article> art, String siteKey, String hostStem) {
        Byline b = new Byline();
        if (art.isPresent() && !art.get().authors().isEmpty()) {
            List<String> persons = new ArrayList<>();
            List<String> orgs = new ArrayList<>();
            for (JsonLd.Author a : art.get().authors()) {
                String n = cleanName(a.name());
                if (n.isEmpty() || persons.contains(n) || orgs.contains(n)) {
                    continue;
                }
                if (!acceptable(n, siteKey, hostStem)) {
                    b.raw.add(n);
                    continue;
                }
                b.raw.add(n);
                if (a.organization()) {
                    orgs.add(n);
                } else {
                    persons.add(n);
                }
            }
            List<String> use = !persons.isEmpty() ? persons : orgs;
            if (persons.isEmpty()) {
                use = new ArrayList<>(orgs);
                use.removeIf(o -> !siteKey.isEmpty() && Text.key(o).equals(siteKey)
                        && agencies.lookup(o).isEmpty());
            }
            if (!use.isEmpty()) {
                return set(b, String.join(", ", use), splitAll(use), MetaSource.JSON_LD, "author");
            }
        }
        for (String k : AUTHOR_META) {
            List<String> values = scan.metaAll(k);
            if (values == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (String v : values) {
                String c = cleanName(v);
                if (c.isEmpty() || c.startsWith("http") || c.startsWith("@") || c.contains("/") && c.contains(".")
                        || k.equals("twitter:data1") && !"written by".equalsIgnoreCase(scan.meta("twitter:label1"))) {
                    continue;
                }
                if (!acceptable(c, siteKey, hostStem)) {
                    b.raw.add(c);
                    continue;
                }
                b.raw.add(c);
                for (String n : names(c)) {
                    if (!names.contains(n)) {
                        names.add(n);
                    }
                }
            }
            if (!names.isEmpty()) {
                return set(b, cleanName(values.get(0)).isEmpty() ? String.join(", ", names)
                        : String.join(", ", names), names, k.startsWith("article:") ? MetaSource.OPEN_GRAPH
                        : MetaSource.META, k);
            }
        }
        String micro = scan.itemprop("author");
        if (micro == null) {
            micro = scan.itemprop("creator");
        }
        if (micro != null && !cleanName(micro).isEmpty() && acceptable(cleanName(micro), siteKey, hostStem)) {
            String c = cleanName(micro);
            b.raw.add(c);
            return set(b, c, names(c), MetaSource.MICRODATA, "itemprop=author");
        }
        for (String r : scan.relAuthor) {
            String c = cleanName(r);
            if (!c.isEmpty() && c.length() <= 80 && acceptable(c, siteKey, hostStem)) {
                b.raw.add(c);
                return set(b, c, names(c), MetaSource.MARKUP, "a[rel=author]");
            }
        }
        for (String r : scan.bylineMarkup) {
            String c = cleanName(r);
            if (!c.isEmpty() && c.length() <= 100 && Character.isLetter(c.charAt(0))
                    && acceptable(c, siteKey, hostStem)) {
                b.raw.add(c);
                return set(b, c, names(c), MetaSource.MARKUP, "byline");
            }
        }
        for (String r : scan.credits) {
            String c = cleanName(r);
            if (!c.isEmpty() && (agencies.lookup(c).isPresent() || isAgencyLike(c))) {
                b.raw.add(c);
                return set(b, c, names(c), MetaSource.MARKUP, "credit");
            }
        }
        for (String r : scan.byLines) {
            Matcher m = BY_PREFIX.matcher(r);
            if (!m.find() || m.end() >= r.length() || !Character.isUpperCase(r.charAt(m.end()))) {
                continue;
            }
            String c = cleanName(r);
            if (!c.isEmpty() && c.length() <= 80 && acceptable(c, siteKey, hostStem)) {
                b.raw.add(c);
                return set(b, c, names(c), MetaSource.MARKUP, "By line");
            }
        }
        return b;
    }

    private Byline set(Byline b, String text, List<String> names, MetaSource source, String key) {
        if (names.size() >= 2) {
            List<String> people = new ArrayList<>();
            for (String n : names) {
                String k = Text.key(n);
                if (agencies.lookup(n).isEmpty() && !k.equals(siteKeyNow)
                        && !(hostStemNow.length() >= 3 && k.replace(" ", "").equals(hostStemNow))) {
                    people.add(n);
                }
            }
            if (!people.isEmpty()) {
                names = people;
            }
        }
        if (names.isEmpty()) {
            return b;
        }
        b.text = "By " + String.join(", ", names);
        b.names = List.copyOf(names);
        b.value = Optional.of(new MetaValue(text, source, key));
        return b;
    }

    /** Strips a "By" prefix, dates and trailing separators from an author string. */
    static String cleanName(String s) {
        String t = Text.collapse(Text.unescape(s));
        Matcher m = BY_PREFIX.matcher(t);
        if (m.find()) {
            t = t.substring(m.end());
        }
        // cut at a date or an "Updated"/"Published" note that shares the byline element
        int cut = indexOfAny(t, " Updated", " Published", " Veröffentlicht", " Aktualisiert", " Stand:", " Posted",
                " am ", " on ", " | ", " • ", " · ", "\n");
        if (cut > 0) {
            t = t.substring(0, cut);
        }
        int digit = firstDigitWord(t);
        if (digit > 0) {
            t = t.substring(0, digit);
            for (int k = 0; k < 2; k++) {
                int month = lastMonthWord(TRAILING_COMMAS.matcher(t).replaceAll(""));
                if (month > 0) {
                    t = t.substring(0, month);
                }
            }
        }
        t = t.strip();
        while (!t.isEmpty() && ",;:|-–—/".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.length() > 150) {
            return "";
        }
        return t;
    }

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
            "mon", "tue", "wed", "thu", "fri", "sat", "sun");

    /** A short all-capitals credit such as {@code JIJI} or {@code DPA}: how agencies sign. */
    private static boolean isAgencyLike(String c) {
        if (c.length() < 2 || c.length() > 8) {
            return false;
        }
        for (int i = 0; i < c.length(); i++) {
            if (!Character.isUpperCase(c.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where a word starting with a digit begins, or -1. */
    private static int firstDigitWord(String t) {
        for (int i = 1; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i)) && Character.isWhitespace(t.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    /** Where a trailing month name (as in "CBS News February") begins, or -1. */
    private static int lastMonthWord(String t) {
        String s = t.stripTrailing();
        int sp = s.lastIndexOf(' ');
        if (sp < 0) {
            return -1;
        }
        String w = s.substring(sp + 1).replace(".", "").replace(",", "").toLowerCase(Locale.ROOT);
        return Dates.isMonth(w) || WEEKDAYS.contains(w) ? sp : -1;
    }

    private static int indexOfAny(String s, String... needles) {
        int best = -1;
        for (String n : needles) {
            int i = s.indexOf(n);
            if (i > 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** The last {@link #split} asked of {@link #names} and its answer: a candidate is split twice in a row. */
    private String lastSplit;
    private List<String> lastNames;

    /** {@link #split}, unmodifiable, remembered for the next call with the same string. */
    private List<String> names(String s) {
        if (!s.equals(lastSplit)) {
            lastNames = java.util.Collections.unmodifiableList(split(s));
            lastSplit = s;
        }
        return lastNames;
    }

    private static int spaces(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        if (!mayHoldNameSplit(s)) { // NAME_SPLIT cannot match: the whole string is the one part
            String n = s.strip();
            if (!n.isEmpty()) {
                out.add(n);
            }
            return out;
        }
        List<String> pieces = splitPieces(s);
        for (String p : pieces != null ? pieces : List.of(NAME_SPLIT.split(s))) {
            String n = p.strip();
            if (!n.isEmpty() && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Text.isRegexSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * {@code NAME_SPLIT.split(s)} by hand, up to white space at the ends of the pieces (which every caller strips),
     * or null when a word separator ({@code and}, {@code und}) stands beside a char above U+007F, whose word
     * boundary is left to the pattern (combining marks and surrogates count there). Separators are found left to
     * right, as the pattern finds them: its white space only widens a match, and no separator starts with any.
     */
    static List<String> splitPieces(String s) {
        List<String> out = new ArrayList<>(4);
        int n = s.length();
        int index = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            int end = -1;
            if (c == ';' || c == ',' || c == '&' || c == '|') {
                end = i + 1;
            } else if ((c == 'a' || c == 'A' || c == 'u' || c == 'U') && i + 3 <= n
                    && (s.charAt(i + 1) | 0x20) == 'n' && (s.charAt(i + 2) | 0x20) == 'd') {
                char before = i > 0 ? s.charAt(i - 1) : ' ';
                char after = i + 3 < n ? s.charAt(i + 3) : ' ';
                if (before >= 0x80 || after >= 0x80) {
                    return null;
                }
                if (!isAsciiWord(before) && !isAsciiWord(after)) {
                    end = i + 3;
                }
            }
            if (end >= 0) {
                out.add(s.substring(index, i));
                index = skipSpaces(s, end);
                i = index - 1;
            }
        }
        out.add(s.substring(index));
        return out;
    }

    private static boolean isAsciiWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /**
     * {@code NAME_SEPARATORS.split(s)} by hand, up to white space at the ends of the pieces (which the caller
     * strips): a char of {@code , / | ; ( )}, or {@code and} or {@code -} with white space on both sides, found left
     * to right; the white space after a separator belongs to it, so a word separator right after one does not count
     * (as in the pattern, whose match takes that white space).
     */
    static List<String> separatorPieces(String s) {
        List<String> out = new ArrayList<>(4);
        int n = s.length();
        int index = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int cut = -1;
            int end = -1;
            if (c == ',' || c == '/' || c == '|' || c == ';' || c == '(' || c == ')') {
                cut = i;
                end = i + 1;
            } else if (Text.isRegexSpace(c)) {
                int j = skipSpaces(s, i);
                if (j < n && s.startsWith("and", j) && j + 3 < n && Text.isRegexSpace(s.charAt(j + 3))) {
                    cut = i;
                    end = j + 3;
                } else if (j < n && s.charAt(j) == '-' && j + 1 < n && Text.isRegexSpace(s.charAt(j + 1))) {
                    cut = i;
                    end = j + 1;
                } else {
                    i = j; // a separator char right after the white space is found next
                    continue;
                }
            }
            if (cut >= 0) {
                out.add(s.substring(index, cut));
                index = skipSpaces(s, end);
                i = index;
            } else {
                i++;
            }
        }
        out.add(s.substring(index));
        return out;
    }

    /**
     * False when {@link #NAME_SPLIT} surely finds no separator in {@code s}: none of {@code ; , & |} and no
     * {@code nd} in any case (as in {@code and}, {@code und}). True leaves the answer to the pattern.
     */
    static boolean mayHoldNameSplit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ';' || c == ',' || c == '&' || c == '|'
                    || (c == 'd' || c == 'D') && i > 0 && (s.charAt(i - 1) == 'n' || s.charAt(i - 1) == 'N')) {
                return true;
            }
        }
        return false;
    }

    /**
     * False when {@link #NAME_SEPARATORS} surely finds no separator in {@code s}: none of {@code , / | ; ( ) -}
     * and no {@code and}. True leaves the answer to the pattern.
     */
    static boolean mayHoldNameSeparator(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '/' || c == '|' || c == ';' || c == '(' || c == ')' || c == '-'
                    || c == 'd' && i > 1 && s.charAt(i - 1) == 'n' && s.charAt(i - 2) == 'a') {
                return true;
            }
        }
        return false;
    }

    private static List<String> splitAll(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            for (String p : split(n)) {
                if (!out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ agency

    private MetaSource agencySource = MetaSource.JSON_LD;
    private String agencyKey = "";

    private Optional<AgencyCredit> agency(Optional<JsonLd.Article> art, Byline byline, PageScan scan,
            Optional<MetaValue> site) {
        if (art.isPresent()) {
            for (String s : art.get().sourceOrganizations()) {
                Optional<AgencyCredit> a = find(s, MetaSource.JSON_LD, "sourceOrganization");
                if (a.isPresent()) {
                    return a;
                }
            }
            for (String s : art.get().providers()) {
                Optional<AgencyCredit> a = find(s, MetaSource.JSON_LD, "provider");
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        for (String r : byline.raw) {
            Optional<AgencyCredit> a = find(r, byline.value.map(MetaValue::source).orElse(MetaSource.META),
                    byline.value.map(MetaValue::key).orElse("author"));
            if (a.isPresent()) {
                return a;
            }
        }
        if (art.isPresent() && art.get().publisher().isPresent()) {
            Optional<AgencyCredit> a = find(art.get().publisher().get(), MetaSource.JSON_LD, "publisher");
            if (a.isPresent()) {
                return a;
            }
        }
        for (String k : new String[] {"article:publisher", "publisher", "dc.publisher", "dc.source", "source"}) {
            String v = scan.meta(k);
            if (v != null) {
                Optional<AgencyCredit> a = find(v, MetaSource.META, k);
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        if (site.isPresent()) {
            return find(site.get().value(), site.get().source(), site.get().key());
        }
        return Optional.empty();
    }

    /** The agency named by a whole string, or by one of its parts ("dpa/lno", "Kim Tong-Hyung, AP"). */
    private Optional<AgencyCredit> find(String s, MetaSource source, String key) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 120) {
            return Optional.empty();
        }
        Optional<Agency> whole = agencies.lookup(t);
        String asWritten = t;
        // without a separator the only part is t itself, already looked up
        if (whole.isEmpty() && mayHoldNameSeparator(t)) {
            for (String part : separatorPieces(t)) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                whole = agencies.lookup(p);
                if (whole.isPresent()) {
                    asWritten = p;
                    break;
                }
            }
        }
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        agencySource = source;
        agencyKey = key;
        return Optional.of(new AgencyCredit(whole.get(), asWritten, AgencyCredit.Via.METADATA));
    }

    // ------------------------------------------------------------------ published

    private Optional<Published> published(PageScan scan, Optional<JsonLd.Article> art, JsonLd.Result ld,
            Optional<MetaValue> url, String baseUri) {
        List<MetaValue> cands = new ArrayList<>();
        art.flatMap(JsonLd.Article::datePublished)
                .ifPresent(v -> cands.add(new MetaValue(v, MetaSource.JSON_LD, "datePublished")));
        for (String k : DATE_META) {
            if (k.equals("last-modified")) {
                continue;
            }
            String v = scan.meta(k);
            if (v != null) {
                cands.add(new MetaValue(v, k.startsWith("article:") || k.startsWith("og:") ? MetaSource.OPEN_GRAPH
                        : MetaSource.META, k));
            }
        }
        String micro = scan.itemprop("datepublished");
        if (micro != null) {
            cands.add(new MetaValue(micro, MetaSource.MICRODATA, "itemprop=datePublished"));
        }
        for (String t : scan.timePubdate) {
            cands.add(new MetaValue(t, MetaSource.MARKUP, "time[pubdate]"));
        }
        for (String u : new String[] {url.map(MetaValue::value).orElse(""), baseUri}) {
            Matcher m = URL_DATE.matcher(u == null ? "" : u);
            if (m.find()) {
                cands.add(new MetaValue(m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3)), MetaSource.URL,
                        "url"));
            }
        }
        String micro2 = scan.itemprop("datecreated");
        if (micro2 != null) {
            cands.add(new MetaValue(micro2, MetaSource.MICRODATA, "itemprop=dateCreated"));
        }
        for (String t : scan.timeAny) {
            cands.add(new MetaValue(t, MetaSource.MARKUP, "time[datetime]"));
        }
        art.flatMap(JsonLd.Article::dateModified)
                .ifPresent(v -> cands.add(new MetaValue(v, MetaSource.JSON_LD, "dateModified")));
        String modified = scan.meta("article:modified_time");
        if (modified != null) {
            cands.add(new MetaValue(modified, MetaSource.OPEN_GRAPH, "article:modified_time"));
        }
        String micro3 = scan.itemprop("datemodified");
        if (micro3 != null) {
            cands.add(new MetaValue(micro3, MetaSource.MICRODATA, "itemprop=dateModified"));
        }
        for (String t : scan.bylineMarkup) {
            cands.add(cands.size() - countAfterUrl(cands), new MetaValue(t, MetaSource.MARKUP, "byline"));
        }
        for (int i = 0; i < cands.size(); i++) {
            MetaValue c = cands.get(i);
            Optional<Dates.Value> d = Dates.parse(c.value());
            if (d.isEmpty()) {
                continue;
            }
            // a UTC time stamp: prefer a later candidate giving the same instant in the page's own offset
            if (d.get().dateTime().isPresent() && d.get().dateTime().get().getOffset().getTotalSeconds() == 0) {
                for (int j = i + 1; j < cands.size() && j < i + 40; j++) {
                    if (cands.get(j).value().equals(c.value())) {
                        continue; // the same text parses to the same UTC time again
                    }
                    Optional<Dates.Value> o = Dates.parse(cands.get(j).value());
                    if (o.isPresent() && o.get().dateTime().isPresent()
                            && o.get().dateTime().get().getOffset().getTotalSeconds() != 0
                            && o.get().dateTime().get().toInstant().equals(d.get().dateTime().get().toInstant())) {
                        MetaValue l = cands.get(j);
                        return Optional.of(new Published(o.get().date(), o.get().dateTime(), l.value(), l.source(),
                                l.key()));
                    }
                }
            }
            return Optional.of(new Published(d.get().date(), d.get().dateTime(), c.value(), c.source(), c.key()));
        }
        // visible text: the first date after the headline, else the first on the page, comments last
        List<Optional<Dates.Value>> parsed = new ArrayList<>(scan.dateTexts.size()); // each text parsed once
        for (int i = 0; i < scan.dateTexts.size(); i++) {
            parsed.add(null);
        }
        for (int tier = 0; tier < 3; tier++) {
            for (int i = 0; i < scan.dateTexts.size(); i++) {
                if (tier == 0 && !scan.dateTextAfterH1.get(i) || tier < 2 && scan.dateTextInComments.get(i)) {
                    continue;
                }
                String t = scan.dateTexts.get(i);
                Optional<Dates.Value> d = parsed.get(i);
                if (d == null) {
                    d = Dates.parse(t);
                    parsed.set(i, d);
                }
                if (d.isPresent()) {
                    return Optional.of(new Published(d.get().date(), Optional.empty(), t, MetaSource.TEXT,
                            "visible text"));
                }
            }
        }
        return Optional.empty();
    }

    /** How many candidates at the end are visible {@code time} elements and modification dates. */
    private static int countAfterUrl(List<MetaValue> cands) {
        int n = 0;
        for (int i = cands.size() - 1; i >= 0; i--) {
            String k = cands.get(i).key();
            if (k.equals("time[datetime]") || k.contains("odified") || k.equals("itemprop=dateCreated")) {
                n++;
            } else {
                break;
            }
        }
        return n;
    }

    private static String pad(String s) {
        return s.length() == 1 ? "0" + s : s;
    }

    // ------------------------------------------------------------------ helpers

    static String host(String url) {
        int scheme = url.indexOf("://");
        String rest = scheme >= 0 ? url.substring(scheme + 3) : url;
        int end = rest.length();
        for (char c : new char[] {'/', '?', '#', ':'}) {
            int i = rest.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        String h = rest.substring(0, end).toLowerCase(Locale.ROOT);
        return h.contains(".") ? h : "";
    }

    private static Optional<MetaValue> mv(String value, MetaSource source, String key) {
        if (value == null) {
            return Optional.empty();
        }
        String v = Text.collapse(Text.unescape(value));
        return v.isEmpty() ? Optional.empty() : Optional.of(new MetaValue(v, source, key));
    }
}
