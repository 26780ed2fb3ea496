package io.github.wirestory.internal.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wirestory.clean.Cleaner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each line-noise cleaner removes real-format noise lines and keeps real-format body lines. */
class LineNoiseCleanersTest {

    private static boolean removes(Cleaner c, String line) {
        StringBuilder out = new StringBuilder();
        CleanerTesting r = CleanerTesting.run(c, "Headline\n" + line + "\nBody text.", out);
        return r.removed.contains(line.strip()) && out.toString().equals("Headline\nBody text.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Oops!", "Something went wrong.", "Please try again later.", "Advertisement",
        "ADVERTISEMENT", "Story continues below", "Story continues below advertisement", "Article continues below",
        "Continue reading the main story", "Loading...", "Listen to this article", "Skip Ad",
        "This video has failed to load.", "Play Video"})
    void pageNoise(String line) {
        assertThat(removes(new PageNoiseCleaner(), line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Share", "Tweet", "Email", "Share this article", "Share on Facebook",
        "Follow us on Twitter", "Follow UPI on X", "Sign up for our daily newsletter",
        "Subscribe to our World News newsletter", "Get our free Breaking News newsletter", "Copy link",
        "Subscribe now", "Thank you for signing up!", "Download the AP News app"})
    void socialPrompts(String line) {
        assertThat(removes(new SocialPromptCleaner(), line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Read more", "READ MORE: North Korea fires ballistic missile into sea",
        "Related", "Related coverage", "RELATED: Kim Jong Un inspects drone factory", "See also: Seoul protests",
        "Read more: Russia and North Korea sign pact", "Most Read", "Trending Now", "You may also like"})
    void relatedLinks(String line) {
        assertThat(removes(new RelatedLinksCleaner(), line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Photo by KCNA/UPI", "File Photo by Thomas Maresca/UPI", "Photo: KCNA/EPA",
        "(AP Photo/Ahn Young-joon, File)", "AP Photo/Lee Jin-man", "REUTERS/Kim Hong-Ji",
        "Photograph: Jung Yeon-je/AFP/Getty Images", "Image: Yonhap", "Credit: Reuters", "Getty Images"})
    void photoCredits(String line) {
        assertThat(removes(new PhotoCreditCleaner(), line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Related efforts to curb the missile program have stalled, officials said.",
        "Share prices fell 3% in Seoul on Thursday.",
        "Follow-up talks are expected next week, the ministry said.",
        "Photos released by KCNA showed Kim inspecting the launch.",
        "Advertisement revenue at the broadcaster fell sharply last year.",
        "Oops, the minister said with a laugh, before taking questions.",
        "Something went wrong with the launch, South Korea's military said.",
        "Subscribers to the service reported outages across Europe on Tuesday.",
        "More than 100 people were killed in the attack, officials said.",
        "Read the full statement on the ministry's website, the spokesman told reporters."})
    void bodySentencesSurviveEveryCleaner(String line) {
        for (Cleaner c : new Cleaner[] {new PageNoiseCleaner(), new SocialPromptCleaner(), new RelatedLinksCleaner(),
            new PhotoCreditCleaner()}) {
            assertThat(removes(c, line)).as(c.name() + ": " + line).isFalse();
        }
    }
}
