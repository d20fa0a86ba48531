package dev.tidings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class HostBoilerplateTest {

    private static final String APPEAL = "The Dispatch is paid for by its readers";
    private static final String BIO = "Our island desk has covered the ferry";

    private final HostBoilerplate boilerplate = new HostBoilerplate();
    private final Extractor extractor = new Extractor(boilerplate);

    private static URI url(int n) {
        return URI.create("https://www.dispatch.example.net/2024/story-" + n);
    }

    private ExtractedArticle page(int n) {
        return extractor.extract(Fixtures.html("dispatch-" + n + ".html"), url(n));
    }

    @Test
    void aSinglePageOfAHostKeepsEverything() {
        assertThat(page(1).text()).contains("Fares on the island ferry", APPEAL, BIO);
    }

    @Test
    void blocksRepeatedOnThreeOtherPagesOfTheHostAreDropped() {
        page(1);
        page(2);
        assertThat(page(3).text()).contains(APPEAL, BIO);

        ExtractedArticle fourth = page(4);

        assertThat(fourth.text())
                .startsWith("The harbour festival will return in August")
                .contains("The harbour trust has agreed", "Volunteers are still needed")
                .doesNotContain(APPEAL, BIO);
        assertThat(fourth.html()).doesNotContain(APPEAL).contains("<p>The harbour trust");
        // Once learned, it goes from the earlier pages too when they are seen again.
        assertThat(page(1).text()).contains("Fares on the island ferry").doesNotContain(APPEAL);
    }

    @Test
    void theSamePageSeenAgainIsNotBoilerplateOfItself() {
        for (int i = 0; i < 5; i++) {
            assertThat(page(1).text()).contains(APPEAL, "Season tickets for residents");
        }
    }

    @Test
    void otherHostsLearnNothingFromThisOne() {
        for (int n = 1; n <= 3; n++) {
            page(n);
        }
        ExtractedArticle elsewhere =
                extractor.extract(Fixtures.html("dispatch-4.html"), URI.create("https://mirror.example.org/festival"));

        assertThat(elsewhere.text()).contains(APPEAL, BIO);
    }

    @Test
    void aPageRepeatingAnEarlierArticleKeepsItsBody() {
        for (int n = 1; n <= 3; n++) {
            extractor.extract(Fixtures.html("dispatch-1.html"), URI.create("https://dispatch.example.net/copy-" + n));
        }
        ExtractedArticle fourthCopy =
                extractor.extract(Fixtures.html("dispatch-1.html"), URI.create("https://dispatch.example.net/copy-4"));

        assertThat(fourthCopy.text()).contains("Fares on the island ferry", "Season tickets for residents");
    }

    @Test
    void rebuiltFromStoredTextsItDropsTheSameBlocks() {
        Extractor plain = new Extractor();
        HostBoilerplate rebuilt = new HostBoilerplate();
        for (int n = 1; n <= 3; n++) {
            rebuilt.learn(
                    url(n),
                    plain.extract(Fixtures.html("dispatch-" + n + ".html"), url(n))
                            .text());
        }

        ExtractedArticle fourth = new Extractor(rebuilt).extract(Fixtures.html("dispatch-4.html"), url(4));

        assertThat(fourth.text()).contains("The harbour trust").doesNotContain(APPEAL, BIO);
    }

    @Test
    void memoryStaysWithinItsBounds() {
        HostBoilerplate small = new HostBoilerplate(2, 8);
        Extractor extractor = new Extractor(small);
        for (int n = 1; n <= 4; n++) {
            extractor.extract(
                    Fixtures.html("dispatch-" + n + ".html"), URI.create("https://host" + n + ".example.net/a"));
            extractor.extract(Fixtures.html("dispatch-" + n + ".html"), url(n));
        }

        assertThat(small.hostCount()).isEqualTo(2);
        assertThat(small.blockCount("dispatch.example.net")).isEqualTo(8);
        assertThat(small.blockCount("host1.example.net")).isZero();
    }
}
