package io.github.wirestory.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.WireStory;
import io.github.wirestory.WireStoryParser;
import io.github.wirestory.model.Claim;
import io.github.wirestory.model.Quote;
import io.github.wirestory.model.Source;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cue patterns on invented sentences in the formats of Reuters, AP, AFP, Yonhap, UPI and state agencies. */
class CuePatternsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        post-posed said          | North Korea fired two ballistic missiles into the sea, KCNA said.                                  | kcna         | KCNA                                              | said
        post-posed full name     | The test was a success, the Korean Central News Agency reported.                                  | kcna         | the Korean Central News Agency                    | reported
        post-posed generic       | Kim inspected a munitions factory, state-run media reported Thursday.                              | state-media  | state-run media                                   | reported
        post-posed after quote   | The drills were "a rehearsal for invasion," the official KCNA news agency said.                    | kcna         | the official KCNA news agency                     | said
        pre-posed                | Xinhua reported on Monday that the two sides had agreed to resume talks.                           | xinhua       | Xinhua                                            | reported
        pre-posed that           | KCNA said that the satellite entered orbit.                                                        | kcna         | KCNA                                              | said
        pre-posed colon          | The Syrian Arab News Agency (SANA) said: "Terrorists shelled the town."                          | sana         | The Syrian Arab News Agency (SANA)                | said
        inverted                 | The launch was successful, said the agency KCNA.                                                   | kcna         | the agency KCNA                                   | said
        according to             | According to the official Xinhua news agency, the meeting lasted two hours.                        | xinhua       | the official Xinhua news agency                   | according to
        according to mid         | The ship sank off the coast, according to Russia's state-run RIA Novosti news agency.              | ria-novosti  | Russia's state-run RIA Novosti news agency        | according to
        quoted as saying         | TASS quoted Peskov as saying that the Kremlin had no comment.                                      | tass         | TASS                                              | quoted
        cited                    | IRNA cited the foreign ministry as saying the talks would continue.                                | irna         | IRNA                                              | cited
        commentary carried by    | The U.S. is to blame, Kim Yo Jong said in a statement carried by KCNA.                             | kcna         | KCNA                                              | said
        released through         | The ministry said in a statement released through KCNA that the drills were illegal.                | kcna         | KCNA                                              | said
        commentary no speaker    | In a commentary carried by the Rodong Sinmun, the drills were called a provocation.                | rodong-sinmun| the Rodong Sinmun                                 | carried by
        english service          | The border will reopen soon, Xinhua's English-language service said.                              | xinhua       | Xinhua's English-language service                 | said
        state broadcaster        | Four people died in the storm, state broadcaster CCTV reported.                                    | cctv         | state broadcaster CCTV                            | reported
        north's official         | The plenary meeting closed on Sunday, the North's official Korean Central News Agency said.       | kcna         | the North's official Korean Central News Agency   | said
        ruling party newspaper   | The leader called for greater vigilance, the ruling party's newspaper said.                        | state-media  | the ruling party's newspaper                      | said
        semi-official            | The drone was shot down near the border, the semi-official Tasnim news agency reported.            | tasnim       | the semi-official Tasnim news agency              | reported
        syrian                   | The army repelled the attack, state news agency SANA said.                                         | sana         | state news agency SANA                            | said
        vietnamese               | The talks were productive, the Vietnam News Agency (VNA) reported.                                 | vna          | the Vietnam News Agency (VNA)                     | reported
        warned                   | Rodong Sinmun warned that any provocation would be met with force.                                 | rodong-sinmun| Rodong Sinmun                                     | warned
        accused                  | The Global Times accused Washington of stoking tension.                                            | global-times | The Global Times                                  | accused
        denied                   | IRIB denied that any facility had been damaged.                                                    | irib         | IRIB                                              | denied
        also said                | KCNA also said the leader had visited a farm.                                                      | kcna         | KCNA                                              | said
        on day said              | The official Xinhua news agency on Tuesday said 12 people were missing.                            | xinhua       | The official Xinhua news agency                   | said
        appositive               | KCNA, the North's official mouthpiece, said the missile flew 1,000 km.                            | kcna         | KCNA                                              | said
        report by                | A report by the official Xinhua news agency said the bridge collapsed.                             | xinhua       | the official Xinhua news agency                   | said
        passive by               | Kim was quoted as saying by KCNA that the country would never give up.                             | kcna         | KCNA                                              | quoted
        as reported by           | The drills ended on Friday, as reported by state television.                                       | state-media  | state television                                  | reported by
        according to document    | Prices rose, according to a statement carried by the official Saudi Press Agency.                  | spa          | the official Saudi Press Agency                   | according to
        plural generic           | Russian state news agencies reported the meeting had ended.                                        | state-media  | Russian state news agencies                       | reported
        which-clause appositive  | Iran's Tasnim news agency, which is close to the Revolutionary Guards, reported the arrests.       | tasnim       | Iran's Tasnim news agency                         | reported
        closing paren boundary   | Hours later (local time) Iran's state-run IRNA news agency acknowledged an attack.                 | irna         | Iran's state-run IRNA news agency                 | acknowledged
        appositive after quote   | Iran's Tasnim news agency, citing "informed sources," denied the report.                          | tasnim       | Iran's Tasnim news agency                         | denied
        coordinated subject      | Twelve people were killed, state media and news agencies reported.                                | state-media  | state media and news agencies                     | reported
        adjective before generic | An influential state-run newspaper applauded the arrests on Monday.                               | state-media  | An influential state-run newspaper                | applauded
        reports after outlet     | The plan was unexpected, RBC news agency reports with reference to two sources.                   | rbc          | RBC news agency                                   | reports
        daily is not an adverb   | The People's Daily said the visit was a success.                                                  | peoples-daily| The People's Daily                                | said
        coordinated outlets      | China Daily, the Global Times and People's Daily say the talks went well.                         | peoples-daily| People's Daily                                    | say
        in a commentary          | Rodong Sinmun in a commentary on Wednesday says that the drills are a provocation.                | rodong-sinmun| Rodong Sinmun                                     | says
        also reports             | People's Daily also reports the premier restated the claim.                                       | peoples-daily| People's Daily                                    | reports
        has learned              | Trade rose by a third, President Lukashenko said at a meeting on Monday, BelTA has learned.        | belta        | BelTA                                             | learned
        document subject         | An editorial posted to the website of state-run news agency Xinhua on Tuesday slammed the tweets.  | xinhua       | state-run news agency Xinhua                      | slammed
        city-based               | The plan failed, the Moscow-based daily newspaper Moskovsky Komsomolets reported.                  | moskovsky-komsomolets | the Moscow-based daily newspaper Moskovsky Komsomolets | reported
        name then state agency   | The talks ended, Russia's RIA state news agency reported.                                          | ria-novosti  | Russia's RIA state news agency                    | reported
        blamed                   | Xinhua blamed Washington for the tension.                                                          | xinhua       | Xinhua                                            | blamed
        are citing               | Iranian state media are citing unconfirmed reports of explosions in Isfahan.                      | state-media  | Iranian state media                               | are citing
        opening outlet saying    | Iran's state broadcaster IRIB has downplayed reports of an attack, saying the city is safe.       | irib         | Iran's state broadcaster IRIB                     | downplayed
        mention in place         | State media in Iran, as cited by Reuters, reported explosions in the central province.            | state-media  | State media in Iran                               | reported
        quoted by appositive     | An army general in the province, quoted by Iranian state media, claimed no damage was done.       | state-media  | Iranian state media                               | claimed
        widely read              | China should prepare for action, a widely read Chinese state-run newspaper said on Thursday.      | state-media  | a widely read Chinese state-run newspaper         | said
        state-owned newspaper    | Beijing will take off the gloves, a state-owned newspaper has declared.                            | state-media  | a state-owned newspaper                           | declared
        country before generic   | China State Media Warns Taiwan Against Warplane Action                                             | state-media  | China State Media                                 | Warns
        government outlet        | The tightly controlled government outlet claimed public opinion was united.                       | state-media  | The tightly controlled government outlet          | claimed
        account                  | The Fars account claimed that experts had installed the missiles.                                 | fars         | The Fars account                                  | claimed
        published in             | In a statement published in the Global New Light of Myanmar, the ministry objected to the term.  | global-new-light-of-myanmar | the Global New Light of Myanmar | published in
        citing state tv          | Air defences shot down projectiles, Reuters reported, citing Syrian state television.             | state-media  | Syrian state television                           | citing
        junta-controlled         | The Myanmar junta-controlled media announced on Tuesday a ban on satellite dishes.                 | state-media  | The Myanmar junta-controlled media                | announced
        with outlet warning      | Two people were killed, with state media warning the toll could climb sharply.                    | state-media  | state media                                       | warning
        state broadcast          | Earlier, state broadcast CCTV reported that another 279 people were injured.                       | cctv         | state broadcast CCTV                              | reported
        belta                    | Lukashenko met the delegation in Minsk, BelTA reported.                                            | belta        | BelTA                                             | reported
        saudi                    | The crown prince received the envoy, the Saudi Press Agency said.                                  | spa          | the Saudi Press Agency                            | said
        country's possessive     | Police seized 5,000 masks in Tehran, according to the country's IRNA news agency.                  | irna         | the country's IRNA news agency                    | according to
        name and acronym         | The council elected a new president, the Emirates News Agency WAM reported on Saturday.            | wam          | the Emirates News Agency WAM                      | reported
        title-case acronym       | A roadside bomb wounded a commander, the Isna news agency reported.                                | isna         | the Isna news agency                              | reported
        title-case after agency  | The general was in a stable condition, state news agency Irna said.                               | irna         | state news agency Irna                            | said
        outlet carried saying    | KCNA carried a commentary saying the drills were a rehearsal for invasion.                         | kcna         | KCNA                                              | carried
        outlet published         | Rodong Sinmun published an article accusing Seoul of reckless provocations.                       | rodong-sinmun| Rodong Sinmun                                     | published
        outlet ran quote         | The Global Times ran a commentary that called the sanctions "a joke."                              | global-times | The Global Times                                  | ran
        inverted published       | "The rocket fell into the sea", published the official news agency KCNA.                       | kcna         | the official news agency KCNA                     | published
        capital before generic   | The satellite fell into the sea, Pyongyang state media said.                                      | state-media  | Pyongyang state media                             | said
        published to rebut       | Xinhua published a commentary to rebut the envoy's remarks on Xinjiang.                         | xinhua       | Xinhua                                            | published
        advises                  | The Xinhua article advises Washington to drop its double standard.                                 | xinhua       | The Xinhua article                                | advises
        appositive progressive   | Xinhua, China's official news agency, is calling for calm in the region.                           | xinhua       | Xinhua                                            | is calling
        coordinated unknown      | Fars and Lebanon's al-Mayadeen TV station reported that the ship was seized on Wednesday.          | fars         | Fars and Lebanon's al-Mayadeen TV station         | reported
        post-modifier close to   | The ship was seized, Fars news website close to the Revolutionary Guard (IRGC) reported Saturday. | fars         | Fars news website close to the Revolutionary Guard (IRGC) | reported
        controlled prefix        | The leader visited a machine plant, Pyongyang-controlled news agency KCNA reported Tuesday.       | kcna         | Pyongyang-controlled news agency KCNA             | reported
        broadcast earlier on     | "The army has taken power," the general staff said in a statement broadcast earlier on state television. | state-media | state television                         | said
        said in the dispatch     | Kim said in the KCNA dispatch that the plant was vital.                                            | kcna         | the KCNA dispatch                                 | said
        north korea media        | North Korea media stated the factory made "modern instruments."                                   | state-media  | North Korea media                                 | stated
        issued a warning         | Chinese newspaper the Global Times has issued a stark warning to Manila.                          | global-times | Chinese newspaper the Global Times                | issued
        long appositive          | The Tehran-based Fars news agency, which is close to the Guards, one of the country's armed services, quoted a source as saying talks would start. | fars | The Tehran-based Fars news agency | quoted
        generic then new name    | The coalition thwarted an attack, the kingdom's state-owned broadcaster Al-Hadath TV reported.    | state-media  | the kingdom's state-owned broadcaster Al-Hadath TV | reported
        generic then day         | The blast killed two people, state media Monday reported.                                         | state-media  | state media                                       | reported
        inverted publishes       | "The homeland will never forget him," publishes the newspaper Granma.                              | granma       | the newspaper Granma                              | publishes
        mentioned                | The Rodong Sinmun mentioned the leader's long train journey to Hanoi.                              | rodong-sinmun| The Rodong Sinmun                                 | mentioned
        read headline            | "Our units are advancing," read one RIA headline.                                                 | ria-novosti  | RIA headline                                      | read
        reads headline of        | "The drills are a rehearsal," reads the headline of the Global Times.                             | global-times | the Global Times                                  | reads
        post-modified generic    | The two leaders spoke by phone on Friday, state media from both countries reported.               | state-media  | state media from both countries                   | reported
        pre-posed post-modified  | State media in both Kuwait and Oman reported that the talks had resumed.                          | state-media  | State media in both Kuwait and Oman               | reported
        earlier official reports | The minister had been ill for months, according to earlier official media reports.                | state-media  | official media                                    | according to
        government agency        | The outage lasted five minutes, according to the official government news agency IRNA.           | irna         | the official government news agency IRNA          | according to
        overseas edition         | The overseas edition of People's Daily accused Washington of bullying its partners.               | peoples-daily| The overseas edition of People's Daily            | accused
        editorial from calling   | Officials promoted an editorial from the Global Times calling the dispute a "people's war."       | global-times | the Global Times                                  | calling
        video vowing             | The clip spread fast, with a state television video vowing to "fight to the end."                 | state-media  | a state television                                | vowing
        as quoted by             | Seoul is to blame, Kim Yo Jong said, as quoted by KCNA.                                            | kcna         | KCNA                                              | said
        proclaimed               | "The era of bullying is over," the Xinhua column proclaimed.                                      | xinhua       | the Xinhua column                                 | proclaimed
        made the accusation      | The KCNA commentary made the accusation that Seoul had staged the incident.                       | kcna         | The KCNA commentary                               | made
        which was reproduced by  | In the interview, which was reproduced by the Fars news agency, the commander warned of reprisals. | fars         | the Fars news agency                              | reproduced by
        """)
    void stateMediaCue(String name, String sentence, String id, String asWritten, String cue) {
        WireStory s = Stories.body(sentence);
        List<Claim> cs = Stories.state(s);
        assertThat(cs).as(sentence).hasSize(1);
        Claim c = cs.get(0);
        assertThat(c.source().id()).contains(id);
        assertThat(c.source().asWritten()).isEqualTo(asWritten);
        assertThat(c.source().stateMedia()).isTrue();
        assertThat(c.cue()).isEqualTo(cue);
        assertThat(c.text()).isEqualTo(sentence);
    }

    @Test
    void quotedAsSayingNamesTheSpeaker() {
        Claim c = Stories.only(Stories.body("TASS quoted Kremlin spokesman Dmitry Peskov as saying talks were possible."));
        assertThat(c.speaker()).contains("Kremlin spokesman Dmitry Peskov");
        Claim d = Stories.only(Stories.body("Kim Yo Jong said in a statement carried by KCNA that Seoul was \"foolish.\""));
        assertThat(d.source().id()).contains("kcna");
        assertThat(d.speaker()).contains("Kim Yo Jong");
        assertThat(d.quotes()).extracting(Quote::text).containsExactly("foolish.");
        Claim e = Stories.only(Stories.body("\"The test was a success,\" the KCNA report said, quoting Kim as saying "
                + "it would \"open a new chapter.\""));
        assertThat(e.source().asWritten()).isEqualTo("the KCNA report");
        assertThat(e.speaker()).contains("Kim");
        assertThat(e.quotes()).hasSize(2);
        assertThat(Stories.state(Stories.body("The report was carried by the official Xinhua News Agency."))).isEmpty();
    }

    @Test
    void anaphoraResolvesToTheMostRecentFittingSource() {
        WireStory s = Stories.body(
                "North Korea's state-run Korean Central News Agency (KCNA) said the launch was a success.",
                "China's Xinhua news agency carried a short report.",
                "The drills were \"reckless,\" the newspaper Rodong Sinmun said.",
                "The agency said Pyongyang would respond.",
                "It said the United States was to blame.",
                "The newspaper added that the people were united.",
                "The report did not mention casualties.");
        List<Claim> cs = s.claims();
        assertThat(cs).extracting(c -> c.source().id().orElse("?"))
                .containsExactly("kcna", "rodong-sinmun", "xinhua", "xinhua", "rodong-sinmun");
        assertThat(cs.get(2).source().asWritten()).isEqualTo("The agency");
        assertThat(cs.get(3).source().asWritten()).isEqualTo("It");
    }

    @Test
    void aReportThatIsNotAnOutletsIsTheAntecedentOfTheReport() {
        WireStory s = Stories.body("The launch was a success, KCNA said.",
                "A U.N. report released Monday found widespread abuses. The report said thousands were detained.");
        assertThat(s.claims()).extracting(c -> c.source().stateMedia()).containsExactly(true, false);
        assertThat(s.claims().get(1).source().asWritten()).isEqualTo("The report");
    }

    @Test
    void theSpeakingOutletIsTheAntecedentNotOneInASideClause() {
        WireStory s = Stories.body("China's Global Times, which is published by the official People's Daily, said the "
                + "report was true.", "\"It is a victory,\" the paper said.",
                "However the widely read paper, which is known for its nationalist stance, said one part was false.",
                "Kim was \"gratified,\" the state news wire KCNA said.", "Kim smiled, the state news wire said.");
        assertThat(s.claims()).extracting(c -> c.source().id().orElse("?"))
                .containsExactly("global-times", "global-times", "global-times", "kcna", "kcna");
    }

    @Test
    void peopleAndOutletsAreTyped() {
        WireStory s = Stories.body("Kim Jong Un vowed to respond.", "North Korea's Kim said the test succeeded.",
                "The Moscow-based daily newspaper Kommersant reported the deal.", "Saudi Arabia announced the move.");
        assertThat(s.claims()).extracting(c -> c.source().kind()).containsExactly(Source.Kind.PERSON,
                Source.Kind.PERSON, Source.Kind.NEWS_AGENCY, Source.Kind.ORGANIZATION);
    }

    @Test
    void anAcronymIntroducedInParenthesesIsTheSameSource() {
        WireStory s = Stories.body("The launch was a success, KCNA said.",
                "South Korea's Joint Chiefs of Staff (JCS) said the missile flew 600 km.",
                "The JCS said it was a new type.",
                "The International Atomic Energy Agency (IAEA) said inspectors had no access.",
                "The agency said it was concerned.");
        List<Claim> cs = s.claims();
        assertThat(cs).hasSize(5);
        assertThat(cs.get(1).source().asWritten()).isEqualTo("South Korea's Joint Chiefs of Staff (JCS)");
        assertThat(cs.get(2).source().kind()).isEqualTo(Source.Kind.ORGANIZATION);
        assertThat(cs.get(2).source().asWritten()).isEqualTo("The JCS");
        assertThat(cs.get(4).source().stateMedia()).isFalse(); // "the agency" is the IAEA, not KCNA
    }

    @Test
    void itIsTheOrganisationThatOpenedThePreviousSentence() {
        WireStory s = Stories.body("\"Do not play with fire,\" the Global Times said.",
                "Upon hearing the news, China's Foreign Ministry responded with a softer tone.",
                "\"China will take all necessary steps,\" it said.");
        assertThat(s.claims()).extracting(c -> c.source().stateMedia()).containsExactly(true, false);
    }

    @Test
    void unknownOutletsAndOrganisationsAreAntecedentsToo() {
        WireStory s = Stories.body("He spoke on Sunday, the Global New Light of Myanmar reported.",
                "The junta revoked the license of the Kachin-based Myitkyina News Journal. The newspaper said it had "
                        + "suspended its operations.",
                "The Egyptian interior ministry said the flat was used for propaganda. It accused Turkey of meddling.",
                "In a statement published in the Global New Light of Myanmar, the ministry objected to the term.",
                "It warned foreign outlets.");
        assertThat(s.claims()).extracting(c -> c.source().stateMedia())
                .containsExactly(true, false, false, false, true, false);
    }

    @Test
    void onlyAnOutletLearns() {
        WireStory s = Stories.body("Kim learned that the talks had failed.");
        assertThat(s.claims()).isEmpty();
        Claim c = Stories.only(Stories.body("Trade rose, President Lukashenko said on Monday, BelTA has learned."));
        assertThat(c.speaker()).contains("President Lukashenko");
    }

    @Test
    void mediaReportsInGeneralAreNotAnOutlet() {
        WireStory s = Stories.body("North Korea's official news agency KCNA gave no details.",
                "The media reports said Kim \"guided the test-fire.\" He was pleased, the reports said.");
        assertThat(Stories.state(s)).isEmpty();
    }

    @Test
    void aJournalistOfAStateOutletIsAPerson() {
        Claim c = Stories.only(Stories.body("Global Times editor Hu Xijin wrote that the sanctions would fail."));
        assertThat(c.source().kind()).isEqualTo(Source.Kind.PERSON);
        assertThat(c.source().stateMedia()).isFalse();
        assertThat(c.source().asWritten()).isEqualTo("Global Times editor Hu Xijin");
    }

    @Test
    void headlineAttributions() {
        assertThat(headline("N. Korea test-fires new cruise missiles: KCNA")).isEqualTo("kcna|KCNA|:|-1");
        assertThat(headline("Terrorists target army post in Hama countryside -SANA")).isEqualTo("sana|SANA|-|-1");
        assertThat(headline("Enemy drone downed near Isfahan, says IRNA")).isEqualTo("irna|IRNA|says|-1");
        assertThat(headline("State media: Kim oversees artillery drill")).isEqualTo("state-media|State media|:|-1");
        assertThat(headline("Kim oversees artillery drill, state media says")).isEqualTo("state-media|state media|says|-1");
        assertThat(headline("KCNA says U.S. drills push peninsula to brink")).isEqualTo("kcna|KCNA|says|-1");
        assertThat(headline("China's State Media to Trump: Stop Venting on Twitter"))
                .isEqualTo("state-media|China's State Media|:|-1");
        assertThat(headline("Kim Jong Un vows to abandon nuclear weapons: North Korean media"))
                .isEqualTo("state-media|North Korean media|:|-1");
        assertThat(headline("Rodong Sinmun Slams S. Korean Minister for Remarks")).isEqualTo("rodong-sinmun|Rodong Sinmun|Slams|-1");
    }

    private static String headline(String h) {
        WireStory s = Stories.withHeadline(h, "SEOUL, July 27 (Reuters) - Officials gave no details on Thursday.");
        List<Claim> cs = Stories.state(s);
        assertThat(cs).as(h).hasSize(1);
        Claim c = cs.get(0);
        assertThat(s.text().substring(c.span().begin(), c.span().end())).isEqualTo(h);
        return c.source().id().orElse("") + "|" + c.source().asWritten() + "|" + c.cue() + "|" + c.paragraph();
    }

    @Test
    void nonStateSourcesAreTyped() {
        WireStory s = Stories.body(
                "South Korea's Joint Chiefs of Staff said the missile flew about 600 km.",
                "The Pentagon declined to comment.",
                "\"We are watching closely,\" a U.S. official told Reuters.",
                "The launch violated U.N. resolutions, Yonhap reported.",
                "President Yoon Suk Yeol warned of a \"stern response.\"");
        List<Claim> cs = s.claims();
        assertThat(cs).extracting(c -> c.source().kind()).containsExactly(Source.Kind.ORGANIZATION,
                Source.Kind.PERSON, Source.Kind.NEWS_AGENCY, Source.Kind.PERSON);
        assertThat(cs).noneMatch(c -> c.source().stateMedia());
        assertThat(cs.get(0).source().asWritten()).isEqualTo("South Korea's Joint Chiefs of Staff");
        assertThat(cs.get(2).source().id()).contains("yonhap");
    }

    @Test
    void notClaims() {
        WireStory s = Stories.body(
                "Reuters could not independently verify the KCNA report.",
                "The report did not mention the missile's range.",
                "KCNA has not reported on the test.",
                "A handout picture released by SANA shows the damaged building.",
                "Photo: KCNA/EPA",
                "Source: Global Times",
                "The images suggest the rocket was larger than earlier models.",
                "Xinhua declined to say how many people were detained.",
                "A CCTV director said the broadcast would be delayed.");
        assertThat(Stories.state(s)).isEmpty();
        assertThat(s.claims()).hasSize(1);
        assertThat(s.claims().get(0).source().kind()).isEqualTo(Source.Kind.PERSON);
        assertThat(s.claims().get(0).source().asWritten()).isEqualTo("A CCTV director");
    }

    @Test
    void aStateOutletAsTheWireIsNotItsOwnSource() {
        WireStory s = WireStoryParser.defaults().parse("China, Laos pledge closer ties\n\n"
                + "BEIJING, Jan. 5 (Xinhua) -- Chinese and Lao officials agreed on Friday to deepen cooperation, "
                + "Xinhua said.\n\n"
                + "The two sides signed 10 agreements, according to CCTV.\n\n"
                + "Foreign Ministry spokesperson Mao Ning said the visit was a success.");
        assertThat(s.agency().orElseThrow().agency().id()).isEqualTo("xinhua");
        List<Claim> cs = s.claims();
        assertThat(cs).extracting(c -> c.source().id().orElse(c.source().asWritten()))
                .containsExactly("cctv", "Foreign Ministry spokesperson Mao Ning");
    }

    @Test
    void repeatedTextGivesRepeatedClaimsInTextOrder() {
        WireStory s = Stories.body("The test succeeded, KCNA said.", "The test succeeded, KCNA said.");
        assertThat(s.claims()).hasSize(2);
        assertThat(s.claims().get(0).span().begin()).isLessThan(s.claims().get(1).span().begin());
        assertThat(s.claims()).extracting(Claim::paragraph).containsExactly(0, 1);
    }

    @Test
    void weekdayCueGetsADateFromTheDateline() {
        WireStory s = WireStoryParser.defaults().parse("Headline\n\nSEOUL, July 27, 2023 (Reuters) - "
                + "North Korea fired a missile, state media reported Tuesday.\n\n"
                + "KCNA said on Thursday the launch was routine.");
        assertThat(s.claims()).extracting(c -> c.date().orElse(null))
                .containsExactly(LocalDate.of(2023, 7, 25), LocalDate.of(2023, 7, 27));
    }

    @Test
    void continuedWithAQuoteKeepsTheSource() {
        WireStory s = Stories.body("The Rodong Sinmun article accused Seoul of provocations. It continued, \"The puppets "
                + "will pay dearly.\"");
        assertThat(Stories.state(s)).hasSize(2).allMatch(c -> c.source().id().orElse("").equals("rodong-sinmun"));
    }

    @Test
    void aDaysReportIsAnAnaphor() {
        WireStory s = Stories.body("Iran's state TV says the Guard seized a tanker.",
                "Thursday's report says the tanker was smuggling fuel.");
        assertThat(Stories.state(s)).hasSize(2).allMatch(c -> c.source().id().orElse("").equals("state-media"));
    }

    @Test
    void anOrganisationOpeningWithAnAppositiveIsTheReferentOfIt() {
        WireStory s = Stories.body("Seven soldiers were wounded, Syrian state media said.",
                "The Syrian Observatory for Human Rights, a Britain-based monitor, put the toll at 11.",
                "It said the strikes destroyed arms depots.");
        assertThat(Stories.state(s)).hasSize(1);
    }

    @Test
    void aLostSpaceBetweenSentencesStillSplits() {
        WireStory s = Stories.body("Kim toured a factory with his daughter.The North's official Korean Central News "
                + "Agency reported on Friday that he praised the workers.Kim was accompanied by officials.");
        Claim c = Stories.only(s);
        assertThat(c.source().id()).contains("kcna");
        assertThat(c.text()).startsWith("The North's official").endsWith("workers.");
    }

    @Test
    void saidInAnOrganisationsOwnReportIsNotAnOutlet() {
        WireStory s = Stories.body("KCNA said the launch worked.", "The U.N. said in its report that the launch broke "
                + "sanctions.");
        assertThat(Stories.state(s)).hasSize(1);
    }

    @Test
    void aReportCarriedByAnotherOutlet() {
        WireStory s = Stories.body("\"Talks will start soon,\" Fars said. The report was also carried by the government "
                + "newspaper Iran.");
        assertThat(Stories.state(s)).extracting(Claim::cue).containsExactly("said", "carried by");
        assertThat(Stories.state(Stories.body("The report was also carried by the Daily Mail."))).isEmpty();
    }

    @Test
    void outletOnlyVerbsNeedAnOutletAndContent() {
        assertThat(Stories.state(Stories.body("KCNA carried a long report on the meeting."))).isEmpty();
        assertThat(Stories.state(Stories.body("The agency carried on with its campaign against Seoul."))).isEmpty();
        assertThat(Stories.body("The ministry published a statement saying the talks had failed.").claims()).isEmpty();
        assertThat(Stories.state(Stories.body("The report was carried by the official Xinhua News Agency."))).isEmpty();
    }

    @Test
    void titleCaseAcronymsOnlyBesideAnAgencyWord() {
        assertThat(Stories.state(Stories.body("Sana Ahmed said the talks had failed."))).isEmpty();
        assertThat(Stories.state(Stories.body("Irna said the talks had failed."))).isEmpty();
        assertThat(Stories.state(Stories.body("The talks failed, the official Sana news agency said.")))
                .extracting(c -> c.source().id().orElse("")).containsExactly("sana");
    }

    @Test
    void anOutletADatelineCreditsIsTheAntecedentOfTheReport() {
        WireStory s = Stories.body("RIYADH, Oct 13 (NNN-SPA) - The kingdom will receive more troops, the report quoted "
                + "the defence ministry as saying.");
        Claim c = Stories.only(s);
        assertThat(c.source().id()).contains("spa");
        assertThat(c.speaker()).contains("the defence ministry");
    }

    @Test
    void relativeDayFormsResolveThroughTheDatelineRules() {
        WireStory s = WireStoryParser.defaults().parse("Headline\n\nSEOUL, July 27, 2023 (Yonhap) - "
                + "The launch failed, KCNA reported last Thursday.\n\n"
                + "Xinhua said yesterday the talks would resume.\n\n"
                + "The drills will go ahead, state TV said tonight.\n\n"
                + "The plant reopened, TASS said Thurs.");
        assertThat(s.claims()).extracting(c -> c.date().orElse(null))
                .containsExactly(LocalDate.of(2023, 7, 20), LocalDate.of(2023, 7, 26), LocalDate.of(2023, 7, 27),
                        null);
    }

    @Test
    void multiSentenceParagraphsGiveSentenceClaims() {
        WireStory s = Stories.body("Kim watched the launch. He \"expressed great satisfaction,\" KCNA said. "
                + "The agency gave no date.");
        Claim c = Stories.only(s);
        assertThat(c.text()).isEqualTo("He \"expressed great satisfaction,\" KCNA said.");
    }

    @Test
    void colonCueTakesTheQuoteInTheNextParagraph() {
        WireStory s = Stories.body("The Rodong Sinmun said in an editorial:",
                "\u201CThe enemies must not misjudge our will.\u201D",
                "Seoul did not respond.");
        Claim c = Stories.state(s).get(0);
        assertThat(c.paragraph()).isZero();
        assertThat(c.quotes()).extracting(Quote::text).containsExactly("The enemies must not misjudge our will.");
        assertThat(s.text().substring(c.span().begin(), c.span().end())).isEqualTo(c.text());
    }
}
