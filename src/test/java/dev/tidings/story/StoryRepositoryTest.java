package dev.tidings.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.article.ArticleCard;
import dev.tidings.db.Database;
import dev.tidings.db.TestDatabases;
import dev.tidings.db.TestDatabases.Kind;
import dev.tidings.nlp.Embedder;
import dev.tidings.nlp.Vectors;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Story assignment in the database (both stores), with hand-made vectors: joins, new stories, merges, top stories. */
@ParameterizedClass
@EnumSource(Kind.class)
class StoryRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");

    @Parameter
    Kind kind;

    @TempDir
    Path dir;

    private Database db;
    private StoryRepository stories;
    private StoryAssigner assigner;
    private long harbour;
    private long ledger;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        stories = new StoryRepository(db);
        DocumentFrequencies df = new DocumentFrequencies();
        assigner = new StoryAssigner(stories, new StoryMatcher(StoryMatcher.Params.DEFAULT, df));
        harbour = source("harbour");
        ledger = source("ledger");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void articlesJoinTheirEventsStoryAndOtherEventsStartTheirOwn() {
        var strike1 = article("a1", harbour, "Rail strike called", 0, axis(0), "rail strike union pay");
        var strike2 = article("a2", ledger, "Rail strike to halt freight", 60, axis(0), "rail strike freight union");
        var comet = article("a3", ledger, "Comet seen over Vesper", 30, axis(1), "comet astronomer sky");
        long s1 = assigner.assign(strike1, List.of(), T0).storyId();
        long s3 = assigner.assign(comet, List.of("a1"), T0).storyId();
        var joined = assigner.assign(strike2, List.of("a1", "a3"), T0);
        assertThat(joined.storyId()).isEqualTo(s1);
        assertThat(joined.created()).isFalse();
        assertThat(s3).isNotEqualTo(s1);
        assertThat(assigner.assign(strike2, List.of(), T0).storyId())
                .as("assigning twice changes nothing")
                .isEqualTo(s1);

        Story story = stories.story(s1).orElseThrow();
        assertThat(story.articleCount()).isEqualTo(2);
        assertThat(story.outletCount()).isEqualTo(2);
        assertThat(story.firstPublished()).isEqualTo(T0);
        assertThat(story.lastPublished()).isEqualTo(T0.plusSeconds(3600));
        assertThat(stories.articles(s1)).extracting(ArticleCard::id).containsExactly("a1", "a2");
        assertThat(stories.storyOf("a2")).contains(s1);
        assertThat(stories.storiesOf(List.of("a1", "a3", "zz"))).isEqualTo(Map.of("a1", s1, "a3", s3));

        List<StoryCard> top = new TopStories(stories).top(T0.plusSeconds(7200), 10);
        assertThat(top).extracting(c -> c.story().id()).containsExactly(s1, s3);
        assertThat(top.getFirst().outlets()).containsExactly("harbour", "ledger");
    }

    @Test
    void storiesThatConvergeMergeIntoTheOlderOneWhichTheOtherRedirectsTo() {
        float[] between = Vectors.normalize(mix(axis(0), axis(1)));
        var a = article("b1", harbour, "Port strike", 0, axis(0), "port crane dock strike");
        var b = article(
                "b2",
                ledger,
                "Port strike",
                10,
                Vectors.normalize(mix(scaled(axis(0), 0.6f), axis(1))),
                "dock strike port crane");
        long first = assigner.assign(a, List.of(), T0).storyId();
        // b is not close enough in meaning to join a on its own: a second story
        long second = new StoryAssigner(
                        stories,
                        new StoryMatcher(
                                new StoryMatcher.Params(1.0, 0.99, 0.7, java.time.Duration.ofDays(4), 0.03, 0.0),
                                new DocumentFrequencies()))
                .assign(b, List.of("b1"), T0)
                .storyId();
        assertThat(second).isNotEqualTo(first);
        var bridge = article("b3", ledger, "Port strike", 20, between, "port dock strike crane");
        var outcome = assigner.assign(bridge, List.of("b1", "b2"), T0);
        assertThat(outcome.storyId()).isEqualTo(first);
        assertThat(outcome.absorbed()).containsExactly(second);
        assertThat(stories.story(second).orElseThrow().mergedInto()).isEqualTo(first);
        assertThat(stories.storyOf("b2")).contains(first);
        assertThat(stories.story(first).orElseThrow().articleCount()).isEqualTo(3);
    }

    private long source(String name) {
        return db.transaction(h -> h.insert(
                        "INSERT INTO sources (feed_url, title, slug, created_at) VALUES (?, ?, ?, ?)",
                        "https://" + name + ".example/rss",
                        name,
                        name,
                        T0)
                .orElseThrow());
    }

    private StoryRepository.Member article(
            String id, long source, String title, int minutesLater, float[] embedding, String words) {
        Instant published = T0.plusSeconds(minutesLater * 60L);
        db.transaction(h -> h.update(
                "INSERT INTO articles (id, source_id, url, title, language, published_at, stored_at, lead, body_html,"
                        + " body_text, word_count, content_hash) VALUES (?, ?, ?, ?, 'en', ?, ?, ?, '', ?, 1, ?)",
                id,
                source,
                "https://example.org/" + id,
                title,
                published,
                published,
                title,
                title,
                id));
        TermBag terms = Features.terms(title, words);
        stories.saveVectors(id, embedding, terms, T0.toEpochMilli());
        return stories.member(id).orElseThrow();
    }

    private static float[] axis(int i) {
        float[] v = new float[Embedder.DIMENSIONS];
        v[i] = 1;
        return v;
    }

    private static float[] scaled(float[] a, float f) {
        float[] v = a.clone();
        for (int i = 0; i < v.length; i++) {
            v[i] *= f;
        }
        return v;
    }

    private static float[] mix(float[] a, float[] b) {
        float[] v = new float[a.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = a[i] + b[i];
        }
        return v;
    }
}
