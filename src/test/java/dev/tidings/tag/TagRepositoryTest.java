package dev.tidings.tag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.article.ArticleCard;
import dev.tidings.article.ArticleChanges;
import dev.tidings.article.ArticleRepository;
import dev.tidings.article.ArticleWindow;
import dev.tidings.article.Cursor;
import dev.tidings.db.Database;
import dev.tidings.db.TestClock;
import dev.tidings.db.TestDatabases;
import dev.tidings.db.TestDatabases.Kind;
import dev.tidings.nlp.PorterStemmer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Kind.class)
class TagRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final String CEASEFIRE = "Ardenia and Velmora agreed a ceasefire in the Saltmarsh on Sunday after"
            + " talks in Port Caldera. The ceasefire will be watched by monitors from Lusmark. Prime Minister"
            + " Helena Marsh said the ceasefire was a beginning. Marsh told parliament that Velmora had kept its"
            + " word. The Saltmarsh ceasefire is the first since the war began.";

    @Parameter
    Kind kind;

    @TempDir
    Path dir;

    private Database db;
    private TagRepository tags;
    private HashtagEnricher enricher;
    private long source;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        tags = new TagRepository(db);
        enricher = new HashtagEnricher(db, new ArticleRepository(db), tags, Hashtagger.standard(), new TestClock(NOW));
        source = TagTestData.source(db, "harbour");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void tagsAStoredArticleOnceAndFindsItsArticlesByTagInAnyCase() {
        TagTestData.article(db, source, "a1", "Ceasefire agreed in the Saltmarsh", CEASEFIRE, NOW.minusSeconds(600));
        List<String> first = enricher.tag("a1");
        assertThat(first).contains("Ceasefire", "Velmora").hasSizeBetween(3, 8);
        assertThat(enricher.tag("a1")).isEqualTo(first);
        assertThat(tags.tagsOf("a1")).isEqualTo(first);
        assertThat(tags.keyphrasesOf("a1")).contains("ceasefire").hasSizeGreaterThanOrEqualTo(10);
        assertThat(tags.spelling("velmora")).contains("Velmora");
        assertThat(tags.spelling("Nothing")).isEmpty();
        assertThat(tags.articles("VELMORA", 10)).extracting(ArticleCard::id).containsExactly("a1");
        assertThat(tags.countArticles("velmora")).isEqualTo(1);
    }

    @Test
    void aPluralAndItsSingularAreOneTagWrittenAsTheCorpusFirstWroteIt() {
        for (String id : List.of("p1", "p2", "p3")) {
            TagTestData.article(db, source, id, "Breach " + id, "Card numbers were taken.", NOW.minusSeconds(60));
        }
        db.transaction(h -> {
            assertThat(tags.store(h, "p1", NOW, List.of("CardNumbers", "Congress"), List.of(), NOW))
                    .containsExactly("CardNumbers", "Congress");
            assertThat(tags.store(h, "p2", NOW, List.of("CardNumber", "Vote", "Votes"), List.of(), NOW))
                    .as("the number others write it in; one tag however it is written")
                    .containsExactly("CardNumbers", "Vote");
            assertThat(tags.store(h, "p3", NOW, List.of("CardNumber", "CONGRESS"), List.of(), NOW))
                    .as("only the number is taken from others, not the casing")
                    .containsExactly("CardNumbers", "CONGRESS");
            return null;
        });
        assertThat(tags.countArticles("CardNumber")).isEqualTo(3);
        assertThat(tags.articles("cardnumber", 10))
                .extracting(ArticleCard::id)
                .containsExactlyInAnyOrder("p1", "p2", "p3");
        assertThat(tags.tagsOf("p2")).containsExactly("CardNumbers", "Vote");
        assertThat(tags.mostCovered(NOW.minusSeconds(3600), 3, 10))
                .extracting(TagRepository.TagCount::tag, TagRepository.TagCount::articles)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CardNumbers", 3L));
        // not plurals: "ss", "is"
        assertThat(tags.countArticles("Congres")).isZero();
        assertThat(tags.countArticles("Holli")).isZero();
    }

    @Test
    void storedPluralKeysAreFoldedByTheMigration() throws Exception {
        for (String id : List.of("k1", "k2")) {
            TagTestData.article(db, source, id, "Vote " + id, "A vote was held.", NOW.minusSeconds(60));
        }
        // keys as they were stored before V009: the name lower-cased, plural or not
        db.transaction(h -> {
            String insert = "INSERT INTO article_tags (article_id, tag_key, tag, tag_rank, published_at)"
                    + " VALUES (?, ?, ?, ?, ?)";
            h.update(insert, "k1", "votes", "Votes", 0, NOW);
            h.update(insert, "k1", "vote", "Vote", 1, NOW);
            h.update(insert, "k2", "cardnumbers", "CardNumbers", 0, NOW);
            h.update(insert, "k2", "congress", "Congress", 1, NOW);
            return null;
        });
        String sql;
        try (var in = TagRepository.class.getResourceAsStream("/db/migration/V009.sql")) {
            sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        db.transaction(h -> {
            for (String statement : sql.split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    h.update(statement);
                }
            }
            return null;
        });
        List<String> keys = db.read(h -> h.query(
                "SELECT article_id, tag_key FROM article_tags WHERE article_id IN ('k1', 'k2')"
                        + " ORDER BY article_id, tag_key",
                rs -> rs.getString(1) + ":" + rs.getString(2)));
        assertThat(keys).containsExactly("k1:vote", "k2:cardnumber", "k2:congress");
        assertThat(tags.countArticles("Votes")).isEqualTo(1);
    }

    @Test
    void recentArticlesAreTaggedAgainAsTheCorpusGrowsWithoutCountingThemTwice() {
        TagTestData.article(db, source, "m0", "Ceasefire agreed in the Saltmarsh", CEASEFIRE, NOW.minusSeconds(600));
        List<String> alone = enricher.tag("m0");
        assertThat(alone).contains("Marsh");
        // Later articles that name the Prime Minister write her name in full; most are about other things.
        for (int i = 1; i < HashtagEnricher.SETTLE_EVERY; i++) {
            boolean marsh = i % 5 == 0;
            TagTestData.article(
                    db,
                    source,
                    "m" + i,
                    marsh ? "Helena Marsh on the budget " + i : "Ferry timetable change " + i,
                    marsh
                            ? "Helena Marsh presented the budget. Helena Marsh said taxes would not rise, and Helena"
                                    + " Marsh promised new rail lines."
                            : "The harbour ferry to Grenby will leave at " + i + " past the hour from Monday, the"
                                    + " operator Tollen Lines said. Passengers on route " + i + " were told to"
                                    + " check the timetable.",
                    NOW.minusSeconds(500 - i));
            enricher.submit("m" + i);
        }
        enricher.awaitQueued(); // and the settling the fiftieth tagging queued
        long documents = db.read(h -> new DbCorpusStats(h).documents());
        assertThat(documents).as("tagging again counts nothing twice").isEqualTo(HashtagEnricher.SETTLE_EVERY);
        // m0 was tagged again against the fifty articles: Marsh, now in a fifth of them, is no
        // longer salient beside what only m0 covers
        List<String> settled = tags.tagsOf("m0");
        assertThat(settled).isNotEqualTo(alone).doesNotContain("Marsh");
        assertThat(new ArticleChanges(db).after(0, 1_000))
                .as("each node's index hears of m0's first tags and of its new ones")
                .filteredOn(c -> c.articleId().equals("m0"))
                .hasSizeGreaterThanOrEqualTo(2);
        Hashtagger hashtagger = Hashtagger.standard();
        var parsed = hashtagger.parse("Ceasefire agreed in the Saltmarsh", CEASEFIRE);
        List<String> now =
                db.read(h -> hashtagger.tag(parsed, new DbCorpusStats(h)).hashtags());
        assertThat(now).as("what the grown corpus gives").isEqualTo(settled);
        assertThat(enricher.retag("m0")).isEqualTo(settled);
    }

    @Test
    void catchUpTagsWhatWasStoredUntaggedAndCountsTheCorpus() {
        for (int i = 0; i < 3; i++) {
            TagTestData.article(db, source, "c" + i, "Ceasefire news " + i, CEASEFIRE, NOW.minusSeconds(60 * i));
        }
        enricher.tag("c0");
        assertThat(enricher.catchUp()).isEqualTo(2);
        assertThat(enricher.catchUp()).isZero();
        assertThat(tags.countArticles("Ceasefire")).isEqualTo(3);
        long documents = db.read(h -> new DbCorpusStats(h).documents());
        assertThat(documents).isEqualTo(3);
        var df = db.read(h -> new DbCorpusStats(h).frequencies(List.of(PorterStemmer.stem("ceasefire"), "nothing")));
        assertThat(df).containsEntry(PorterStemmer.stem("ceasefire"), 3L).doesNotContainKey("nothing");
        var names = db.read(h -> new DbCorpusStats(h).names(List.of("velmora")));
        assertThat(names.get("velmora").spelling()).isEqualTo("Velmora");
        assertThat(names.get("velmora").count()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void articlesNewestFirstPaginatedAndRelatedTagsByCoOccurrence() {
        for (int i = 0; i < 5; i++) {
            TagTestData.article(db, source, "p" + i, "Story " + i, "text", NOW.minus(Duration.ofHours(i)));
        }
        db.transaction(h -> {
            for (int i = 0; i < 5; i++) {
                List<String> t = i < 3 ? List.of("Velmora", "Ceasefire") : List.of("Velmora", "Marsh");
                tags.store(h, "p" + i, NOW.minus(Duration.ofHours(i)), t, List.of(), NOW);
            }
            return null;
        });
        assertThat(tags.articles("Velmora", 2)).extracting(ArticleCard::id).containsExactly("p0", "p1");
        var first = tags.articles("Velmora", ArticleWindow.Position.START, 2);
        var second = tags.articles("Velmora", older(first), 2);
        assertThat(second.cards()).extracting(ArticleCard::id).containsExactly("p2", "p3");
        assertThat(tags.articles("Velmora", older(second), 2).cards())
                .extracting(ArticleCard::id)
                .containsExactly("p4");
        assertThat(tags.articles("Velmora", older(second), 2).older()).isNull();
        assertThat(tags.related("Velmora", 5))
                .containsExactly(new TagRepository.TagCount("Ceasefire", 3), new TagRepository.TagCount("Marsh", 2));
    }

    @Test
    void aTagOnManyArticlesIsPagedNewestFirstAndKnownByItsLatestArticles() {
        // 600 older articles pair #Velmora with #Ceasefire, then 550 newer ones with #Marsh and
        // spell it #VELMORA: a tag read from its latest 500 articles is about what it is about now
        int older = 600;
        int newer = 550;
        for (int i = 0; i < older + newer; i++) {
            TagTestData.article(db, source, "m" + i, "Story " + i, "text", NOW.minusSeconds(older + newer - i));
        }
        db.transaction(h -> {
            for (int i = 0; i < older + newer; i++) {
                List<String> t = i < older ? List.of("Velmora", "Ceasefire") : List.of("VELMORA", "Marsh");
                for (int rank = 0; rank < t.size(); rank++) {
                    h.update(
                            "INSERT INTO article_tags (article_id, tag_key, tag, tag_rank, published_at) VALUES (?, ?, ?, ?, ?)",
                            "m" + i,
                            TagRepository.key(t.get(rank)),
                            t.get(rank),
                            rank,
                            NOW.minusSeconds(older + newer - i));
                }
            }
            return null;
        });
        assertThat(tags.countArticles("velmora")).isEqualTo(older + newer);
        assertThat(tags.related("Velmora", 5)).containsExactly(new TagRepository.TagCount("Marsh", 500));
        assertThat(tags.spelling("velmora")).contains("VELMORA");
        assertThat(tags.articles("Velmora", 3)).extracting(ArticleCard::id).containsExactly("m1149", "m1148", "m1147");
        List<String> all = new java.util.ArrayList<>();
        var page = tags.articles("Velmora", ArticleWindow.Position.START, 100);
        while (true) {
            page.cards().forEach(c -> all.add(c.id()));
            if (page.older() == null) {
                break;
            }
            page = tags.articles("Velmora", older(page), 100);
        }
        assertThat(all).hasSize(older + newer).doesNotHaveDuplicates().endsWith("m0");
    }

    @Test
    void aTagOnManyArticlesHasItsCountKeptAMinuteAndASmallOneIsCountedEachTime() {
        int many = (int) TagRepository.COUNT_KEPT_FROM;
        db.transaction(h -> {
            for (int i = 0; i <= many; i++) {
                h.update(
                        "INSERT INTO articles (id, source_id, url, title, language, published_at, stored_at, lead,"
                                + " body_html, body_text, word_count, content_hash)"
                                + " VALUES (?, ?, ?, 't', 'en', ?, ?, '', '', '', 0, ?)",
                        "c" + i,
                        source,
                        "https://example.org/c" + i,
                        NOW,
                        NOW,
                        "h" + i);
                h.update(
                        "INSERT INTO article_tags (article_id, tag_key, tag, tag_rank, published_at) VALUES (?, ?, ?, 0, ?)",
                        "c" + i,
                        i < many ? "velmora" : "marsh",
                        i < many ? "Velmora" : "Marsh",
                        NOW);
            }
            return null;
        });
        assertThat(tags.countArticles("Velmora")).isEqualTo(many);
        assertThat(tags.countArticles("Marsh")).isEqualTo(1);
        db.transaction(h -> h.update("INSERT INTO article_tags (article_id, tag_key, tag, tag_rank, published_at)"
                + " SELECT article_id, 'marsh', 'Marsh', 1, published_at FROM article_tags"
                + " WHERE tag_key = 'velmora' AND article_id IN ('c0', 'c1')"));
        db.transaction(h -> h.update("DELETE FROM article_tags WHERE tag_key = 'velmora' AND article_id = 'c0'"));
        assertThat(tags.countArticles("velmora")).as("kept").isEqualTo(many);
        assertThat(tags.countArticles("Marsh")).as("counted again").isEqualTo(3);
        assertThat(new TagRepository(db).countArticles("Velmora")).isEqualTo(many - 1);
    }

    private static ArticleWindow.Position older(ArticleWindow window) {
        return ArticleWindow.Position.olderThan(Cursor.decode(window.older()));
    }

    @Test
    void trendingRanksTagsRisingAgainstTheirUsualRate() {
        int n = 0;
        // #Weather is steady: two a day all week, and one in the last hours.
        for (int d = 1; d <= 7; d++) {
            for (int k = 0; k < 2; k++) {
                store("w" + n++, NOW.minus(Duration.ofDays(d)).minusSeconds(k * 3600L), "Weather");
            }
        }
        store("w" + n++, NOW.minus(Duration.ofHours(1)), "Weather");
        store("w" + n++, NOW.minus(Duration.ofHours(2)), "Weather");
        // #Ceasefire is new: three articles in the last hours.
        store("c1", NOW.minus(Duration.ofHours(1)), "Ceasefire");
        store("c2", NOW.minus(Duration.ofHours(2)), "Ceasefire");
        store("c3", NOW.minus(Duration.ofHours(3)), "Ceasefire");
        // One article is not a trend.
        store("x1", NOW.minus(Duration.ofHours(1)), "Lone");
        var trends = tags.trending(NOW, Duration.ofHours(12), Duration.ofDays(7), 10);
        assertThat(trends)
                .extracting(TagRepository.Trend::tag)
                .startsWith("Ceasefire")
                .doesNotContain("Lone");
        assertThat(trends.getFirst().recent()).isEqualTo(3);
    }

    @Test
    void mostCoveredCountsTheArticlesOfTheWeekOnly() {
        store("a1", NOW.minus(Duration.ofDays(1)), "Weather");
        store("a2", NOW.minus(Duration.ofDays(2)), "Weather");
        store("a3", NOW.minus(Duration.ofDays(3)), "Ceasefire");
        // older than the week: not counted
        store("old1", NOW.minus(Duration.ofDays(9)), "Ceasefire");
        store("old2", NOW.minus(Duration.ofDays(10)), "Ceasefire");

        assertThat(tags.mostCovered(NOW.minus(Duration.ofDays(7)), 1, 10))
                .containsExactly(new TagRepository.TagCount("Weather", 2), new TagRepository.TagCount("Ceasefire", 1));
        assertThat(tags.mostCovered(NOW.minus(Duration.ofDays(7)), 1, 1)).hasSize(1);
        // a hashtag on one article of the week is not a topic when two are asked for
        assertThat(tags.mostCovered(NOW.minus(Duration.ofDays(7)), 2, 10))
                .containsExactly(new TagRepository.TagCount("Weather", 2));
    }

    private void store(String id, Instant at, String tag) {
        TagTestData.article(db, source, id, "Article " + id, "text", at);
        db.transaction(h -> {
            tags.store(h, id, at, List.of(tag), List.of(), NOW);
            return null;
        });
    }
}
