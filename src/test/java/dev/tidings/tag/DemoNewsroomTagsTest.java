package dev.tidings.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo newsroom's articles tagged against one another, as the demo tags them: one tag per
 * thing, and names as the articles give them.
 */
class DemoNewsroomTagsTest {
    private static final String ARTICLES = "/dev/tidings/demo/articles/";
    private static final Map<String, List<String>> TAGS = new LinkedHashMap<>();

    @BeforeAll
    static void tagTheNewsroom() throws Exception {
        Hashtagger hashtagger = Hashtagger.standard();
        MemoryCorpusStats corpus = new MemoryCorpusStats();
        Map<String, Keyphrases.Parsed> parsed = new LinkedHashMap<>();
        Path folder = Path.of(DemoNewsroomTagsTest.class.getResource(ARTICLES).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String article = Files.readString(file);
                String title = article.lines()
                        .filter(l -> l.startsWith("title: "))
                        .findFirst()
                        .orElseThrow()
                        .substring("title: ".length());
                var doc = hashtagger.parse(title, article.substring(article.indexOf("\n---\n") + 5));
                corpus.count(doc.counts());
                parsed.put(file.getFileName().toString(), doc);
            }
        }
        parsed.forEach((name, doc) -> TAGS.put(name, hashtagger.tag(doc, corpus).hashtags()));
    }

    @Test
    void theGalleryAnArticleKeepsMentioningIsTaggedByItsName() {
        assertThat(tags("harbour-times--holm-lantern-keeper-stolen-national-gallery.txt"))
                .contains("NationalGallery")
                .doesNotContain("Gallery");
    }

    @Test
    void aNameWithACommonWordAfterItIsNotASecondTag() {
        assertThat(tags("metro-wire--saltmarsh-truce-signed.txt"))
                .contains("Saltmarsh")
                .doesNotContain("SaltmarshTruce");
        assertThat(tags("civic-voice--review-the-winter-orchard-royal-playhouse.txt"))
                .contains("WinterOrchard")
                .doesNotContain("WinterOrchardReview");
    }

    @Test
    void organisationsKeepTheirWholeNames() {
        assertThat(tags("harbour-times--rail-workers-to-strike-next-week.txt"))
                .contains("ArdenianRailways")
                .doesNotContain("Rail", "Railways");
        assertThat(tags("metro-wire--vesper-athletic-signs-ferreira-lund.txt"))
                .contains("VesperAthletic")
                .doesNotContain("Athletic");
    }

    private static List<String> tags(String file) {
        assertThat(TAGS).containsKey(file);
        return TAGS.get(file);
    }
}
