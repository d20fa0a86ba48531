package dev.tidings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class TitlesTest {

    private final URI page = URI.create("https://www.bbc.co.uk/news/1");

    @Test
    void stripsSiteNameSuffixAndPrefix() {
        assertThat(Titles.stripSiteName("Storm closes port | Harbour Times", "Harbour Times", page))
                .isEqualTo("Storm closes port");
        assertThat(Titles.stripSiteName("Harbour Times - Storm closes port", "Harbour Times", page))
                .isEqualTo("Storm closes port");
        assertThat(Titles.stripSiteName("Storm closes port - BBC News", null, page))
                .isEqualTo("Storm closes port");
    }

    @Test
    void keepsSeparatorsThatAreNotTheSiteName() {
        assertThat(Titles.stripSiteName("Rust - a language for everyone", "Harbour Times", page))
                .isEqualTo("Rust - a language for everyone");
    }

    @Test
    void splitsAuthorListsOnlyWhenEveryPartIsAName() {
        assertThat(Titles.splitNames("By Ann Lee and Bo Chen")).containsExactly("Ann Lee", "Bo Chen");
        assertThat(Titles.splitNames("Lee, Ann")).containsExactly("Lee, Ann");
        assertThat(Titles.authorName("https://example.com/staff/ann")).isNull();
    }

    @Test
    void normalizesLanguageTags() {
        assertThat(Titles.language("en_US")).isEqualTo("en-US");
        assertThat(Titles.language(" de, en")).isEqualTo("de");
        assertThat(Titles.language("")).isNull();
    }
}
