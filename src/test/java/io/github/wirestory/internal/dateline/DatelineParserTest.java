package io.github.wirestory.internal.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.AgencyRegistry;
import io.github.wirestory.model.AgencyCredit;
import io.github.wirestory.model.Dateline;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven dateline tests: each row is a dateline in the real format of the agency named on the row,
 * followed by a short invented sentence. Expected: dateline text, location, region, month-day, agency id.
 */
class DatelineParserTest {
    private static final DatelineParser PARSER = new DatelineParser(AgencyRegistry.defaults());

    /** One row: the agency whose format it is, the lede, and what the dateline must give. */
    record Row(String format, String lede, String text, String location, String region, String monthDay,
            String agencyId) {
        @Override
        public String toString() {
            return format + ": " + text;
        }
    }

    static Row row(String format, String lede, String text, String location, String region, String monthDay,
            String agencyId) {
        return new Row(format, lede, text, location, region, monthDay, agencyId);
    }

    static List<Row> rows() {
        return List.of(
                // Associated Press
                row("ap", "WASHINGTON (AP) — Lawmakers agreed on a spending plan late Tuesday.",
                        "WASHINGTON (AP) —", "WASHINGTON", null, null, "ap"),
                row("ap", "KYIV, Ukraine (AP) — Air raid sirens sounded across the capital overnight.",
                        "KYIV, Ukraine (AP) —", "KYIV", "Ukraine", null, "ap"),
                row("ap", "SPRINGFIELD, Ill. (AP) — The state budget passed on a narrow vote.",
                        "SPRINGFIELD, Ill. (AP) —", "SPRINGFIELD", "Ill.", null, "ap"),
                row("ap", "UNITED NATIONS (AP) — The Security Council met in an emergency session.",
                        "UNITED NATIONS (AP) —", "UNITED NATIONS", null, null, "ap"),
                row("ap", "ST. LOUIS (AP) — A levee gave way after days of rain.",
                        "ST. LOUIS (AP) —", "ST. LOUIS", null, null, "ap"),
                row("ap", "HANOI, Vietnam (AP) — Officials opened a new metro line on Monday.",
                        "HANOI, Vietnam (AP) —", "HANOI", "Vietnam", null, "ap"),
                row("ap", "NEW YORK (AP) -- Stocks drifted lower in early trading.",
                        "NEW YORK (AP) --", "NEW YORK", null, null, "ap"),
                row("ap", "SANTA FE, N.M. (AP) — A missing cat turned up five states away.",
                        "SANTA FE, N.M. (AP) —", "SANTA FE", "N.M.", null, "ap"),
                row("ap", "ABOARD AIR FORCE ONE (AP) — The president said he would travel again next week.",
                        "ABOARD AIR FORCE ONE (AP) —", "ABOARD AIR FORCE ONE", null, null, "ap"),
                row("ap", "PORT-AU-PRINCE, Haiti (AP) — Gangs blocked the main road into the capital.",
                        "PORT-AU-PRINCE, Haiti (AP) —", "PORT-AU-PRINCE", "Haiti", null, "ap"),
                row("ap", "SÃO PAULO (AP) — Brazil's central bank cut its key rate on Wednesday.",
                        "SÃO PAULO (AP) —", "SÃO PAULO", null, null, "ap"),
                row("ap", "WASHINGTON (AP) _ The Senate adjourned without a vote.",
                        "WASHINGTON (AP) _", "WASHINGTON", null, null, "ap"),
                row("reuters", "WASHINGTON/NEW YORK, July 27 (Reuters) - U.S. regulators proposed new rules.",
                        "WASHINGTON/NEW YORK, July 27 (Reuters) -", "WASHINGTON/NEW YORK", null, "07-27", "reuters"),
                row("reuters", "NEW YORK (Reuters Breakingviews) - Bank mergers are back in fashion.",
                        "NEW YORK (Reuters Breakingviews) -", "NEW YORK", null, null, "reuters"),
                row("reuters", "July 27 (Reuters) - Shares of the chipmaker jumped in early trade.",
                        "July 27 (Reuters) -", null, null, "07-27", "reuters"),
                row("cnn", "Washington (CNN) — The House passed the bill on a party-line vote.",
                        "Washington (CNN) —", "Washington", null, null, "cnn"),
                row("ap", "WASHINGTON, Monday, Jan. 5 (AP) — The court declined to hear the case.",
                        "WASHINGTON, Monday, Jan. 5 (AP) —", "WASHINGTON", null, "01-05", "ap"),
                // Reuters
                row("reuters", "SEOUL, July 27 (Reuters) - North Korea paraded new missiles on Thursday.",
                        "SEOUL, July 27 (Reuters) -", "SEOUL", null, "07-27", "reuters"),
                row("reuters", "NEW YORK (Reuters) - Oil prices fell sharply on oversupply concerns.",
                        "NEW YORK (Reuters) -", "NEW YORK", null, null, "reuters"),
                row("reuters", "(Reuters) — A state attorney general opened an inquiry into the company.",
                        "(Reuters) —", null, null, null, "reuters"),
                row("reuters", "LONDON, Sept 12 (Reuters) - Sterling slipped against the dollar.",
                        "LONDON, Sept 12 (Reuters) -", "LONDON", null, "09-12", "reuters"),
                row("reuters", "WASHINGTON, Aug. 1 (Reuters) – The Senate confirmed the nominee.",
                        "WASHINGTON, Aug. 1 (Reuters) –", "WASHINGTON", null, "08-01", "reuters"),
                row("reuters", "LOS ANGELES (Reuters) - A thriller won the top award at the ceremony.",
                        "LOS ANGELES (Reuters) -", "LOS ANGELES", null, null, "reuters"),
                // UPI
                row("upi", "July 27 (UPI) -- North Korean leader Kim Jong Un led a visiting delegation.",
                        "July 27 (UPI) --", null, null, "07-27", "upi"),
                row("upi", "June 3 (UPI) -- The Senate voted to advance the bill.",
                        "June 3 (UPI) --", null, null, "06-03", "upi"),
                // AFP
                row("afp", "PARIS (AFP) - France announced new measures on Monday.",
                        "PARIS (AFP) -", "PARIS", null, null, "afp"),
                row("afp", "Paris (AFP) - Le gouvernement a annoncé de nouvelles mesures.",
                        "Paris (AFP) -", "Paris", null, null, "afp"),
                row("afp", "GENEVA, June 3 (AFP) - The agency warned of a funding gap.",
                        "GENEVA, June 3 (AFP) -", "GENEVA", null, "06-03", "afp"),
                // Bloomberg
                row("bloomberg", "(Bloomberg) -- Asian stocks rose as traders weighed the data.",
                        "(Bloomberg) --", null, null, null, "bloomberg"),
                row("bloomberg", "NEW YORK (Bloomberg) -- Treasuries rallied after the report.",
                        "NEW YORK (Bloomberg) --", "NEW YORK", null, null, "bloomberg"),
                // dpa
                row("dpa", "Berlin (dpa) - Die Regierung hat am Montag neue Pläne vorgestellt.",
                        "Berlin (dpa) -", "Berlin", null, null, "dpa"),
                row("dpa", "Hamburg (dpa/lno) – Der Senat hat den Haushalt beschlossen.",
                        "Hamburg (dpa/lno) –", "Hamburg", null, null, "dpa"),
                // EFE
                row("efe", "Madrid, 27 jul (EFE).- El Gobierno aprobó este martes el nuevo plan.",
                        "Madrid, 27 jul (EFE).-", "Madrid", null, "07-27", "efe"),
                row("efe", "Mexico City, Jan 5 (EFE).- Authorities reported a strong earthquake.",
                        "Mexico City, Jan 5 (EFE).-", "Mexico City", null, "01-05", "efe"),
                // ANSA
                row("ansa", "(ANSA) - ROME, JUL 27 - Italy's government approved the budget on Thursday.",
                        "(ANSA) - ROME, JUL 27 -", "ROME", null, "07-27", "ansa"),
                // Kyodo, Jiji
                row("kyodo", "TOKYO (Kyodo) -- The Bank of Japan kept rates unchanged on Friday.",
                        "TOKYO (Kyodo) --", "TOKYO", null, null, "kyodo"),
                row("jiji", "Tokyo, July 27 (Jiji Press)--The government decided to extend the program.",
                        "Tokyo, July 27 (Jiji Press)--", "Tokyo", null, "07-27", "jiji"),
                // Yonhap
                row("yonhap", "PYONGYANG, Aug. 1 (Yonhap) -- North Korea test-fired a cruise missile.",
                        "PYONGYANG, Aug. 1 (Yonhap) --", "PYONGYANG", null, "08-01", "yonhap"),
                row("yonhap", "SEOUL, July 27 (Yonhap) -- Exports rose for a third straight month.",
                        "SEOUL, July 27 (Yonhap) --", "SEOUL", null, "07-27", "yonhap"),
                // Xinhua, China News Service
                row("xinhua", "BEIJING, Jan. 5 (Xinhua) -- China's foreign trade grew steadily last year.",
                        "BEIJING, Jan. 5 (Xinhua) --", "BEIJING", null, "01-05", "xinhua"),
                row("xinhua", "UNITED NATIONS, Sept. 12 (Xinhua) -- The General Assembly opened its new session.",
                        "UNITED NATIONS, Sept. 12 (Xinhua) --", "UNITED NATIONS", null, "09-12", "xinhua"),
                row("xinhua", "NAIROBI, March 14 (Xinhua) -- Kenya launched a new vaccination drive.",
                        "NAIROBI, March 14 (Xinhua) --", "NAIROBI", null, "03-14", "xinhua"),
                row("cns", "(ECNS) -- A new high-speed rail line opened in the southwest.",
                        "(ECNS) --", null, null, null, "cns"),
                // KCNA
                row("kcna", "Pyongyang, July 27 (KCNA) -- A grand military parade was held in the capital.",
                        "Pyongyang, July 27 (KCNA) --", "Pyongyang", null, "07-27", "kcna"),
                // TASS, RIA Novosti, Interfax
                row("tass", "MOSCOW, March 3. /TASS/. The Russian government approved the draft law.",
                        "MOSCOW, March 3. /TASS/.", "MOSCOW", null, "03-03", "tass"),
                row("tass", "NEW YORK, July 27. /TASS/. The UN General Assembly adopted a resolution.",
                        "NEW YORK, July 27. /TASS/.", "NEW YORK", null, "07-27", "tass"),
                row("ria-novosti", "MOSCOW, July 27 (RIA Novosti) - The ministry reported new figures.",
                        "MOSCOW, July 27 (RIA Novosti) -", "MOSCOW", null, "07-27", "ria-novosti"),
                row("interfax", "MOSCOW. July 27 (Interfax) - The central bank raised its key rate.",
                        "MOSCOW. July 27 (Interfax) -", "MOSCOW", null, "07-27", "interfax"),
                // Anadolu
                row("anadolu", "ANKARA (AA) - Turkey's parliament approved the bill on Wednesday.",
                        "ANKARA (AA) -", "ANKARA", null, null, "anadolu"),
                // PTI, IANS, ANI
                row("pti", "New Delhi, Jul 27 (PTI) The government on Thursday announced a new scheme.",
                        "New Delhi, Jul 27 (PTI)", "New Delhi", null, "07-27", "pti"),
                row("ians", "New Delhi, July 27 (IANS) The Supreme Court on Thursday sought a reply.",
                        "New Delhi, July 27 (IANS)", "New Delhi", null, "07-27", "ians"),
                row("ani", "New Delhi [India], July 27 (ANI): The Union Cabinet approved the proposal.",
                        "New Delhi [India], July 27 (ANI):", "New Delhi", "India", "07-27", "ani"),
                // Bernama, Antara, VNA, CNA
                row("bernama", "KUALA LUMPUR, July 27 (Bernama) -- The ringgit opened higher against the dollar.",
                        "KUALA LUMPUR, July 27 (Bernama) --", "KUALA LUMPUR", null, "07-27", "bernama"),
                row("antara", "Jakarta (ANTARA) - The government will expand the food assistance program.",
                        "Jakarta (ANTARA) -", "Jakarta", null, null, "antara"),
                row("vna", "Hanoi (VNA) – Vietnam's exports rose in the first half of the year.",
                        "Hanoi (VNA) –", "Hanoi", null, null, "vna"),
                row("cna", "Taipei, July 27 (CNA) Taiwan's exports hit a record high in June.",
                        "Taipei, July 27 (CNA)", "Taipei", null, "07-27", "cna"),
                // AAP, Canadian Press
                row("aap", "SYDNEY, July 27 AAP - Australian shares closed higher on Thursday.",
                        "SYDNEY, July 27 AAP -", "SYDNEY", null, "07-27", "aap"),
                row("cp", "OTTAWA (CP) - The federal government tabled its budget on Tuesday.",
                        "OTTAWA (CP) -", "OTTAWA", null, null, "cp"),
                // ANP, Belga, APA, Keystone-SDA
                row("anp", "DEN HAAG (ANP) - Het kabinet heeft dinsdag nieuwe maatregelen aangekondigd.",
                        "DEN HAAG (ANP) -", "DEN HAAG", null, null, "anp"),
                row("belga", "Brussel (Belga) - De regering heeft een akkoord bereikt over de begroting.",
                        "Brussel (Belga) -", "Brussel", null, null, "belga"),
                row("apa", "Wien (APA) - Die Regierung hat am Dienstag ein neues Paket vorgestellt.",
                        "Wien (APA) -", "Wien", null, null, "apa"),
                row("keystone-sda", "Bern (Keystone-SDA) - Der Bundesrat hat am Mittwoch neue Regeln beschlossen.",
                        "Bern (Keystone-SDA) -", "Bern", null, null, "keystone-sda"),
                // Lusa, Notimex, Prensa Latina
                row("lusa", "Lisboa, 27 jul 2023 (Lusa) - O Governo aprovou hoje o novo plano.",
                        "Lisboa, 27 jul 2023 (Lusa) -", "Lisboa", null, "07-27", "lusa"),
                row("notimex", "Ciudad de México, 27 Jul (Notimex).- El gobierno anunció un nuevo programa.",
                        "Ciudad de México, 27 Jul (Notimex).-", "Ciudad de México", null, "07-27", "notimex"),
                row("prensa-latina", "Havana, Jul 27 (Prensa Latina) Cuba celebrated the anniversary on Thursday.",
                        "Havana, Jul 27 (Prensa Latina)", "Havana", null, "07-27", "prensa-latina"),
                // PAP, CTK, MTI, BTA, BelTA
                row("pap", "WARSAW (PAP) - Poland's parliament passed the bill on Friday.",
                        "WARSAW (PAP) -", "WARSAW", null, null, "pap"),
                row("ctk", "Prague, July 27 (CTK) - The Czech government approved the budget outline.",
                        "Prague, July 27 (CTK) -", "Prague", null, "07-27", "ctk"),
                row("mti", "Budapest, July 27 (MTI) – The government extended the price caps.",
                        "Budapest, July 27 (MTI) –", "Budapest", null, "07-27", "mti"),
                row("bta", "Sofia, July 27 (BTA) - Parliament adopted the budget at second reading.",
                        "Sofia, July 27 (BTA) -", "Sofia", null, "07-27", "bta"),
                row("belta", "MINSK, 27 July (BelTA) - The president met the governor of the region.",
                        "MINSK, 27 July (BelTA) -", "MINSK", null, "07-27", "belta"),
                // Iran, Syria, the Gulf, Egypt, the Maghreb
                row("irna", "Tehran, IRNA - Iran's foreign minister met his Omani counterpart.",
                        "Tehran, IRNA -", "Tehran", null, null, "irna"),
                row("tasnim", "TEHRAN (Tasnim) – Iran's navy launched a new destroyer.",
                        "TEHRAN (Tasnim) –", "TEHRAN", null, null, "tasnim"),
                row("fars", "TEHRAN (FNA)- Iran unveiled a new air defense system.",
                        "TEHRAN (FNA)-", "TEHRAN", null, null, "fars"),
                row("sana", "Damascus, SANA – The Cabinet discussed the new economic plan.",
                        "Damascus, SANA –", "Damascus", null, null, "sana"),
                row("spa", "Riyadh, July 27, 2023, SPA -- The crown prince received the visiting envoy.",
                        "Riyadh, July 27, 2023, SPA --", "Riyadh", null, "07-27", "spa"),
                row("wam", "ABU DHABI, 27th July, 2023 (WAM) -- The UAE announced a new aid package.",
                        "ABU DHABI, 27th July, 2023 (WAM) --", "ABU DHABI", null, "07-27", "wam"),
                row("qna", "Doha, July 27 (QNA) - The Amir received a phone call from the president.",
                        "Doha, July 27 (QNA) -", "Doha", null, "07-27", "qna"),
                row("kuna", "KUWAIT, July 27 (KUNA) -- The Cabinet approved the draft decree.",
                        "KUWAIT, July 27 (KUNA) --", "KUWAIT", null, "07-27", "kuna"),
                row("mena", "CAIRO, July 27 (MENA) - Egypt's president inaugurated a new port.",
                        "CAIRO, July 27 (MENA) -", "CAIRO", null, "07-27", "mena"),
                row("map", "RABAT, July 27 (MAP) - Morocco's government adopted a draft law.",
                        "RABAT, July 27 (MAP) -", "RABAT", null, "07-27", "map"),
                row("aps", "ALGIERS, July 27 (APS) - The government approved the finance bill.",
                        "ALGIERS, July 27 (APS) -", "ALGIERS", null, "07-27", "aps"),
                // CNN, Shafaq News
                row("cnn", "(CNN) -- The storm made landfall early Wednesday.",
                        "(CNN) --", null, null, null, "cnn"),
                row("cnn", "HONG KONG (CNN) -- Markets tumbled across Asia on Monday.",
                        "HONG KONG (CNN) --", "HONG KONG", null, null, "cnn"),
                row("cnn", "Hong Kong (CNN Business) A muddled view of trade talks weighed on investors.",
                        "Hong Kong (CNN Business)", "Hong Kong", null, null, "cnn"),
                row("cnn", "(CNN) President Biden met the prime minister at the White House.",
                        "(CNN)", null, null, null, "cnn"),
                row("cnn", "Washington CNN — The House passed the bill on a party-line vote.",
                        "Washington CNN —", "Washington", null, null, "cnn"),
                row("cnn", "CNN — The storm made landfall early Wednesday near the coast.",
                        "CNN —", null, null, null, "cnn"),
                row("shafaq", "Shafaq News/ Iraq's parliament voted on the budget law on Sunday.",
                        "Shafaq News/", null, null, null, "shafaq"),
                // newspaper style, no agency
                row("newspaper", "WASHINGTON — The Senate passed the measure late Tuesday.",
                        "WASHINGTON —", "WASHINGTON", null, null, null),
                row("newspaper", "BUFFALO, N.Y. — The team rallied to win in overtime.",
                        "BUFFALO, N.Y. —", "BUFFALO", "N.Y.", null, null),
                row("newspaper", "DUBAI, United Arab Emirates — The airline finalized a large order.",
                        "DUBAI, United Arab Emirates —", "DUBAI", "United Arab Emirates", null, null),
                row("newspaper", "CLEVELAND, Ohio – The band will reunite for a summer show.",
                        "CLEVELAND, Ohio –", "CLEVELAND", "Ohio", null, null),
                row("newspaper", "Indianapolis – Several thousand teachers rallied at the Statehouse on Tuesday.",
                        "Indianapolis –", "Indianapolis", null, null, null),
                row("newspaper", "Dekalb, Ill. — The quarterback threw for three touchdowns.",
                        "Dekalb, Ill. —", "Dekalb", "Ill.", null, null),
                row("newspaper", "WASHINGTON, Jan. 5 — The court agreed to hear the appeal.",
                        "WASHINGTON, Jan. 5 —", "WASHINGTON", null, "01-05", null),
                row("newspaper", "NEW DELHI: Nearly 150 travellers returned home on Wednesday.",
                        "NEW DELHI:", "NEW DELHI", null, null, null),
                row("newspaper", "BERLIN -- The space agency says astronauts could hibernate one day.",
                        "BERLIN --", "BERLIN", null, null, null),
                row("newspaper", "KOBE – A total of 6,000 surgical masks have gone missing at a hospital.",
                        "KOBE –", "KOBE", null, null, null),
                row("newspaper", "SEOUL, South Korea—A plan to impeach the president collapsed on Saturday.",
                        "SEOUL, South Korea—", "SEOUL", "South Korea", null, null),
                row("broadcast", "HOUSTON, Texas (KTRK) -- A beauty business is taking drastic measures.",
                        "HOUSTON, Texas (KTRK) --", "HOUSTON", "Texas", null, null),
                row("broadcast", "NAPA COUNTY, Calif. (KGO) -- A plan to build a resort drew opposition.",
                        "NAPA COUNTY, Calif. (KGO) --", "NAPA COUNTY", "Calif.", null, null),
                row("webmd", "Feb. 23, 2015 -- Peanut allergies have been on the rise in the past decade.",
                        "Feb. 23, 2015 --", null, null, "02-23", null));
    }

    static Stream<Row> datelines() {
        return rows().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datelines")
    void parsesTheDateline(Row r) {
        Dateline d = parse(r.lede()).orElseThrow(() -> new AssertionError("no dateline in " + r.lede()));
        assertThat(d.text()).isEqualTo(r.text());
        assertThat(d.location()).isEqualTo(Optional.ofNullable(r.location()));
        assertThat(d.region()).isEqualTo(Optional.ofNullable(r.region()));
        assertThat(d.monthDay()).isEqualTo(Optional.ofNullable(r.monthDay()).map(md -> MonthDay.parse("--" + md)));
        assertThat(d.agency().map(a -> a.agency().id())).isEqualTo(Optional.ofNullable(r.agencyId()));
        d.agency().ifPresent(a -> assertThat(a.via()).isEqualTo(AgencyCredit.Via.DATELINE));
        assertThat(d.span().begin()).isZero();
        assertThat(d.span().end()).isEqualTo(r.text().length());
    }

    @Test
    void tableCoversSixtyDatelinesFromTwentyFiveAgencies() {
        Set<String> agencies = new HashSet<>();
        for (Row r : rows()) {
            if (r.agencyId() != null) {
                agencies.add(r.agencyId());
            }
        }
        assertThat(rows()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(agencies).hasSizeGreaterThanOrEqualTo(25);
        assertThat(nonDatelines().count()).isGreaterThanOrEqualTo(20);
    }

    static Stream<String> nonDatelines() {
        return Stream.of(
                "November 27, 2005",
                "Nov. 27, 2005 10:32 a.m. EST",
                "10:32 AM ET, Thu July 27, 2023",
                "Updated: 10:32 AM EDT, Thu July 27, 2023",
                "July 27, 2023 — Updated at 10:45 a.m. with new figures",
                "10:45 — Police said the suspect was arrested near the station.",
                "OPINION — Editorial",
                "ANALYSIS — What the vote means for the region",
                "UPDATE — The story has been updated with new figures from the ministry.",
                "BREAKING: Markets tumble as trade talks stall",
                "— The president said the talks would resume next week.",
                "-- North Korean leader Kim Jong Un led a visiting delegation.",
                "The report (Reuters) said the talks had stalled.",
                "North Korea fired a missile on Thursday, the Korean Central News Agency (KCNA) said.",
                "Seoul (Yonhap) said on Thursday that exports rose again.",
                "(Reuters photo) Protesters gathered outside the parliament.",
                "KIM JONG UN SHOWS OFF ICBMS TO RUSSIAN DEFENSE MINISTER",
                "KIM MEETS SHOIGU — AND SHOWS OFF NEW MISSILES",
                "Washington is preparing new sanctions against Moscow, officials said.",
                "Paris — which hosted the Games last summer — is raising its hotel tax.",
                "London: a city that never sleeps, and rarely stops talking.",
                "I have covered Washington for twenty years, and this week felt different.",
                "DEAR ABBY: My husband of more than 20 years bought plane tickets to India.",
                "Kaieteur News – Police are investigating a robbery in the region.",
                "CLICK FOR FULL STATE SWIM RESULTS",
                "Posted on July 27, 2023 by admin",
                "Pittsburgh",
                "BAAR, SWITZERLAND",
                "By Kim Tong-Hyung, Associated Press",
                "In a blog post, the company said its new phone would ship in September.",
                "SPORTS — Local",
                "WASHINGTON-based lobbyists spent record sums last year.",
                "Photo: Reuters",
                "KYODO NEWS - Jul 27, 2023 - 10:32 | All, Japan",
                "SCRANTON, PA",
                "(AP Photo/Evan Vucci) The president waves as he boards the plane.",
                "WASHINGTON (AP Photo/Evan Vucci) — The president waves as he boards the plane.",
                "Cnn — what a week it has been for the network and its viewers.",
                "NASA — The space agency said the launch would slip to next month.",
                "FIRST ON FOX — The senator is drafting a new bill on border security.",
                "AFP/Getty Images",
                "APA/Georg Hochmuth",
                "MNT - Hourly Medical News Since 2003",
                "WASHINGTON (Reuters photo) - Protesters gathered outside the Capitol.");
    }

    @ParameterizedTest
    @MethodSource("nonDatelines")
    void givesNoDateline(String line) {
        assertThat(parse(line)).as(line).isEmpty();
    }

    @Test
    void yearInTheTextGivesTheDate() {
        assertThat(parse("Lisboa, 27 jul 2023 (Lusa) - O Governo aprovou hoje o novo plano.").orElseThrow().date())
                .contains(LocalDate.of(2023, 7, 27));
        assertThat(parse("ABU DHABI, 27th July, 2023 (WAM) -- The UAE announced a new aid package.")
                .orElseThrow().date()).contains(LocalDate.of(2023, 7, 27));
        assertThat(parse("SEOUL, July 27 (Reuters) - North Korea paraded new missiles.").orElseThrow().date())
                .isEmpty();
    }

    @Test
    void referenceDateGivesTheNearestYear() {
        String lede = "Dec. 31 (UPI) -- Fireworks lit up the harbor at midnight.";
        Dateline d = PARSER.parse(lede, 0, lede.length(), Optional.of(LocalDate.of(2024, 1, 2))).orElseThrow();
        assertThat(d.date()).contains(LocalDate.of(2023, 12, 31));
        Dateline e = PARSER.parse(lede, 0, lede.length(), Optional.of(LocalDate.of(2023, 12, 30))).orElseThrow();
        assertThat(e.date()).contains(LocalDate.of(2023, 12, 31));
        String jan = "SEOUL, Jan. 1 (Yonhap) -- Markets were closed for the holiday.";
        Dateline f = PARSER.parse(jan, 0, jan.length(), Optional.of(LocalDate.of(2023, 12, 30))).orElseThrow();
        assertThat(f.date()).contains(LocalDate.of(2024, 1, 1));
    }

    @Test
    void yearInTheTextBeatsTheReferenceDate() {
        String lede = "Riyadh, July 27, 2021, SPA -- The crown prince received the visiting envoy.";
        Dateline d = PARSER.parse(lede, 0, lede.length(), Optional.of(LocalDate.of(2024, 1, 2))).orElseThrow();
        assertThat(d.date()).contains(LocalDate.of(2021, 7, 27));
    }

    @Test
    void weekdayIsKept() {
        Dateline d = parse("WASHINGTON, Monday, Jan. 5 (AP) — The court declined to hear the case.").orElseThrow();
        assertThat(d.weekday()).contains(DayOfWeek.MONDAY);
    }

    @Test
    void agencyIsKeptAsWritten() {
        assertThat(parse("Hamburg (dpa/lno) – Der Senat hat den Haushalt beschlossen.").orElseThrow()
                .agency().orElseThrow().asWritten()).isEqualTo("dpa/lno");
        assertThat(parse("MOSCOW, March 3. /TASS/. The government approved the draft.").orElseThrow()
                .agency().orElseThrow().asWritten()).isEqualTo("TASS");
    }

    @Test
    void datelineOnItsOwnLine() {
        String text = "SEOUL, July 27 (Yonhap) --\nExports rose for a third straight month.";
        Dateline d = PARSER.parse(text, 0, text.length(), Optional.empty()).orElseThrow();
        assertThat(d.text()).isEqualTo("SEOUL, July 27 (Yonhap) --");
        String caps = "WASHINGTON —";
        assertThat(PARSER.parse(caps, 0, caps.length(), Optional.empty())).isPresent();
    }

    @Test
    void spanIsRelativeToTheWholeText() {
        String text = "Headline here\n\nPARIS (AFP) - France announced new measures on Monday.";
        int from = text.indexOf("PARIS");
        Dateline d = PARSER.parse(text, from, text.length(), Optional.empty()).orElseThrow();
        assertThat(text.substring(d.span().begin(), d.span().end())).isEqualTo("PARIS (AFP) -");
    }

    @Test
    void userAgenciesAreRecognised() {
        AgencyRegistry custom = AgencyRegistry.defaults().toBuilder()
                .add(new io.github.wirestory.model.Agency("hlnf", "Heartland News Feed", List.of("HLNF"), List.of(),
                        Optional.of("US"), false))
                .build();
        String lede = "TAYLORVILLE (HLNF) - The city council approved the new budget on Monday.";
        Dateline d = new DatelineParser(custom).parse(lede, 0, lede.length(), Optional.empty()).orElseThrow();
        assertThat(d.agency().orElseThrow().agency().id()).isEqualTo("hlnf");
    }

    private static Optional<Dateline> parse(String lede) {
        return PARSER.parse(lede, 0, lede.length(), Optional.empty());
    }
}
