package io.github.wirestory.internal.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the schema.org article in a page's JSON-LD blocks: {@code @graph} arrays, nested
 * {@code mainEntity}, {@code @id} references, and any of the article types.
 */
final class JsonLd {
    static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "askpublicnewsarticle", "blogposting", "liveblogposting", "report", "scholarlyarticle",
            "socialmediaposting", "techarticle", "satiricalarticle", "advertisercontentarticle", "posting",
            "discussionforumposting", "medicalscholarlyarticle");
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "collectionpage");
    private static final int MAX_NODES = 5_000;

    /** One author, with its schema.org type. */
    record Author(String name, boolean organization) {}

    /** What the page's JSON-LD says about its article. */
    record Article(String type, Optional<String> headline, List<Author> authors, Optional<String> datePublished,
            Optional<String> dateModified, Optional<String> publisher, List<String> sourceOrganizations,
            List<String> providers,
            Optional<String> articleBody, Optional<String> url, Optional<String> language,
            Optional<String> description) {}

    /** The result: the article (if any), the site name and a page-level date. */
    record Result(Optional<Article> article, Optional<String> siteName, Optional<String> pageDate) {}

    private final List<Map<String, Object>> objects = new ArrayList<>();
    private final Map<String, Map<String, Object>> byId = new HashMap<>();

    private JsonLd() {}

    static Result read(List<String> blocks) {
        JsonLd r = new JsonLd();
        for (String b : blocks) {
            Json.parse(b).ifPresent(v -> r.collect(v, 0));
        }
        return r.result();
    }

    @SuppressWarnings("unchecked")
    private void collect(Object v, int depth) {
        if (depth > 8 || objects.size() > MAX_NODES) {
            return;
        }
        if (v instanceof List<?> list) {
            for (Object o : list) {
                collect(o, depth + 1);
            }
        } else if (v instanceof Map<?, ?> raw) {
            Map<String, Object> m = (Map<String, Object>) raw;
            if (m.containsKey("@type")) {
                objects.add(m);
            }
            Object id = m.get("@id");
            if (id instanceof String s && m.size() > 1) {
                byId.putIfAbsent(s, m);
            }
            for (String key : new String[] {"@graph", "mainEntity", "mainEntityOfPage", "itemListElement",
                    "hasPart", "item"}) {
                Object child = m.get(key);
                if (child instanceof Map || child instanceof List) {
                    collect(child, depth + 1);
                }
            }
        }
    }

    private Result result() {
        Map<String, Object> best = null;
        int bestScore = -1;
        Map<String, Object> page = null;
        String siteName = null;
        for (Map<String, Object> o : objects) {
            Set<String> types = types(o);
            if (intersects(types, ARTICLE_TYPES)) {
                int score = (str(o.get("headline")).isPresent() ? 4 : 0)
                        + (o.containsKey("datePublished") ? 2 : 0) + (o.containsKey("articleBody") ? 1 : 0)
                        + (types.contains("article") ? 0 : 1);
                if (score > bestScore) {
                    best = o;
                    bestScore = score;
                }
            } else if (intersects(types, PAGE_TYPES) && page == null) {
                page = o;
            } else if (types.contains("website") && siteName == null) {
                siteName = str(o.get("name")).orElse(null);
            }
        }
        Optional<String> pageDate = page == null ? Optional.empty() : str(page.get("datePublished"));
        if (best == null && page != null && str(page.get("headline")).isPresent()) {
            best = page;
        }
        if (best == null) {
            return new Result(Optional.empty(), Optional.ofNullable(siteName), pageDate);
        }
        Map<String, Object> a = best;
        List<Author> authors = new ArrayList<>();
        authors(a.get("author"), authors, 0);
        if (authors.isEmpty()) {
            authors(a.get("creator"), authors, 0);
        }
        List<String> sources = new ArrayList<>();
        List<Author> orgs = new ArrayList<>();
        authors(a.get("sourceOrganization"), orgs, 0);
        for (Author o : orgs) {
            sources.add(o.name());
        }
        List<Author> provs = new ArrayList<>();
        authors(a.get("provider"), provs, 0);
        List<String> providers = new ArrayList<>();
        for (Author p : provs) {
            providers.add(p.name());
        }
        List<Author> pubs = new ArrayList<>();
        authors(a.get("publisher"), pubs, 0);
        Optional<String> publisher = pubs.isEmpty() ? Optional.empty() : Optional.of(pubs.get(0).name());
        Optional<String> url = str(a.get("url"));
        if (url.isEmpty()) {
            Object main = a.get("mainEntityOfPage");
            url = main instanceof Map<?, ?> mm ? str(mm.get("@id")) : str(main);
        }
        String type = "webpage"; // the first article type in the set's order (a loop, not a stream pipeline)
        for (String t : types(a)) {
            if (ARTICLE_TYPES.contains(t)) {
                type = t;
                break;
            }
        }
        Article article = new Article(type, str(a.get("headline")).or(() -> str(a.get("name"))), authors,
                str(a.get("datePublished")).or(() -> str(a.get("dateCreated"))).or(() -> pageDate),
                str(a.get("dateModified")), publisher, sources, providers, raw(a.get("articleBody")), url,
                str(a.get("inLanguage")), str(a.get("description")));
        if (siteName == null && publisher.isPresent()) {
            siteName = publisher.get();
        }
        return new Result(Optional.of(article), Optional.ofNullable(siteName), pageDate);
    }

    private void authors(Object v, List<Author> out, int depth) {
        if (v == null || depth > 4 || out.size() > 20) {
            return;
        }
        if (v instanceof String s) {
            if (!s.isBlank() && !s.startsWith("http")) {
                out.add(new Author(Text.collapse(s), false));
            }
        } else if (v instanceof List<?> list) {
            for (Object o : list) {
                authors(o, out, depth + 1);
            }
        } else if (v instanceof Map<?, ?> m) {
            Object name = m.get("name");
            if (name == null && m.get("@id") instanceof String id && byId.containsKey(id)) {
                Map<String, Object> ref = byId.get(id);
                if (ref != m) {
                    authors(ref, out, depth + 1);
                }
                return;
            }
            Optional<String> n = str(name);
            if (n.isPresent()) {
                Object t = m.get("@type");
                boolean org = t != null && !String.valueOf(t).toLowerCase(Locale.ROOT).contains("person");
                out.add(new Author(n.get(), org));
            }
        }
    }

    static Set<String> types(Map<String, Object> o) {
        Object t = o.get("@type");
        java.util.HashSet<String> out = new java.util.HashSet<>();
        if (t instanceof String s) {
            out.add(simple(s));
        } else if (t instanceof List<?> l) {
            for (Object x : l) {
                if (x instanceof String s) {
                    out.add(simple(s));
                }
            }
        }
        return out;
    }

    private static String simple(String type) {
        int slash = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
        return type.substring(slash + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** A non-blank string value as written (HTML-unescaped, line breaks kept). */
    static Optional<String> raw(Object v) {
        if (v instanceof String s && !s.isBlank()) {
            return Optional.of(Text.unescape(s).strip());
        }
        return Optional.empty();
    }

    /** A non-blank string value (the first of an array), whitespace-collapsed and HTML-unescaped. */
    static Optional<String> str(Object v) {
        if (v instanceof List<?> l && !l.isEmpty()) {
            v = l.get(0);
        }
        if (v instanceof Map<?, ?> m) {
            v = m.get("name") != null ? m.get("name") : m.get("@value");
        }
        if (v instanceof String s && !s.isBlank()) {
            return Optional.of(Text.collapse(Text.unescape(s)));
        }
        return Optional.empty();
    }
}
