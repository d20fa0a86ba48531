package dev.tidings.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.article.ArticleCard;
import dev.tidings.article.ArticleChanges;
import dev.tidings.article.ArticleWindow;
import dev.tidings.article.Cursor;
import dev.tidings.db.Database;
import dev.tidings.db.TestDatabases;
import dev.tidings.db.TestDatabases.Kind;
import dev.tidings.nlp.Embedder;
import dev.tidings.nlp.Vectors;
import dev.tidings.search.IndexText;
import dev.tidings.search.IndexedArticle;
import dev.tidings.search.SearchIndex;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
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
    private DocumentFrequencies df;
    private long harbour;
    private long ledger;

    @BeforeEach
    void open() {
        db = TestDatabases.open(kind, dir);
        stories = new StoryRepository(db);
        df = new DocumentFrequencies();
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
        long s1 = assigner.assign(strike1, Map.of(), T0).storyId();
        long s3 = assigner.assign(comet, near(comet, strike1), T0).storyId();
        var joined = assigner.assign(strike2, near(strike2, strike1, comet), T0);
        assertThat(joined.storyId()).isEqualTo(s1);
        assertThat(joined.created()).isFalse();
        assertThat(s3).isNotEqualTo(s1);
        assertThat(assigner.assign(strike2, Map.of(), T0).storyId())
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
    void aStorysHeadlineIsAReportsEvenWhenAColumnIsNearerItsCentre() {
        long voice = source("voice");
        var report1 =
                article("r1", harbour, "Rail unions call a national strike", 0, angle(-0.5f), "rail strike union pay");
        var report2 = article("r2", ledger, "Rail strike set for next week", 30, angle(0.3f), "rail strike union pay");
        var column =
                article("c1", voice, "The rail strike is a failure of nerve", 60, angle(0f), "rail strike union pay");
        db.transaction(h -> h.update("UPDATE articles SET opinion = 1 WHERE id = 'c1'"));
        long s = assigner.assign(report1, Map.of(), T0).storyId();
        assertThat(assigner.assign(report2, near(report2, report1), T0).storyId())
                .isEqualTo(s);
        assertThat(assigner.assign(column, near(column, report1, report2), T0).storyId())
                .isEqualTo(s);

        assertThat(stories.story(s).orElseThrow().title())
                .as("the column is nearest the centre; the nearest report heads the story")
                .isEqualTo("Rail strike set for next week");
    }

    @Test
    void aLargeStorysArticlesAreReadAPageAtATimeAndSpreadOverItsOutlets() {
        long vesper = source("vesper");
        // harbour five times, ledger three, vesper once; h2 and l1 at the same minute
        long[] outlet = {harbour, harbour, ledger, harbour, ledger, harbour, vesper, ledger, harbour};
        int[] minutes = {0, 10, 10, 30, 40, 50, 60, 70, 80};
        String[] ids = {"h1", "h2", "l1", "h3", "l2", "h4", "v1", "l3", "h5"};
        List<StoryRepository.Member> members = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            var m = article(ids[i], outlet[i], "Rail strike called", minutes[i], axis(0), "rail strike union pay");
            assigner.assign(m, near(m, members.toArray(StoryRepository.Member[]::new)), T0);
            members.add(m);
        }
        long story = stories.storyOf("h1").orElseThrow();
        assertThat(stories.articles(story)).extracting(ArticleCard::id).containsExactly(ids);
        StoryCoverage coverage = stories.coverage(story);
        assertThat(stories.cardsInOrder(coverage.items().stream()
                        .map(StoryCoverage.Item::articleSeq)
                        .toList()))
                .extracting(ArticleCard::id)
                .containsExactly(ids);
        assertThat(coverage.outlets()).containsExactly("harbour", "ledger", "vesper");

        List<String> byWindow = new ArrayList<>();
        ArticleWindow.Position at = ArticleWindow.Position.START;
        for (int page = 0; page < 5 && at != null; page++) {
            ArticleWindow w = stories.window(story, false, at, 4);
            w.cards().forEach(c -> byWindow.add(c.id()));
            at = w.newer() == null ? null : ArticleWindow.Position.newerThan(Cursor.decode(w.newer()));
        }
        assertThat(byWindow).as("oldest first, four at a time").containsExactly(ids);

        List<String> byCursor = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var slice = stories.articles(story, cursor, 2);
            slice.cards().forEach(c -> byCursor.add(c.id()));
            cursor = slice.nextCursor();
            pages++;
        } while (cursor != null);
        assertThat(byCursor).as("every article once, in order").containsExactly(ids);
        assertThat(pages).isEqualTo(5);
        assertThat(stories.articles(story, null, 9).nextCursor())
                .as("no next page after the last article")
                .isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> stories.articles(story, "not-a-cursor", 2))
                .isInstanceOf(IllegalArgumentException.class);

        ArticleWindow newest = stories.window(story, true, ArticleWindow.Position.START, 3);
        assertThat(newest.cards()).extracting(ArticleCard::id).containsExactly("h5", "l3", "v1");
        assertThat(newest.newer()).isNull();
        ArticleWindow next =
                stories.window(story, true, ArticleWindow.Position.olderThan(Cursor.decode(newest.older())), 3);
        assertThat(next.cards()).extracting(ArticleCard::id).containsExactly("h4", "l2", "h3");
        assertThat(stories.window(story, true, ArticleWindow.Position.newerThan(Cursor.decode(next.newer())), 3)
                        .cards())
                .as("back to the top")
                .extracting(ArticleCard::id)
                .containsExactly("h5", "l3", "v1");
        assertThat(stories.acrossOutlets(story, 0, 4))
                .as("each outlet's first, then the earliest of the seconds, oldest first")
                .extracting(ArticleCard::id)
                .containsExactly("h1", "h2", "l1", "v1");
        assertThat(stories.acrossOutlets(story, harbour, 3))
                .extracting(ArticleCard::id)
                .containsExactly("l1", "l2", "v1");
    }

    @Test
    void storiesStoredBeforeTheirCoverageWasKeptInOrderAreOrderedByTheMigration() throws Exception {
        String[] ids = {"m1", "m2", "m3"};
        long[] outlet = {ledger, harbour, ledger};
        List<StoryRepository.Member> members = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            var m = article(ids[i], outlet[i], "Rail strike called", 20 - 10 * i, axis(0), "rail strike union pay");
            assigner.assign(m, near(m, members.toArray(StoryRepository.Member[]::new)), T0);
            members.add(m);
        }
        long story = stories.storyOf("m1").orElseThrow();
        // as rows stood before V011: no copy of the article's time, storage order or outlet
        db.read(h -> h.update("UPDATE story_articles SET published_at = NULL, article_seq = NULL, source_id = NULL"));
        String sql;
        try (var in = StoryRepository.class.getResourceAsStream("/db/migration/V011.sql")) {
            sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String fill = java.util.Arrays.stream(sql.split(";\\s*\\n"))
                .map(String::strip)
                .filter(st -> st.startsWith("UPDATE"))
                .findFirst()
                .orElseThrow();
        db.read(h -> h.update(fill));

        StoryCoverage coverage = stories.coverage(story);
        assertThat(stories.cardsInOrder(coverage.items().stream()
                        .map(StoryCoverage.Item::articleSeq)
                        .toList()))
                .extracting(ArticleCard::id)
                .containsExactly("m3", "m2", "m1");
        assertThat(coverage.outlets()).containsExactly("ledger", "harbour");
        assertThat(stories.window(story, true, ArticleWindow.Position.START, 2).cards())
                .extracting(ArticleCard::id)
                .containsExactly("m1", "m2");
    }

    @Test
    void aSameDayRetellingJoinsInAQuietStreamAsTheBatchDecides() {
        float[] retold = Vectors.normalize(mix(axis(0), scaled(axis(1), 2.5f)));
        var comet = article("q0", ledger, "Comet seen over Vesper", -3 * 24 * 60, axis(2), "comet astronomer sky");
        var strike = article("q1", harbour, "Rail strike called", 0, axis(0), "rail strike union pay talks");
        var retelling =
                article("q2", ledger, "Rail drivers walk out", 120, retold, "rail drivers walkout ferry strike");
        OnlineClusterer batch = new OnlineClusterer(StoryMatcher.Params.DEFAULT);
        List.of(comet, strike, retelling).forEach(m -> batch.add(m.features()));
        assertThat(batch.storyOf("q2")).as("the batch joins them").isEqualTo(batch.storyOf("q1"));

        // words are counted as the story enricher counts them, before each article is assigned
        df.add(comet.terms());
        long s0 = assigner.assign(comet, Map.of(), T0).storyId();
        df.add(strike.terms());
        long s1 = assigner.assign(strike, near(strike, comet), T0).storyId();
        df.add(retelling.terms());
        var joined = assigner.assign(retelling, near(retelling, strike, comet), T0);
        assertThat(s1).isNotEqualTo(s0);
        assertThat(joined.storyId()).isEqualTo(s1);
        double sameDayLift = 0.15 * (1 - 2 / 24.0);
        assertThat(joined.score() - sameDayLift)
                .as("short of a match without the time")
                .isLessThan(0.40);
    }

    @Test
    void aSameDayRetellingStartsItsOwnStoryWhileTheStreamsPaceIsUnknown() {
        float[] retold = Vectors.normalize(mix(axis(0), scaled(axis(1), 2.5f)));
        var strike = article("y1", harbour, "Rail strike called", 0, axis(0), "rail strike union pay talks");
        var retelling =
                article("y2", ledger, "Rail drivers walk out", 120, retold, "rail drivers walkout ferry strike");
        df.add(strike.terms());
        long s1 = assigner.assign(strike, Map.of(), T0).storyId();
        df.add(retelling.terms());
        assertThat(assigner.assign(retelling, near(retelling, strike), T0).storyId())
                .isNotEqualTo(s1);
    }

    @Test
    void anArticleReadBeforeTheCoverageItBelongsWithIsTakenInWhenThatStoryGrows() {
        // a piece on the outage's cost comes first (a backlog read in any order); the first report of
        // the outage is too far from it to join, the next ones join the report, and the last is close
        // to both: the cost piece, scored again against the grown story, joins it
        var cost = article("c1", ledger, "Retailers count the cost", 0, angle(1.0f), "retailers cost shares");
        var report = article("c2", harbour, "Hospital outage", 10, angle(0f), "outage hospital cards");
        var network = article("c3", harbour, "Network outage", 20, angle(0.1f), "outage hospital network");
        var plain = article("c4", ledger, "Card outage hits retailers", 30, angle(0.5f), "outage cards retailers");
        List<StoryRepository.Member> arrival = List.of(cost, report, network, plain);

        OnlineClusterer batch = new OnlineClusterer(StoryMatcher.Params.DEFAULT);
        List<StoryRepository.Member> seen = new ArrayList<>();
        List<Long> live = new ArrayList<>();
        for (StoryRepository.Member m : arrival) {
            batch.add(m.features());
            df.add(m.terms());
            live.add(assigner.assign(m, near(m, seen.toArray(StoryRepository.Member[]::new)), T0)
                    .storyId());
            seen.add(m);
        }
        assertThat(live.get(1))
                .as("the first report does not join the cost piece")
                .isNotEqualTo(live.get(0));
        assertThat(List.of("c2", "c3", "c4"))
                .allSatisfy(id -> assertThat(batch.storyOf(id)).isEqualTo(batch.storyOf("c1")));
        assertThat(List.of("c1", "c2", "c3", "c4"))
                .allSatisfy(id -> assertThat(stories.storyOf(id)).contains(live.get(0)));
        assertThat(stories.story(live.get(1)).orElseThrow().mergedInto()).isEqualTo(live.get(0));
        assertThat(stories.story(live.get(0)).orElseThrow().articleCount()).isEqualTo(4);
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
        long first = assigner.assign(a, Map.of(), T0).storyId();
        // b is not close enough in meaning to join a on its own: a second story
        long second = new StoryAssigner(
                        stories,
                        new StoryMatcher(
                                new StoryMatcher.Params(1.0, 0.99, 0.7, java.time.Duration.ofDays(4), 0.03, 0.0, 0.15),
                                new DocumentFrequencies()))
                .assign(b, near(b, a), T0)
                .storyId();
        assertThat(second).isNotEqualTo(first);
        var bridge = article("b3", ledger, "Port strike", 20, between, "port dock strike crane");
        var outcome = assigner.assign(bridge, near(bridge, a, b), T0);
        assertThat(outcome.storyId()).isEqualTo(first);
        assertThat(outcome.absorbed()).containsExactly(second);
        assertThat(stories.story(second).orElseThrow().mergedInto()).isEqualTo(first);
        assertThat(stories.storyOf("b2")).contains(first);
        assertThat(stories.story(first).orElseThrow().articleCount()).isEqualTo(3);
        assertThat(new ArticleChanges(db).after(0, 10))
                .as("every node's index hears of each article joining, and of those the merge moved (b3"
                        + " joined b2's story, the younger, which then merged into b1's)")
                .extracting(ArticleChanges.Change::articleId)
                .containsExactly("b1", "b2", "b3", "b2", "b3");
    }

    @Test
    void neighbourhoodsKeepTheTenClosestInBothDirectionsAsTheBatchDoes() {
        java.util.Random random = new java.util.Random(7);
        List<StoryRepository.Member> members = new java.util.ArrayList<>();
        Neighbourhoods expected = new Neighbourhoods();
        for (int i = 0; i < 14; i++) {
            members.add(article("n" + i, i % 2 == 0 ? harbour : ledger, "Item " + i, i, axis(i), "word" + i));
        }
        for (int i = 1; i < members.size(); i++) {
            Map<String, Double> found = new java.util.LinkedHashMap<>();
            for (int j = 0; j < i; j++) {
                found.put("n" + j, Math.round(random.nextDouble() * 1000) / 1000.0);
            }
            String me = "n" + i;
            db.transaction(h -> {
                StoryRepository.linkNeighbours(h, me, found);
                return null;
            });
            found.forEach((other, sim) -> expected.link(me, other, sim));
        }
        List<String> ids =
                members.stream().map(StoryRepository.Member::articleId).toList();
        Map<String, Double> hubness = stories.hubness(ids);
        for (String id : ids) {
            assertThat(hubness.get(id))
                    .as(id)
                    .isCloseTo(expected.hubness(id), org.assertj.core.data.Offset.offset(1e-6));
            long kept = db.read(h -> h.queryLong("SELECT COUNT(*) FROM article_neighbours WHERE article_id = ?", id));
            assertThat(kept).as("at most ten neighbours kept for " + id).isEqualTo(10);
        }
        assertThat(stories.hubness(List.of("nobody"))).containsEntry("nobody", 0.0);

        db.transaction(h -> h.update("DELETE FROM articles WHERE id = ?", "n3"));
        assertThat(rowsNaming("n3")).as("a removed article leaves every list").isZero();
        db.transaction(h -> {
            StoryRepository.linkNeighbours(h, "n5", Map.of("n3", 0.99, "n6", 0.98));
            return null;
        });
        assertThat(rowsNaming("n3"))
                .as("a neighbour removed since it was found is left out")
                .isZero();
        long recorded = db.read(
                h -> h.queryLong(
                        "SELECT COUNT(*) FROM article_neighbours WHERE article_id = 'n5' AND neighbour_id = 'n6' AND similarity > 0.97"));
        assertThat(recorded).as("the others are still recorded").isOne();
    }

    @Test
    void assigningAnArticleRecordsItsNeighbourhoodWithBlendedSimilarities() {
        var strike1 = article("c1", harbour, "Rail strike called", 0, axis(0), "rail strike union pay");
        var strike2 = article("c2", ledger, "Rail strike to halt freight", 60, axis(0), "rail strike freight union");
        var comet = article("c3", ledger, "Comet seen over Vesper", 30, axis(1), "comet astronomer sky");
        assigner.assign(strike1, Map.of(), T0);
        assigner.assign(comet, near(comet, strike1), T0);
        assigner.assign(strike2, near(strike2, strike1, comet), T0);
        Map<String, Double> hubness = stories.hubness(List.of("c1", "c2", "c3"));
        assertThat(hubness.get("c2"))
                .as("the strike's second article is close to the first and far from the comet")
                .isGreaterThan(0.3)
                .isLessThan(1.0);
        assertThat(hubness.get("c1")).as("both directions are kept").isGreaterThan(hubness.get("c3"));
        assertThat(unlinked()).isEmpty();

        var late = article("c4", harbour, "Rail strike ends", 90, axis(0), "rail strike ends deal");
        assertThat(unlinked()).as("not in a story yet").isEmpty();
        assigner.assign(late, Map.of(), T0);
        assertThat(unlinked()).containsExactly("c4");
        assigner.linkNeighbours(late, near(late, strike1, strike2));
        assertThat(unlinked()).isEmpty();
        assertThat(stories.hubness(List.of("c4")).get("c4")).isGreaterThan(0.3);
    }

    /** Neighbourhood rows in which the article appears, on either side. */
    @Test
    void relatedListsAreKeptForAMinuteButNeverPastAChangeInTheirStory() {
        try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            AtomicLong nanos = new AtomicLong();
            var related = new RelatedArticles(stories, index, df, Duration.ofSeconds(60), nanos::get);
            List<String> outcomes = new ArrayList<>();
            related.onLookup(outcomes::add);
            var rail1 = article("r1", harbour, "Rail strike called", 0, axis(0), "rail strike union pay");
            var rail2 = article("r2", ledger, "Rail strike to halt freight", 60, axis(0), "rail strike freight union");
            long rail = assigner.assign(rail1, Map.of(), T0).storyId();
            assertThat(assigner.assign(rail2, near(rail2, rail1), T0).storyId()).isEqualTo(rail);
            indexAll(index, rail1, rail2);
            assertThat(related.of("r1", 8)).extracting(ArticleCard::id).containsExactly("r2");

            // Another story, close in meaning, arrives: the kept list stands until it is a minute old.
            float[] nearby = Vectors.normalize(mix(axis(0), scaled(axis(1), 1.5f)));
            var comet = article("c1", ledger, "Comet over the rail yards", 90, nearby, "comet astronomer sky");
            assertThat(assigner.assign(comet, near(comet, rail1, rail2), T0).storyId())
                    .isNotEqualTo(rail);
            indexAll(index, comet);
            nanos.set(Duration.ofSeconds(59).toNanos());
            assertThat(related.of("r1", 8)).extracting(ArticleCard::id).containsExactly("r2");
            nanos.set(Duration.ofSeconds(61).toNanos());
            assertThat(related.of("r1", 8)).extracting(ArticleCard::id).containsExactly("r2", "c1");

            // Coverage of the article's own story shows at once, a minute or not.
            var rail3 = article("r3", ledger, "Rail strike enters second day", 120, axis(0), "rail strike union talks");
            assertThat(assigner.assign(rail3, near(rail3, rail1, rail2, comet), T0)
                            .storyId())
                    .isEqualTo(rail);
            indexAll(index, rail3);
            nanos.set(Duration.ofSeconds(62).toNanos());
            assertThat(related.of("r1", 8)).extracting(ArticleCard::id).contains("r2", "r3", "c1");
            assertThat(related.of("r1", 3)).as("each length its own list").hasSize(3);
            assertThat(outcomes).containsExactly("worked_out", "kept", "worked_out", "worked_out", "worked_out");
        }
    }

    private void indexAll(SearchIndex index, StoryRepository.Member... members) {
        for (StoryRepository.Member m : members) {
            long story = stories.storyOf(m.articleId()).orElseThrow();
            index.add(
                    new IndexedArticle(m.articleId(), m.published(), m.sourceId(), story, m.embedding()),
                    IndexText.EMPTY);
        }
        index.commit();
        index.refresh();
    }

    private long rowsNaming(String articleId) {
        return db.read(h -> h.queryLong(
                "SELECT COUNT(*) FROM article_neighbours WHERE article_id = ? OR neighbour_id = ?",
                articleId,
                articleId));
    }

    private List<String> unlinked() {
        return stories.articlesWithoutNeighbours(0, 10).stream()
                .map(u -> u.member().articleId())
                .toList();
    }

    /** The embedding cosines from {@code me} to each of {@code others}, as the index reports them. */
    private static Map<String, Double> near(StoryRepository.Member me, StoryRepository.Member... others) {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (StoryRepository.Member o : others) {
            out.put(o.articleId(), (double) Vectors.dot(me.embedding(), o.embedding()));
        }
        return out;
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

    /** A unit vector in the plane of the first two axes, {@code radians} from the first. */
    private static float[] angle(float radians) {
        float[] v = new float[Embedder.DIMENSIONS];
        v[0] = (float) Math.cos(radians);
        v[1] = (float) Math.sin(radians);
        return v;
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
