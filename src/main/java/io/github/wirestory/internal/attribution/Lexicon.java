package io.github.wirestory.internal.attribution;

import java.util.List;
import java.util.Set;

/**
 * The word lists attribution is built from. Documented in {@code docs/attribution.md}; keep the two in step.
 */
final class Lexicon {
    private Lexicon() {}

    /** Every word of every set below, in declaration order: the vocabulary {@link Tok} shares strings with. */
    static final List<String> VOCABULARY = new java.util.ArrayList<>();

    /** Every set below, in declaration order: set {@code i} is bit {@code i} of {@link Tok#lists}. */
    static final List<WordSet> SETS = new java.util.ArrayList<>();

    private static WordSet set(String... words) {
        VOCABULARY.addAll(java.util.Arrays.asList(words));
        return new WordSet(Set.copyOf(java.util.Arrays.asList(words)));
    }

    /** A set of {@code words} and {@code more} (which join the vocabulary). */
    private static WordSet join(Set<String> words, String... more) {
        VOCABULARY.addAll(java.util.Arrays.asList(more));
        Set<String> all = new java.util.HashSet<>(words);
        all.addAll(java.util.Arrays.asList(more));
        return new WordSet(Set.copyOf(all));
    }

    /**
     * An immutable set of lower-case words that also answers for a token: a known word's token carries one bit per
     * set it is in ({@link Tok#lists}, found with the word in the vocabulary), so {@link #has} costs no hashing.
     */
    static final class WordSet extends java.util.AbstractSet<String> {
        private final Set<String> words;
        /** This set's bit in {@link Tok#lists}. */
        final long bit;

        private WordSet(Set<String> words) {
            if (SETS.size() >= Tok.KNOWN_BIT_INDEX) {
                throw new IllegalStateException("more word sets than token bits");
            }
            this.words = words;
            this.bit = 1L << SETS.size();
            SETS.add(this);
        }

        /** Whether the token's norm is in this set. */
        boolean has(Tok t) {
            long lists = t.lists;
            return lists < 0 ? (lists & bit) != 0 : words.contains(t.norm()); // < 0: a known word (Tok.KNOWN)
        }

        /** Whether the token's norm without a possessive {@code 's} ({@link Tok#base()}) is in this set. */
        boolean hasBase(Tok t) {
            return t.possessive() ? words.contains(t.base()) : has(t); // not possessive: the base is the norm
        }

        @Override
        public boolean contains(Object o) {
            return words.contains(o);
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return words.iterator();
        }

        @Override
        public int size() {
            return words.size();
        }
    }

    /**
     * Bare (plural present) verb forms of {@link #CUES} ("NK media warn of ...", "State media slam ..."): cues in
     * headlines, and in the body only with an outlet subject.
     */
    static final WordSet PLURAL_CUES = set("warn", "slam", "blast", "accuse", "deny", "vow", "urge", "hail",
            "praise", "condemn", "denounce", "criticize", "criticise", "reveal", "confirm", "insist", "threaten",
            "blame", "dismiss", "reject", "mock", "lash");

    /**
     * Attribution cue verbs (one word, lower case), with {@link #PLURAL_CUES}. Multi-word cues ("according to",
     * "quoted ... as saying", "carried by", "citing") are recognised by the extractor around these.
     */
    static final WordSet CUES = join(PLURAL_CUES,
            "said", "says", "say", "reported", "report", "told", "tells", "added", "adds", "stated", "claimed",
            "claims", "claim", "quoted", "cited", "announced", "announces", "warned", "warns", "accused",
            "accuses", "denied", "denies", "noted", "insisted", "stressed", "emphasized", "emphasised", "urged",
            "declared", "asserted", "alleged", "argued", "wrote", "writes", "commented", "confirmed",
            "confirms", "revealed", "disclosed", "vowed", "pledged", "threatened", "blasted", "slammed",
            "criticized", "criticised", "condemned", "denounced", "praised", "hailed", "called", "calls",
            "described", "labeled", "labelled", "branded", "explained", "maintained", "acknowledged",
            "admitted", "predicted", "informed", "underlined", "underscored", "reiterated", "charged",
            "demanded", "threatens", "vows", "urges", "applauded", "acknowledged", "lauded", "welcomed",
            "blamed", "blames", "lashed", "downplayed", "attributed", "declares", "objected", "touted", "boasted", "mocked", "ridiculed", "questioned", "suggested",
            "reveals", "stresses", "asserts", "argues", "quotes", "cites", "slams", "blasts", "denounces",
            "condemns", "hails", "lambasts", "lambasted", "criticizes", "criticises", "rejects", "dismisses",
            "praises", "urged", "warns", "threatens", "confirms", "admits", "acknowledges",
            "dismissed", "rejected", "insists", "announced", "highlighted", "mentioned", "mentions", "reports",
            "proclaimed", "proclaims", "assailed", "assails", "decried", "decries", "derided", "derides", "chided",
            "chides", "rebuked", "rebukes", "berated", "berates", "attacked", "attacks", "cautioned", "cautions",
            "countered", "retorted", "remarked", "contended", "contends", "opined", "referred", "advises",
            "advised", "recommends", "recommended", "references", "notes", "accusing", "saying", "reporting", "citing", "quoting",
            // stance and report verbs wire copy uses for outlets ("KCNA termed the drills ...", "state media
            // portrayed the visit as ..."); not verbs often used without content ("responded with a softer tone",
            // "the drills concluded") or as adjectives ("an estimated 500", "a detailed report", "disputed islands")
            "termed", "terms", "dubbed", "dubs", "characterized", "characterised", "characterizes", "portrayed",
            "portrays", "depicted", "depicts", "outlines", "elaborated", "indicated", "indicates", "hinted",
            "hints", "implied", "implies", "recounted", "assures", "lamented", "laments", "trumpeted", "trumpets",
            "extolled", "extols", "glorified", "heralded", "heralds", "theorized", "surmised", "bragged", "brags",
            "crowed", "gloated", "bemoaned", "excoriated", "excoriates", "castigated", "castigates", "vilified",
            "vilifies", "scolded", "scolds", "reaffirmed", "reaffirms", "affirmed", "affirms", "conceded",
            "concedes", "alleges", "refuted", "refutes", "rebutted", "rebuts", "paraphrased", "paraphrases",
            // adjectives too, but a determiner before them makes them adjectives ("a detailed report")
            "specified", "detailed", "disputed", "publicized", "publicised", "estimated");

    /** Cues that are often adjectives ("a detailed report", "minutely detailed", "an estimated 500"). */
    static final WordSet ADJECTIVAL_CUES = set("specified", "detailed", "publicized", "publicised");

    /** Words of degree before an adjective ("the most detailed"). */
    static final WordSet DEGREE_WORDS = set("most", "more", "less", "least", "very", "highly", "so", "too");


    /**
     * Verbs that attribute only when an outlet is their subject ("KCNA carried a commentary ...", "Rodong Sinmun
     * published an article ...", "state TV aired an interview ..."); with any other subject they are not cues.
     */
    static final WordSet OUTLET_CUES = set("carried", "carries", "published", "publishes", "ran", "runs", "showed", "shows",
            "aired", "airs", "broadcast", "broadcasts", "printed", "prints", "relayed", "relays");

    /** Words after an outlet-only verb that show the carried text states something ("a commentary saying"). */
    static final WordSet CONTENT_MARKERS = set("saying", "says", "said", "claiming", "calling", "accusing",
            "warning", "urging", "arguing", "stating", "denouncing", "slamming", "blasting", "criticizing",
            "criticising", "describing", "insisting", "rejecting", "praising", "asserting", "alleging", "declaring",
            "vowing", "threatening", "blaming", "lauding", "hailing", "condemning", "dismissing", "denying",
            "demanding", "reporting", "stressing", "noting", "quoting", "citing", "announcing", "confirming",
            "revealing", "suggesting", "lambasting", "labeling", "labelling", "branding");

    /** Adjectives between "according to" and its source ("according to earlier official media reports"). */
    static final WordSet REPORT_ADJECTIVES = set("earlier", "previous", "recent", "latest", "initial", "separate",
            "unconfirmed", "local", "new", "further", "other");

    /** Verbs after "to" that show an outlet verb's text states something: "a commentary to rebut ...". */
    static final WordSet PURPOSE_VERBS = set("rebut", "refute", "condemn", "criticize", "criticise", "denounce",
            "slam", "blast", "accuse", "warn", "urge", "praise", "hail", "deny", "dismiss", "reject", "defend",
            "justify", "claim", "argue", "call", "demand", "protest", "counter");

    /** Words that open a post-modifier between an outlet and its cue: "Fars news website close to the IRGC reported". */
    static final WordSet POST_MODIFIERS = set("close", "affiliated", "linked", "run", "owned", "based", "loyal", "monitored",
            "allied", "aligned", "tied", "controlled");

    /** Nouns after "issued a": "the Global Times has issued a stark warning". */
    static final WordSet WARNING_NOUNS = set("warning", "warnings", "threat", "threats", "rebuke", "reminder",
            "appeal", "ultimatum", "broadside", "denunciation", "condemnation");

    /** Nouns after "made the": "The article made the accusation that ...". */
    static final WordSet CLAIM_NOUNS = set("accusation", "claim", "allegation", "assertion", "argument", "charge");

    /** Parts of an outlet that speak for it: "the overseas edition of People's Daily". */
    static final WordSet OUTLET_PARTS = set("edition", "version", "arm", "service", "channel", "account");

    /** Verbs of an outlet carrying someone's words: "in a statement carried by KCNA". */
    static final WordSet CARRYING = set("carried", "published", "broadcast", "aired", "released", "issued", "run",
            "reproduced", "relayed", "posted", "printed", "televised", "distributed");

    /** Month names and their abbreviations (lower case). */
    static final WordSet MONTHS = set("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    /** Words ending in -ly that are not adverbs. */
    static final WordSet NOT_ADVERBS = set("daily", "weekly", "monthly", "quarterly", "family", "assembly",
            "rally", "ally", "italy", "july", "supply", "reply", "bully", "belly", "jelly", "fly");

    /** Cues that are valid only in a headline (elsewhere they are usually nouns). */
    static final WordSet HEADLINE_ONLY = set("reports", "report");

    /** Present participles: valid after a comma following an attribution ("..., KCNA said, citing ..."). */
    static final WordSet PARTICIPLES = set("saying", "reporting", "citing", "quoting", "accusing");

    /** Verbs that mark the person speaking inside a report ("Kim ... expressed belief ..., KCNA reported"). */
    static final WordSet SPEAKER_VERBS = set(
            "expressed", "told", "stressed", "noted", "urged", "vowed", "called", "emphasized", "emphasised",
            "affirmed", "praised", "pointed", "declared", "hoped", "thanked", "underscored", "reiterated",
            "welcomed", "criticized", "criticised", "ordered", "instructed", "said", "says", "added", "warned",
            "pledged", "insisted", "demanded", "appreciated", "congratulated", "extended", "conveyed", "wished",
            "voiced", "clarified", "mentioned", "explained", "asserted", "stated", "claimed", "announced",
            "accused", "denied", "confirmed", "highlighted", "lauded", "hailed", "condemned", "denounced",
            "slammed", "blasted", "promised", "proposed", "suggested", "agreed", "spoke", "remarked", "wrote");

    /** Words between a subject and its cue that do not break the attribution ("KCNA also said"). */
    static final WordSet ADVERBS = set(
            "also", "later", "earlier", "separately", "further", "previously", "then", "again", "had", "has",
            "have", "was", "were", "is", "would", "will", "on", "late", "early", "last", "this", "week",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
            "today", "tonight", "night", "morning", "afternoon", "evening", "separately", "previously",
            "recently", "publicly", "repeatedly", "officially", "reportedly", "directly", "explicitly",
            "similarly", "likewise", "first", "once", "already", "even", "simply", "just", "both", "all", "month", "year",
            "here",
            "weekend");

    /** Words that negate a cue ("the report did not say"). */
    static final WordSet NEGATIONS = set("not", "never", "didn't", "doesn't", "hasn't", "haven't",
            "hadn't", "won't", "wouldn't", "did", "does", "n't", "no", "neither", "nor", "cannot", "couldn't");

    /** Words after which a subject noun phrase may start a clause. */
    static final WordSet CLAUSE_OPENERS = set("and", "but", "while", "as", "whereas", "although", "though",
            "because", "so", "yet", "meanwhile", "however", "instead", "also");

    /** Subordinators that open a clause whose subject may be an outlet: "after state media said ...". */
    static final WordSet SUBORDINATORS = set("after", "before", "since", "when", "until", "once", "unless",
            "where");

    /** Generic state-media phrases, as token sequences (lower case). */
    static final List<String> GENERIC = List.of(
            "state media", "state-run media", "state-controlled media", "state-owned media",
            "state-affiliated media", "state-backed media", "government-run media", "government-controlled media",
            "official media", "state news media", "state-run news media", "official news media",
            "state television", "state tv", "state-run television", "state-run tv", "state-owned television",
            "state-owned tv", "state-controlled television", "state-controlled tv", "official television",
            "state broadcaster", "state-run broadcaster", "state-owned broadcaster", "official broadcaster",
            "state radio", "state-run radio", "official radio", "state news agency", "state-run news agency",
            "state-owned news agency", "official news agency", "semi-official news agency",
            "semiofficial news agency", "state-run newspaper", "state newspaper", "official newspaper",
            "party newspaper", "party mouthpiece", "official mouthpiece", "propaganda outlet",
            "propaganda outlets", "propaganda website", "state-run outlets", "state outlets", "state-run outlet",
            "state-run website", "official website", "state media outlets", "state-run daily",
            "official daily", "ruling party's newspaper", "party's newspaper", "ruling party newspaper",
            "party's official newspaper", "official newspaper", "state-run newspapers",
            "state-run news service", "official news service", "state news service", "state-run press",
            "state press", "state-media", "north korean media", "north korea's media", "north korea media", "pyongyang's media",
            "nk media", "n.k. media", "n. korean media", "n. korea's media", "n.k. news agency", "n.k. state media",
            "north korean news agency", "north korea's news agency", "north korean radio", "north korea radio",
            "north korean state radio", "north korean state tv", "north korean state television", "pyongyang radio",
            "pyongyang tv", "n. korean newspaper", "n.k. newspaper", "north korea's main newspaper",
            "north korea's most-read newspaper", "north korea's state newspaper", "north korea's official newspaper",
            "the north's main newspaper", "daily of the ruling communist party", "newspaper of the ruling communist party",
            "daily of the communist party", "newspaper of the communist party", "mouthpiece of the communist party",
            "organ of the communist party", "daily of the ruling party", "newspaper of the ruling party",
            "mouthpiece of the ruling party", "organ of the ruling party", "official organ", "tehran radio", "tehran tv", "tehran television", "damascus radio",
            "damascus tv", "damascus television", "havana radio",
            "north korea tv", "north korean newspaper", "north korean newspapers", "north korean propaganda outlets",
            "north korean state media", "north korean outlets", "state-news agency", "north korean agencies",
            "north korean news agencies", "north korean outlets", "government mouthpiece", "regime mouthpiece",
            "propaganda outlet", "propaganda mouthpiece",
            "state news agencies", "state-run news agencies", "official news agencies",
            "state broadcasters", "state-run broadcasters", "state newspapers", "official newspapers",
            "state-controlled news agencies", "state-owned news agencies", "state-affiliated news agencies",
            "semi-official news agencies", "semiofficial news agencies", "state-run television stations",
            "state-run tv stations", "state-owned channels", "state-run channels", "government media",
            "state-controlled press", "state-run press agency", "state press agency", "official press agency");

    /** Generic phrases built from every state qualifier and outlet noun ("state-owned newspaper", ...). */
    static final List<String> GENERIC_COMBINATIONS = combinations();

    private static List<String> combinations() {
        String[] qualifiers = {"state", "state-run", "state-owned", "state-controlled", "state-backed",
            "state-affiliated", "state-funded", "government-run", "government-controlled", "government-owned",
            "government", "official", "semi-official", "semiofficial", "party-run", "party-controlled",
            "communist party", "kremlin-controlled", "kremlin-backed", "junta-controlled", "junta-run",
            "military-run", "military-controlled", "regime-controlled", "regime-run", "state-news", "regime", "regime's",
            // scraped copy often drops the hyphen: "the state run Press TV"
            "state run", "state owned", "state controlled", "state backed", "state funded", "state affiliated",
            "government run", "government owned", "government controlled"};
        String[] nouns = {"media", "news media", "television", "tv", "broadcaster", "broadcasters", "radio",
            "news agency", "news agencies", "newspaper", "newspapers", "daily", "outlet", "outlets",
            "media outlet", "media outlets", "news outlet", "news outlets", "news service", "press agency",
            "mouthpiece", "channel", "channels", "website", "tabloid", "news wire", "newswire", "wire service",
            "new agency", // a frequent typo of "news agency" in scraped copy ("state new agency QNA")
            "television channel", "tv channel", "press", "media organizations", "media organisations", "news bureau",
            "news firm",
            "media organization", "media organisation"};
        List<String> out = new java.util.ArrayList<>();
        for (String q : qualifiers) {
            for (String n : nouns) {
                if (!(q.equals("government") && (n.equals("media") || n.equals("press")))) {
                    out.add(q + " " + n);
                }
            }
        }
        // a country between the qualifier and the noun: "the official Chinese news agency", "state-run Syrian TV"
        String[] countries = {"north korean", "chinese", "russian", "iranian", "syrian", "vietnamese", "cuban",
            "venezuelan", "belarusian", "saudi", "emirati", "qatari", "kuwaiti", "egyptian", "turkish", "bahraini",
            "omani", "jordanian", "iraqi", "libyan", "algerian", "moroccan", "tunisian", "sudanese", "ethiopian",
            "eritrean", "zimbabwean", "lao", "laotian", "cambodian", "azerbaijani", "kazakh", "uzbek", "turkmen",
            "tajik", "nicaraguan", "myanmar", "burmese"};
        String[] countryQualifiers = {"official", "state", "state-run", "state-owned", "state-controlled",
            "semi-official", "semiofficial", "government", "government-run"};
        String[] countryNouns = {"news agency", "media", "television", "tv", "broadcaster", "newspaper", "radio",
            "news service", "press agency"};
        for (String q : countryQualifiers) {
            for (String c : countries) {
                for (String n : countryNouns) {
                    if (!(q.equals("government") && n.equals("media"))) {
                        out.add(q + " " + c + " " + n);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** Words that may stand before an outlet name as part of how it is written. */
    static final WordSet MODIFIERS = set(
            "the", "official", "government", "state-run", "state-owned", "state-controlled", "state-affiliated", "state-backed",
            "state", "government-run", "government-controlled", "semi-official", "semiofficial",
            "quasi-official", "party", "ruling", "mouthpiece", "flagship", "nationalist", "tabloid",
            "broadcaster", "news", "agency", "newspaper", "television", "tv", "daily", "outlet", "media",
            "propaganda", "website", "english-language", "hardline", "hard-line", "conservative", "main",
            "military", "army", "communist", "workers'", "party's", "military's", "army's", "government's",
            "regime's", "newspaper", "radio", "broadcasting", "channel", "network", "public", "national",
            "news-agency", "wire", "service", "affiliated", "controlled", "influential", "leading", "major",
            "prominent", "powerful", "popular", "largest", "biggest", "top", "widely-read", "hawkish", "local", "governmental",
            "firm",
            "outspoken", "government-backed", "broadcast", "state-funded", "english", "chinese-language", "mass-circulation",
            "country's", "nation's", "kingdom's", "republic's", "emirate's", "sultanate's", "island's", "state's",
            "regime's", "city's", "territory's", "province's", "region's");

    /** Demonyms and country-like words that may stand before an outlet ("Chinese state media"). */
    static final WordSet DEMONYMS = set(
            "north", "south", "korean", "chinese", "russian", "iranian", "syrian", "vietnamese", "cuban",
            "venezuelan", "belarusian", "saudi", "emirati", "qatari", "kuwaiti", "egyptian", "turkish",
            "bahraini", "omani", "jordanian", "iraqi", "libyan", "algerian", "moroccan", "tunisian", "sudanese",
            "ethiopian", "eritrean", "zimbabwean", "myanmar", "lao", "cambodian", "azerbaijani", "kazakh",
            "uzbek", "turkmen", "tajik", "pakistani", "bangladeshi", "indian", "malaysian", "philippine",
            "hungarian", "serbian", "nicaraguan", "arab", "pro-kremlin", "kremlin-backed", "kremlin-controlled",
            "pro-government", "beijing-backed", "pyongyang's", "beijing's", "moscow's", "tehran's",
            "damascus'", "hanoi's", "havana's", "caracas'", "minsk's", "pyongyang", "beijing", "moscow", "tehran",
            "damascus", "hanoi", "havana", "minsk", "riyadh", "china", "russia", "iran", "syria",
            "vietnam", "cuba", "venezuela", "belarus", "egypt", "turkey", "korea", "oman", "kuwait", "qatar",
            "bahrain", "jordan", "iraq", "libya", "sudan", "ethiopia", "laos", "cambodia", "nicaragua", "eritrea",
            "algeria", "morocco", "tunisia", "azerbaijan", "kazakhstan", "uzbekistan", "turkmenistan", "tajikistan",
            "uae", "emirates", "yemen", "lebanon", "pakistan", "arabia", "read", "widely", "tightly",
            "heavily", "closely");

    /** Words after an outlet name that are still part of it ("the Xinhua news agency", "the KCNA report"). */
    static final WordSet TRAILERS = set("news", "agency", "newspaper", "daily", "tv", "television",
            "broadcaster", "radio", "website", "channel", "network", "wire", "service");

    /** Document nouns after an outlet name: "the KCNA report said" is the outlet speaking. */
    /** Reports that are no outlet's: "A U.N. report released Monday ..." (see {@code noteOtherReport}). */
    static final WordSet OTHER_REPORTS = set("report", "study", "assessment");

    static final WordSet DOCUMENTS = set("report", "dispatch", "commentary", "editorial", "article", "account",
            "comments", "remarks", "interview", "message", "announcement", "speech", "letter",
            "statement", "bulletin", "broadcast", "story", "piece", "op-ed", "column", "headline", "columns",
            "editorials", "commentaries", "articles", "dispatches", "series", "decree", "newsflash", "communique",
            "communiqué", "readout", "notice", "order");

    /** Person nouns after an outlet name: "a CCTV director said" is a person, not the outlet. */
    static final WordSet PERSON_NOUNS = set("director", "anchor", "editor", "editor-in-chief", "reporter",
            "correspondent", "host", "commentator", "journalist", "chief", "president", "spokesman",
            "spokeswoman", "spokesperson", "presenter", "columnist", "writer", "analyst", "staff", "employee",
            "executive", "head", "boss", "newsreader", "announcer", "photographer", "reporters", "journalists");

    /** Nouns that refer back to a source ("the report said"), and which kind of source they fit. */
    static final WordSet ANAPHOR_MEDIA = set("report", "dispatch", "article", "commentary", "editorial",
            "bulletin", "story", "broadcast", "column", "op-ed");
    static final WordSet ANAPHOR_AGENCY = set("agency", "wire", "newswire");
    static final WordSet ANAPHOR_NEWSPAPER = set("newspaper", "paper", "daily", "tabloid");
    static final WordSet ANAPHOR_BROADCASTER = set("broadcaster", "station", "channel", "network", "tv",
            "television", "radio");
    static final WordSet ANAPHOR_ANY = set("statement", "outlet", "website", "it");

    /** Words that make a subject a person. */
    static final WordSet PERSON_WORDS = set("spokesman", "spokeswoman", "spokesperson", "minister",
            "leader", "president", "premier", "chairman", "chairwoman", "secretary", "general", "official",
            "officials", "analyst", "analysts", "expert", "experts", "professor", "ambassador", "envoy",
            "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "lawmaker", "lawmakers", "diplomat", "diplomats",
            "commander", "chief", "director", "he", "she", "aide", "adviser", "advisor", "researcher", "source",
            "sources", "witness", "witnesses", "resident", "residents", "king", "prince", "queen", "sister",
            "dictator", "representative", "deputy", "vice", "lt", "gen", "col", "adm", "capt", "maj",
            "head", "anchor", "editor", "editor-in-chief", "reporter", "correspondent", "host", "commentator",
            "journalist", "presenter", "columnist", "writer", "newsreader", "announcer", "spokesmen",
            "spokespeople", "officer", "officers", "prosecutor", "prosecutors", "judge", "senator", "mayor");

    /** Words that make a subject a government or organisation. */
    static final WordSet ORG_WORDS = set("ministry", "government", "military", "army", "navy", "office",
            "department", "committee", "council", "agency", "party", "commission", "police", "command",
            "forces", "staff", "pentagon", "kremlin", "house", "administration", "cabinet", "parliament",
            "assembly", "court", "bureau", "company", "group", "organization", "organisation", "union",
            "observatory", "watchdog", "monitor",
            "nations", "nato", "u.n", "embassy", "authorities", "authority", "regime", "corps", "guard",
            "institute", "center", "centre", "bank", "federation", "service", "secretariat", "association",
            "washington", "seoul", "pyongyang", "beijing", "moscow", "tokyo", "tehran", "kyiv", "kiev",
            "damascus", "hanoi", "havana", "caracas", "minsk", "riyadh", "doha", "cairo", "ankara", "london",
            "paris", "berlin", "brussels", "taipei", "jerusalem", "north", "south", "korea", "china", "russia",
            "iran", "syria", "japan", "ukraine", "israel", "afghanistan", "arabia", "saudi", "belarus", "britain",
            "canada", "cuba", "egypt", "france", "germany", "india", "iraq", "jordan", "kuwait", "lebanon", "libya",
            "pakistan", "qatar", "turkey", "türkiye", "venezuela", "vietnam", "yemen", "emirates", "bahrain",
            "oman", "sudan", "ethiopia", "myanmar", "taiwan", "philippines", "indonesia", "australia", "poland",
            "lithuania", "latvia", "estonia", "georgia", "armenia", "azerbaijan", "kazakhstan", "serbia",
            "hungary", "italy", "spain", "opec", "asean", "hamas", "hezbollah", "taliban", "beijing's", "u.s", "u.s.", "u.n.", "us", "united", "states", "eu", "state");

    /** Nouns that make a subject a news outlet ("the Moscow-based daily newspaper ..."). */
    static final WordSet MEDIA_WORDS = set("newspaper", "daily", "broadcaster", "tabloid", "weekly", "mouthpiece",
            "magazine", "channel", "television", "radio", "website", "outlet", "wire", "newswire", "broadcasting");

    /** Last words of outlet names the registries may not know ("Myitkyina News Journal", "Korea Times"). */
    static final WordSet OUTLET_HEADS = set("journal", "times", "post", "herald", "gazette", "tribune",
            "chronicle", "mail", "observer", "telegraph", "express", "monitor", "daily", "news", "tv",
            "television", "radio", "agency");

    /** Pronoun subjects. */
    static final WordSet PRONOUNS = set("he", "she", "they", "it", "we", "i");

    /** Lower-case words allowed inside a subject noun phrase. */
    static final WordSet NP_WORDS = set("the", "a", "an", "of", "for", "and", "its", "his", "her",
            "their", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "minister", "ministry",
            "leader", "president", "chief", "analyst", "analysts", "expert", "experts", "source", "sources",
            "government", "military", "foreign", "defense", "defence", "senior", "deputy", "top", "former",
            "state", "national", "security", "unification", "police", "army", "navy", "office", "department",
            "committee", "council", "agency", "statement", "report", "newspaper", "paper", "daily", "news",
            "broadcaster", "station", "media", "dispatch", "article", "commentary", "editorial", "outlet",
            "first", "vice", "general", "secretary", "affairs", "diplomat", "lawmaker", "lawmakers", "party",
            "ruling", "opposition", "commission", "authorities", "regime", "embassy", "website", "military's",
            "country's", "nation's", "north's", "south's", "prime", "joint", "chiefs", "staff", "premier",
            "sister", "aide", "envoy", "ambassador", "adviser", "spokespeople", "officer", "officers", "member",
            "members", "director", "head", "chairman", "witnesses", "residents", "in", "at", "on", "to",
            "intelligence", "service", "presidential", "ministry's", "army's", "navy's", "air", "force",
            "semi-official", "semiofficial", "state-run", "state-owned", "english-language", "channel",
            "network", "television", "tv", "radio", "broadcasting", "communications", "it", "he", "she", "they",
            "we", "i", "reports", "spokesmen", "director-general", "secretary-general", "permanent", "agencies",
            "outlets", "newspapers", "broadcasters");
}
