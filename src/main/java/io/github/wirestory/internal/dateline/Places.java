package io.github.wirestory.internal.dateline;

import io.github.wirestory.internal.AsciiKeys;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A small gazetteer used only to accept datelines that carry no agency and are not in capitals
 * ({@code Indianapolis –}, {@code Dekalb, Ill. —}) or that end in a colon ({@code NEW DELHI:}). All-caps
 * datelines with a dash need no gazetteer. Lookup is case-insensitive ({@link Locale#ROOT}).
 */
final class Places {
    private static final Set<String> CITIES = set(
            // capitals and the usual foreign dateline cities
            "abu dhabi", "abuja", "accra", "addis ababa", "algiers", "amman", "amsterdam", "ankara", "athens",
            "baghdad", "baku", "bamako", "bangkok", "beijing", "beirut", "belgrade", "berlin", "bern", "bogota",
            "bogotá", "brasilia", "brasília", "bratislava", "brussels", "bucharest", "budapest", "buenos aires",
            "cairo", "canberra", "caracas", "colombo", "copenhagen", "dakar", "damascus", "dhaka", "doha",
            "dubai", "dublin", "edinburgh", "frankfurt", "geneva", "gaza", "gaza city", "guangzhou", "hanoi",
            "havana", "helsinki", "ho chi minh city", "hong kong", "islamabad", "istanbul", "jakarta",
            "jerusalem", "johannesburg", "kabul", "kampala", "karachi", "kathmandu", "khartoum", "kharkiv",
            "kiev", "kyiv", "kigali", "kinshasa", "kolkata", "kuala lumpur", "kuwait", "kuwait city", "lagos",
            "la paz", "lahore", "lima", "lisbon", "ljubljana", "london", "luanda", "lviv", "madrid", "managua",
            "manila", "mecca", "mexico city", "milan", "minsk", "mogadishu", "moscow", "mumbai", "munich",
            "muscat", "nairobi", "new delhi", "nicosia", "odesa", "odessa", "oslo", "ottawa", "paris",
            "phnom penh", "prague", "pretoria", "pyongyang", "quito", "rabat", "ramallah", "riga", "riyadh",
            "rome", "san juan", "santiago", "sao paulo", "são paulo", "sanaa", "sarajevo", "seoul", "shanghai",
            "shenzhen", "singapore", "sofia", "stockholm", "sydney", "melbourne", "taipei", "tallinn",
            "tashkent", "tbilisi", "tehran", "tel aviv", "tokyo", "toronto", "tripoli", "tunis", "ulaanbaatar",
            "united nations", "vatican city", "vienna", "vilnius", "warsaw", "wellington", "yangon", "yerevan",
            "zagreb", "zurich", "osaka", "kobe", "kyoto", "busan", "chennai", "bengaluru", "bangalore",
            "hyderabad", "ahmedabad", "pune", "jaipur", "lucknow", "chandigarh", "srinagar", "peshawar",
            "quetta", "rawalpindi", "montreal", "vancouver", "calgary", "quebec", "brisbane", "perth",
            "adelaide", "auckland", "manchester", "birmingham", "glasgow", "belfast", "cardiff", "marseille",
            "lyon", "hamburg", "cologne", "barcelona", "naples", "florence", "venice", "rotterdam", "the hague",
            "antwerp", "krakow", "gdansk", "st. petersburg", "saint petersburg", "vladivostok", "donetsk",
            "luhansk", "mariupol", "zaporizhzhia", "dnipro", "kherson", "sevastopol", "aleppo", "homs", "idlib",
            "mosul", "basra", "erbil", "sulaimaniyah", "kirkuk", "benghazi", "alexandria", "casablanca",
            "marrakech", "tangier", "juba", "goma", "harare", "lusaka", "maputo", "dar es salaam", "mombasa",
            "cape town", "durban", "rio de janeiro", "medellin", "monterrey", "guadalajara", "tijuana",
            "panama city", "san jose", "san josé", "guatemala city", "san salvador", "tegucigalpa",
            "santo domingo", "port-au-prince", "kingston", "montevideo", "asuncion", "asunción",
            // U.S. and Canadian dateline cities that stand alone in AP style, and other large U.S. cities
            "washington", "new york", "atlanta", "baltimore", "boston", "chicago", "cincinnati", "cleveland",
            "dallas", "denver", "detroit", "honolulu", "houston", "indianapolis", "las vegas", "los angeles",
            "miami", "milwaukee", "minneapolis", "new orleans", "oklahoma city", "philadelphia", "phoenix",
            "pittsburgh", "st. louis", "salt lake city", "san antonio", "san diego", "san francisco", "seattle",
            "austin", "nashville", "orlando", "tampa", "sacramento", "portland", "charlotte", "columbus",
            "kansas city", "memphis", "louisville", "raleigh", "richmond", "buffalo", "albany", "anchorage",
            "springfield", "jacksonville", "fort worth", "el paso", "tucson", "albuquerque", "omaha", "tulsa",
            "des moines", "madison", "hartford", "providence", "newark", "jersey city", "annapolis",
            "cape canaveral", "palm beach", "west palm beach", "fort lauderdale", "silicon valley");

    private static final Set<String> REGIONS = set(
            // AP state abbreviations and names, postal codes
            "ala.", "alaska", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "hawaii",
            "idaho", "ill.", "ind.", "iowa", "kan.", "ky.", "la.", "maine", "md.", "mass.", "mich.", "minn.",
            "miss.", "mo.", "mont.", "neb.", "nev.", "n.h.", "n.j.", "n.m.", "n.y.", "n.c.", "n.d.", "ohio",
            "okla.", "ore.", "pa.", "r.i.", "s.c.", "s.d.", "tenn.", "texas", "utah", "vt.", "va.", "wash.",
            "w.va.", "wis.", "wyo.", "d.c.", "dc", "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga",
            "hi", "id", "il", "in", "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt",
            "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn",
            "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "alabama", "arizona", "arkansas", "california",
            "colorado", "connecticut", "delaware", "florida", "georgia", "illinois", "indiana", "kansas",
            "kentucky", "louisiana", "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
            "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico",
            "new york", "north carolina", "north dakota", "oklahoma", "oregon", "pennsylvania", "rhode island",
            "south carolina", "south dakota", "tennessee", "vermont", "virginia", "washington",
            "west virginia", "wisconsin", "wyoming", "ont.", "ontario", "quebec", "b.c.", "alta.", "alberta",
            "british columbia", "manitoba", "n.s.", "nova scotia",
            // countries and territories
            "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia", "austria",
            "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil",
            "bulgaria", "cambodia", "cameroon", "canada", "chile", "china", "colombia", "congo", "croatia",
            "cuba", "cyprus", "czech republic", "czechia", "denmark", "ecuador", "egypt", "el salvador",
            "england", "eritrea", "estonia", "ethiopia", "finland", "france", "georgia", "germany", "ghana",
            "greece", "guatemala", "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran",
            "iraq", "ireland", "israel", "italy", "ivory coast", "jamaica", "japan", "jordan", "kazakhstan",
            "kenya", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "libya", "lithuania",
            "malaysia", "mali", "malta", "mexico", "moldova", "mongolia", "montenegro", "morocco",
            "mozambique", "myanmar", "nepal", "netherlands", "new zealand", "nicaragua", "niger", "nigeria",
            "north korea", "northern ireland", "norway", "oman", "pakistan", "panama", "paraguay", "peru",
            "philippines", "poland", "portugal", "puerto rico", "qatar", "romania", "russia", "rwanda",
            "saudi arabia", "scotland", "senegal", "serbia", "singapore", "slovakia", "slovenia", "somalia",
            "south africa", "south korea", "south sudan", "spain", "sri lanka", "sudan", "sweden",
            "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "tunisia", "turkey",
            "turkmenistan", "uganda", "ukraine", "united arab emirates", "united kingdom", "united states",
            "uruguay", "uzbekistan", "venezuela", "vietnam", "wales", "west bank", "yemen", "zambia",
            "zimbabwe", "india", "u.s.", "uk", "u.k.", "usa", "u.a.e.", "uae", "gaza strip");

    /** The same names, looked up in place (no lower-cased copy). */
    private static final AsciiKeys<Boolean> CITY_KEYS = keys(CITIES);
    private static final AsciiKeys<Boolean> REGION_KEYS = keys(REGIONS);

    private Places() {}

    /** Whether {@code place} is a known dateline city (case-insensitive). */
    static boolean isCity(String place) {
        return contains(CITIES, CITY_KEYS, place);
    }

    /** Whether {@code region} is a known state, province or country (case-insensitive). */
    static boolean isRegion(String region) {
        return contains(REGIONS, REGION_KEYS, region);
    }

    /** {@code names.contains(name.toLowerCase(Locale.ROOT))}, read in place when the name is ASCII. */
    private static boolean contains(Set<String> names, AsciiKeys<Boolean> keys, String name) {
        if (!AsciiKeys.isAscii(name, 0, name.length())) {
            return names.contains(name.toLowerCase(Locale.ROOT));
        }
        return keys.get(name, 0, name.length()) != null;
    }

    private static AsciiKeys<Boolean> keys(Set<String> names) {
        java.util.Map<String, Boolean> map = new java.util.HashMap<>();
        for (String n : names) {
            map.put(n, Boolean.TRUE);
        }
        return new AsciiKeys<>(map);
    }

    private static Set<String> set(String... names) {
        return Set.copyOf(new HashSet<>(java.util.List.of(names)));
    }
}
