package io.github.wirestory.internal;

import io.github.wirestory.model.Agency;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in agency table. Sources, conventions and the state-media criterion: {@code docs/datelines.md}.
 *
 * <p>{@code stateMedia} is true when the state owns the agency (directly, through a state holding, or as a
 * statutory state body) or controls it; the State Media Monitor typology (SC, CaPu, CaPr) was checked for each
 * entry it lists. A short name shared by two agencies goes to the one named in the project brief (APS =
 * Algérie Presse Service, APA = Austria Presse Agentur, ANP = Algemeen Nederlands Persbureau, CNA = Taiwan's
 * Central News Agency, KNA = Katholische Nachrichten-Agentur); the other keeps only its full names.
 */
public final class AgencyData {
    private AgencyData() {}

    /**
     * @return the default agencies, in a stable order
     */
    public static List<Agency> agencies() {
        List<Agency> a = new ArrayList<>();
        // global wire services and networks
        add(a, "ap", "Associated Press", "US", false, "AP", "The Associated Press|AP News");
        add(a, "reuters", "Reuters", "GB", false, "", "Thomson Reuters|Reuters News");
        add(a, "afp", "Agence France-Presse", "FR", false, "AFP", "Agence France Presse|France-Presse|France Presse");
        add(a, "upi", "United Press International", "US", false, "UPI", "UPI.com");
        add(a, "bloomberg", "Bloomberg", "US", false, "", "Bloomberg News");
        add(a, "dow-jones", "Dow Jones Newswires", "US", false, "", "Dow Jones|DJ Newswires");
        add(a, "cnn", "CNN", "US", false, "", "Cable News Network|CNN Business|CNN Wire|CNN Digital");
        add(a, "al-jazeera", "Al Jazeera", "QA", true, "", "Al Jazeera English|Al Jazeera Media Network|Aljazeera");
        // Europe
        add(a, "dpa", "Deutsche Presse-Agentur", "DE", false, "dpa", "Deutsche Presse Agentur|dpa-AFX");
        add(a, "epd", "Evangelischer Pressedienst", "DE", false, "epd", "");
        add(a, "kna", "Katholische Nachrichten-Agentur", "DE", false, "KNA", "");
        add(a, "dts", "dts Nachrichtenagentur", "DE", false, "dts", "");
        add(a, "efe", "Agencia EFE", "ES", true, "EFE", "EFE News|Agencia Efe");
        add(a, "europa-press", "Europa Press", "ES", false, "", "");
        add(a, "ansa", "Agenzia Nazionale Stampa Associata", "IT", false, "ANSA", "");
        add(a, "pa", "PA Media", "GB", false, "PA", "Press Association|PA Wire");
        add(a, "anp", "Algemeen Nederlands Persbureau", "NL", false, "ANP", "");
        add(a, "belga", "Belga News Agency", "BE", false, "Belga", "Agence Belga");
        add(a, "apa", "Austria Presse Agentur", "AT", false, "APA", "APA-Austria Presse Agentur");
        add(a, "keystone-sda", "Keystone-SDA", "CH", false, "SDA|ATS",
                "Keystone-ATS|Keystone-SDA-ATS|Schweizerische Depeschenagentur|Agence Télégraphique Suisse");
        add(a, "lusa", "Lusa News Agency", "PT", true, "Lusa", "Agência Lusa|Agencia Lusa");
        add(a, "pap", "Polish Press Agency", "PL", true, "PAP", "Polska Agencja Prasowa");
        add(a, "ctk", "Czech News Agency", "CZ", false, "CTK|ČTK", "Česká tisková kancelář");
        add(a, "mti", "Hungarian News Agency", "HU", true, "MTI", "Magyar Távirati Iroda");
        add(a, "bta", "Bulgarian News Agency", "BG", true, "BTA", "");
        add(a, "agerpres", "AGERPRES", "RO", true, "", "Romanian National News Agency");
        add(a, "hina", "Croatian News Agency", "HR", true, "HINA", "Hrvatska izvještajna novinska agencija");
        add(a, "sta", "Slovenian Press Agency", "SI", true, "STA", "Slovenska tiskovna agencija");
        add(a, "tanjug", "Tanjug", "RS", false, "", "");
        add(a, "ana-mpa", "Athens-Macedonian News Agency", "GR", true, "ANA-MPA|AMNA", "");
        add(a, "ntb", "NTB", "NO", false, "", "Norsk Telegrambyrå");
        add(a, "tt", "TT News Agency", "SE", false, "TT", "Tidningarnas Telegrambyrå");
        add(a, "stt", "STT", "FI", false, "", "STT-Info|Suomen Tietotoimisto|Finnish News Agency");
        add(a, "ritzau", "Ritzau", "DK", false, "", "Ritzaus Bureau");
        // Russia, Ukraine and the former Soviet Union
        add(a, "tass", "TASS", "RU", true, "ITAR-TASS", "TASS Russian News Agency|Information Telegraph Agency of Russia");
        add(a, "ria-novosti", "RIA Novosti", "RU", true, "RIA", "RIA-Novosti|Rossiya Segodnya");
        add(a, "interfax", "Interfax", "RU", false, "", "Interfax News Agency|Interfax-Ukraine");
        add(a, "sputnik", "Sputnik", "RU", true, "", "Sputnik News|Sputniknews");
        add(a, "rt", "RT", "RU", true, "", "Russia Today");
        add(a, "ukrinform", "Ukrinform", "UA", true, "", "Ukrainian National News Agency");
        add(a, "unian", "UNIAN", "UA", false, "", "Ukrainian Independent Information Agency of News");
        add(a, "belta", "Belarusian Telegraph Agency", "BY", true, "BelTA", "");
        add(a, "kazinform", "Kazinform", "KZ", true, "", "Kazinform International News Agency");
        add(a, "azertac", "AZERTAC", "AZ", true, "", "Azerbaijan State News Agency");
        add(a, "armenpress", "Armenpress", "AM", true, "", "");
        // East and Southeast Asia
        add(a, "xinhua", "Xinhua News Agency", "CN", true, "Xinhua", "Xinhua News|New China News Agency|Xinhuanet");
        add(a, "cns", "China News Service", "CN", true, "CNS|ECNS", "Chinanews|China News");
        add(a, "kcna", "Korean Central News Agency", "KP", true, "KCNA", "");
        add(a, "yonhap", "Yonhap News Agency", "KR", false, "Yonhap", "Yonhap News|Yonhapnews");
        add(a, "kyodo", "Kyodo News", "JP", false, "Kyodo", "Kyodo News Agency");
        add(a, "jiji", "Jiji Press", "JP", false, "Jiji", "Jiji Press Ltd.|Jiji Press Ltd");
        add(a, "cna", "Central News Agency", "TW", true, "CNA", "Focus Taiwan");
        add(a, "bernama", "Malaysian National News Agency", "MY", true, "Bernama", "Pertubuhan Berita Nasional Malaysia");
        add(a, "antara", "Antara News Agency", "ID", true, "ANTARA", "Antara News|LKBN Antara");
        add(a, "pna", "Philippine News Agency", "PH", true, "PNA", "Philippines News Agency");
        add(a, "vna", "Vietnam News Agency", "VN", true, "VNA", "TTXVN|Thông tấn xã Việt Nam");
        // South Asia
        add(a, "pti", "Press Trust of India", "IN", false, "PTI", "");
        add(a, "ians", "Indo-Asian News Service", "IN", false, "IANS", "");
        add(a, "ani", "Asian News International", "IN", false, "ANI", "");
        add(a, "app", "Associated Press of Pakistan", "PK", true, "APP", "");
        add(a, "bss", "Bangladesh Sangbad Sangstha", "BD", true, "BSS", "");
        add(a, "unb", "United News of Bangladesh", "BD", false, "UNB", "");
        // Oceania and the Americas
        add(a, "aap", "Australian Associated Press", "AU", false, "AAP", "");
        add(a, "cp", "The Canadian Press", "CA", false, "CP", "Canadian Press|La Presse Canadienne");
        add(a, "agencia-brasil", "Agência Brasil", "BR", true, "", "Agencia Brasil|Agência Brasil/EBC");
        add(a, "notimex", "Notimex", "MX", true, "NTX", "Agencia de Noticias del Estado Mexicano");
        add(a, "prensa-latina", "Prensa Latina", "CU", true, "PL", "Agencia Informativa Latinoamericana Prensa Latina");
        add(a, "telam", "Télam", "AR", true, "", "Telam|Agencia Télam");
        add(a, "andina", "Andina", "PE", true, "", "Agencia Andina|Agencia Peruana de Noticias Andina");
        // Middle East and North Africa
        add(a, "anadolu", "Anadolu Agency", "TR", true, "AA", "Anadolu Ajansı|Anadolu Ajansi|Anadolu");
        add(a, "irna", "Islamic Republic News Agency", "IR", true, "IRNA", "");
        add(a, "tasnim", "Tasnim News Agency", "IR", true, "Tasnim", "");
        add(a, "fars", "Fars News Agency", "IR", true, "FNA|Fars", "");
        add(a, "mehr", "Mehr News Agency", "IR", true, "", "Mehr News");
        add(a, "sana", "Syrian Arab News Agency", "SY", true, "SANA", "");
        add(a, "spa", "Saudi Press Agency", "SA", true, "SPA", "");
        add(a, "wam", "Emirates News Agency", "AE", true, "WAM", "");
        add(a, "qna", "Qatar News Agency", "QA", true, "QNA", "");
        add(a, "kuna", "Kuwait News Agency", "KW", true, "KUNA", "");
        add(a, "bna", "Bahrain News Agency", "BH", true, "BNA", "");
        add(a, "ona", "Oman News Agency", "OM", true, "ONA", "");
        add(a, "petra", "Jordan News Agency", "JO", true, "Petra", "");
        add(a, "nna", "National News Agency", "LB", true, "NNA", "");
        add(a, "wafa", "WAFA", "PS", true, "", "Palestine News and Information Agency|Palestinian News & Info Agency");
        add(a, "ina", "Iraqi News Agency", "IQ", true, "INA", "");
        add(a, "shafaq", "Shafaq News", "IQ", false, "", "Shafaq");
        add(a, "mena", "Middle East News Agency", "EG", true, "MENA", "");
        add(a, "map", "Maghreb Arabe Presse", "MA", true, "MAP", "Agence Maghreb Arabe Presse|Agence Marocaine de Presse");
        add(a, "aps", "Algérie Presse Service", "DZ", true, "APS", "Algerie Presse Service|Algeria Press Service");
        // Sub-Saharan Africa
        add(a, "suna", "Sudan News Agency", "SD", true, "SUNA", "");
        add(a, "ena", "Ethiopian News Agency", "ET", true, "ENA", "");
        add(a, "nan", "News Agency of Nigeria", "NG", true, "NAN", "");
        add(a, "gna", "Ghana News Agency", "GH", true, "GNA", "");
        add(a, "kenya-na", "Kenya News Agency", "KE", true, "", "");
        add(a, "aps-senegal", "Agence de Presse Sénégalaise", "SN", true, "", "Agence de Presse Senegalaise");
        return List.copyOf(a);
    }

    /**
     * @param shortNames short names separated by {@code |}
     * @param aliases aliases separated by {@code |}
     */
    private static void add(List<Agency> list, String id, String name, String country, boolean state,
            String shortNames, String aliases) {
        list.add(new Agency(id, name, split(shortNames), split(aliases), Optional.of(country), state));
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split("\\|")) {
            if (!part.isBlank()) {
                out.add(part);
            }
        }
        return out;
    }
}
