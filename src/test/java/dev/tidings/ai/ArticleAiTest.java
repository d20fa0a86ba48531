package dev.tidings.ai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tidings.article.Article;
import dev.tidings.article.ArticleRepository;
import dev.tidings.db.Database;
import dev.tidings.db.SharedTurns;
import dev.tidings.db.TestClock;
import dev.tidings.db.TestDatabases;
import dev.tidings.db.TestDatabases.Kind;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Summaries at ingest, catch-up, and the language-model path with its cache, limit and fallbacks. */
@ParameterizedClass
@EnumSource(Kind.class)
class ArticleAiTest {
    static final String ID = "a1b2c3d4e5f6a7b8";

    @Parameter
    Kind kind;

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-28T12:00:00Z"));
    private Database db;
    private ArticleRepository articles;
    private FakeLlmServer llm;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(kind, dir);
        articles = new ArticleRepository(db);
        AiFixtures.storeArticle(db, ID, AiFixtures.text("ferry-article.txt"));
        llm = new FakeLlmServer();
    }

    @AfterEach
    void close() {
        llm.close();
        db.close();
    }

    /** The text of one message (0: system, 1: user) of a request the model server received. */
    private static String message(JsonNode request, int index) {
        return request.path("messages").path(index).path("content").asText();
    }

    private ArticleAi builtin() {
        return new ArticleAi(db, articles, AiSettings.none(), clock);
    }

    private ArticleAi withLlm(int callsPerMinute) {
        return new ArticleAi(
                db,
                articles,
                new AiSettings(
                        AiSettings.chatEndpoint(llm.baseUrl().toString()),
                        "fake",
                        "key",
                        Duration.ofSeconds(2),
                        callsPerMinute),
                clock);
    }

    private Article article() {
        return articles.byId(ID).orElseThrow();
    }

    @Test
    void enrichStoresTheBuiltInSummaryAndCatchUpFillsTheGaps() {
        ArticleAi ai = builtin();
        assertThat(ai.summary(ID)).isEmpty();
        ai.enrich(ID);
        Summary s = ai.summary(ID).orElseThrow();
        assertThat(s.method()).isEqualTo("builtin");
        assertThat(s.tldr()).hasSizeBetween(1, 3);
        assertThat(s.points()).hasSizeBetween(3, 5);

        AiFixtures.storeArticle(
                db, "b1b2c3d4e5f6a7b8", "The second article says one thing. It says another thing too.");
        assertThat(ai.catchUp()).isEqualTo(1);
        assertThat(ai.summary("b1b2c3d4e5f6a7b8")).isPresent();
        assertThat(ai.catchUp()).isZero();
    }

    @Test
    void catchUpGoesNewestFirstAndStopsWhenTheNodeCloses() {
        ArticleAi ai = builtin();
        for (int i = 0; i < 450; i++) {
            AiFixtures.storeArticle(db, "%016x".formatted(0xc000L + i), "Article " + i + " says one thing. And more.");
        }
        ai.stopCatchUp();
        assertThat(ai.catchUp()).as("a closing node starts no batch").isZero();

        ArticleAi fresh = builtin();
        var store = new AiStore(db, clock);
        assertThat(store.articlesWithoutSummary(Long.MAX_VALUE, 2))
                .extracting(AiStore.Unsummarized::id)
                .as("the newest articles first")
                .containsExactly("%016x".formatted(0xc000L + 449), "%016x".formatted(0xc000L + 448));
        assertThat(fresh.catchUp()).isEqualTo(451);
        assertThat(store.articlesWithoutSummary(Long.MAX_VALUE, 10)).isEmpty();
    }

    @Test
    void nodesOnOneDatabaseTakeTurnsAtABacklogSoEachArticleIsSummarizedOnce() throws Exception {
        for (int i = 0; i < 600; i++) {
            AiFixtures.storeArticle(db, "%016x".formatted(0xd000L + i), "Article " + i + " says one thing. And more.");
        }
        ArticleAi first = builtin();
        ArticleAi second = builtin();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> first.catchUp(turns("node-a")));
            var b = pool.submit(() -> second.catchUp(turns("node-b")));
            int total =
                    a.get(60, java.util.concurrent.TimeUnit.SECONDS) + b.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(total).as("every article once, by one node or the other").isEqualTo(601);
        } finally {
            pool.shutdownNow();
        }
        assertThat(new AiStore(db, clock).articlesWithoutSummary(Long.MAX_VALUE, 10))
                .isEmpty();
    }

    @Test
    void aNodeWaitsWhileAnothersTurnRunsAndTakesOverWhenItRunsOutOrStopsWhenClosed() throws Exception {
        for (int i = 0; i < 300; i++) {
            AiFixtures.storeArticle(db, "%016x".formatted(0xe000L + i), "Article " + i + " says one thing. And more.");
        }
        assertThat(turns("node-a").take(ArticleAi.CATCH_UP_WORK)).isTrue(); // and then node-a dies
        var store = new AiStore(db, clock);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            ArticleAi closing = builtin();
            var stopped = pool.submit(() -> closing.catchUp(turns("node-c")));
            ArticleAi waiting = builtin();
            var b = pool.submit(() -> waiting.catchUp(turns("node-b")));
            Thread.sleep(300); // node-b looks every 20 ms meanwhile
            assertThat(store.articlesWithoutSummary(Long.MAX_VALUE, 400))
                    .as("nothing done while node-a's turn runs")
                    .hasSize(301);
            closing.stopCatchUp();
            assertThat(stopped.get(10, java.util.concurrent.TimeUnit.SECONDS))
                    .as("a waiting node that closes stops waiting")
                    .isZero();
            clock.advance(Duration.ofMinutes(3));
            assertThat(b.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(301);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.articlesWithoutSummary(Long.MAX_VALUE, 10)).isEmpty();
        assertThat(turns("node-c").take(ArticleAi.CATCH_UP_WORK))
                .as("node-b gave its turn up when done")
                .isTrue();
    }

    private SharedTurns turns(String node) {
        return new SharedTurns(db, clock, node, Duration.ofMinutes(2), Duration.ofMillis(20));
    }

    @Test
    void theModelsSummaryKeepsOnlyCitedSentences() {
        llm.reply("The council restored the night ferry [1]. Everyone on the island is delighted.\n"
                + "Key points:\n- It runs four times a week from June [2].\n- Residents signed a petition [3].\n"
                + "- Fares pay part of the cost [6].");
        ArticleAi ai = withLlm(30);
        ai.enrich(ID);
        ai.awaitUpgrades();
        Summary s = ai.summary(ID).orElseThrow();
        assertThat(s.method()).isEqualTo("llm");
        assertThat(s.tldr()).containsExactly("The council restored the night ferry.");
        assertThat(s.points())
                .containsExactly(
                        "It runs four times a week from June.",
                        "Residents signed a petition.",
                        "Fares pay part of the cost.");
        String prompt = message(llm.requests().getFirst(), 1);
        assertThat(prompt).startsWith("[1] The Harbour Council voted on Tuesday");
    }

    @Test
    void fallsBackToTheBuiltInSummaryOnAServerErrorOrAnUncitedReply() {
        llm.mode(FakeLlmServer.Mode.STATUS_500);
        ArticleAi ai = withLlm(30);
        ai.enrich(ID);
        ai.awaitUpgrades();
        assertThat(ai.summary(ID).orElseThrow().method()).isEqualTo("builtin");

        llm.mode(FakeLlmServer.Mode.OK);
        llm.reply("A summary that cites nothing at all.");
        assertThat(ai.summarize("t", "Another text entirely. It has two sentences here.")
                        .method())
                .isEqualTo("builtin");
    }

    @Test
    void repliesAreCachedAndCallsBeyondTheLimitFallBack() {
        llm.reply("The ferry is back [1].\nKey points:\n- Four times a week [2].");
        ArticleAi ai = withLlm(1);
        assertThat(ai.summarize("t", AiFixtures.text("ferry-article.txt")).method())
                .isEqualTo("llm");
        assertThat(ai.summarize("t", AiFixtures.text("ferry-article.txt")).method())
                .isEqualTo("llm");
        assertThat(llm.requests()).hasSize(1); // the second came from the cache
        assertThat(ai.summarize("t", "A different article. With other sentences in it.")
                        .method())
                .isEqualTo("builtin"); // over the limit of one call a minute
        assertThat(llm.requests()).hasSize(1);
        clock.advance(Duration.ofMinutes(1));
        llm.reply("Different [1].");
        assertThat(ai.summarize("t", "A different article. With other sentences in it.")
                        .method())
                .isEqualTo("llm");
    }

    @Test
    void eachRequestForTheModelIsHeardWithItsOutcome() {
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        llm.reply("The ferry is back [1].\nKey points:\n- Four times a week [2].");
        ArticleAi ai = withLlm(3);
        ai.onModelCall(heard::add);
        ai.summarize("t", AiFixtures.text("ferry-article.txt"));
        ai.summarize("t", AiFixtures.text("ferry-article.txt"));
        llm.mode(FakeLlmServer.Mode.STATUS_500);
        ai.summarize("t", "A different article. With other sentences in it.");
        llm.mode(FakeLlmServer.Mode.OK);
        llm.reply("It will cost 1.4 million crowns a year [5].");
        assertThat(ai.askStreaming(article(), "Harbour Times", List.of(), "What will it cost?", s -> {})
                        .method())
                .isEqualTo("llm");
        ai.summarize("t", "A third article. It says something else again.");
        assertThat(heard).containsExactly("ok", "cached", "failed", "ok", "limited");

        List<String> none = new java.util.ArrayList<>();
        builtin().onModelCall(none::add); // no model: nothing to hear, nothing fails
        assertThat(none).isEmpty();
    }

    @Test
    void answersStreamGroundedSentencesAndSayWhenTheArticleDoesNotAnswer() {
        llm.reply("It will cost 1.4 million crowns a year [5], partly paid by fares. Cheap, really.");
        ArticleAi ai = withLlm(30);
        List<String> streamed = new ArrayList<>();
        Answer a = ai.askStreaming(article(), "Harbour Times", List.of(), "What will it cost?", streamed::add);
        assertThat(a.method()).isEqualTo("llm");
        assertThat(a.supported()).isTrue();
        assertThat(streamed).containsExactly("It will cost 1.4 million crowns a year.");
        assertThat(a.evidence().getFirst().sentence()).contains("1.4 million crowns");

        llm.reply(Grounding.NOT_IN_TEXT);
        Answer none = ai.askStreaming(article(), "Harbour Times", List.of(), "Who built the pier?", s -> {});
        assertThat(none.supported()).isFalse();
    }

    @Test
    void aStalledModelFallsBackToTheBuiltInAnswer() {
        llm.mode(FakeLlmServer.Mode.STALL);
        Answer a = withLlm(30).ask(article(), "Harbour Times", "How much will the service cost?");
        assertThat(a.method()).isEqualTo("builtin");
        assertThat(a.supported()).isTrue();
    }

    @Test
    void aStreamCutOffMidAnswerFallsBackToTheBuiltInAnswerAndAnswersAreCached() {
        llm.reply("It will cost 1.4 million crowns a year [5], partly paid by fares [6]. More to say here [2].");
        llm.mode(FakeLlmServer.Mode.CUT_STREAM);
        ArticleAi ai = withLlm(30);
        Answer cut = ai.askStreaming(article(), "Harbour Times", List.of(), "What will it cost?", s -> {});
        assertThat(cut.method()).isEqualTo("builtin");
        assertThat(cut.supported()).isTrue();

        llm.mode(FakeLlmServer.Mode.OK);
        Answer first = ai.ask(article(), "Harbour Times", "What will it cost?");
        int calls = llm.requests().size();
        List<String> streamed = new ArrayList<>();
        Answer again = ai.askStreaming(article(), "Harbour Times", List.of(), "What will it cost?", streamed::add);
        assertThat(again.method()).isEqualTo("llm");
        assertThat(again.text()).isEqualTo(first.text());
        assertThat(streamed).isEqualTo(first.text()); // a cached answer is still handed on sentence by sentence
        assertThat(llm.requests()).hasSize(calls);
    }

    @Test
    void simpleExplanationAndTranslationKeepToTheArticleAreCachedAndFallBackToNothing() {
        ArticleAi ai = withLlm(30);
        llm.reply("The town will bring back its night boat [1]. Dragons will guard it.");
        Rewrite simple = ai.explainSimply(article()).orElseThrow();
        assertThat(simple.kind()).isEqualTo("simple");
        assertThat(simple.sentences()).containsExactly("The town will bring back its night boat.");
        String system = message(llm.requests().getLast(), 0);
        assertThat(system).contains("simply");

        llm.reply("[1] Der Hafenrat hat beschlossen, die Nachtfähre wieder einzuführen.\nEin Kommentar ohne Nummer.");
        Rewrite german = ai.translate(article(), "de").orElseThrow();
        assertThat(german.language()).isEqualTo("de");
        assertThat(german.sentences())
                .containsExactly("Der Hafenrat hat beschlossen, die Nachtfähre wieder einzuführen.");
        system = message(llm.requests().getLast(), 0);
        assertThat(system).contains("German");

        int calls = llm.requests().size();
        llm.mode(FakeLlmServer.Mode.STATUS_500);
        assertThat(ai.translate(article(), "de")).contains(german); // from the cache, the server is not asked
        assertThat(llm.requests()).hasSize(calls);
        assertThat(ai.translate(article(), "fr")).isEmpty();
        llm.mode(FakeLlmServer.Mode.STATUS_429);
        assertThat(ai.explainSimply(articles.byId(ID).orElseThrow())).contains(simple);
        assertThat(builtin().explainSimply(article())).isEmpty();
    }

    @Test
    void theModelsStorySummaryNamesTheOutletsItCitesAndReplacesTheBuiltInOneOnceWritten() {
        List<Passage> coverage = List.of(
                new Passage(
                        "Harbour Times",
                        "Ferry restored",
                        "The Harbour Council voted on Tuesday to restore the night ferry between Grenby and Vell. "
                                + "The ferry will run four times a week from June. "
                                + "Island shopkeepers had complained that visitors left before evening trade began."),
                new Passage(
                        "Metro Wire",
                        "Night ferry returns",
                        "Grenby's Harbour Council voted Tuesday to restore the night ferry to Vell. "
                                + "The ferry will run five times a week from June. "
                                + "Critics argued that the money should go to road repairs instead."),
                new Passage(
                        "Northwind Post",
                        "Vell gets its night boat back",
                        "The night ferry between Grenby and Vell will be restored after the Harbour Council voted"
                                + " on Tuesday. Children under twelve will travel free on the ferry."));
        llm.reply("All report:\n"
                + "The council voted on Tuesday to bring back the night ferry [1][4][7].\n"
                + "The ferry starts in June [2][5].\n"
                + "Everyone on the island is delighted.\n"
                + "Only some report:\n"
                + "Critics wanted the money spent on roads [6].\n"
                + "Reported differently:\n"
                + "The outlets give different sailings a week [2][5].");
        ArticleAi ai = withLlm(30);

        StorySummary first = ai.summarizeStory(7, coverage);
        assertThat(first.method()).isEqualTo("builtin");
        ai.awaitUpgrades();
        StorySummary s = ai.summarizeStory(7, coverage);

        assertThat(s.method()).isEqualTo("llm");
        assertThat(s.allReport()).singleElement().satisfies(p -> {
            assertThat(p.sentence()).isEqualTo("The council voted on Tuesday to bring back the night ferry.");
            assertThat(p.outlets()).containsExactly("Harbour Times", "Metro Wire", "Northwind Post");
        });
        // a "common" fact citing two of the three outlets is shown as theirs; the uncited line is gone
        assertThat(s.someReport())
                .extracting(StorySummary.Point::sentence)
                .containsExactly(
                        "The ferry starts in June.",
                        "Critics wanted the money spent on roads.",
                        "The outlets give different sailings a week.");
        assertThat(s.someReport().get(0).outlets()).containsExactly("Harbour Times", "Metro Wire");
        assertThat(s.someReport().get(1).outlets()).containsExactly("Metro Wire");
        StorySummary.Point differs = s.someReport().get(2);
        assertThat(differs.differs()).isTrue();
        assertThat(differs.versions())
                .extracting(StorySummary.Version::sentence)
                .containsExactly(
                        "The ferry will run four times a week from June.",
                        "The ferry will run five times a week from June.");
        String prompt = message(llm.requests().getFirst(), 1);
        assertThat(prompt).contains("[4] (Metro Wire) Grenby's Harbour Council voted Tuesday");

        // a new node (empty memory) reads the written summary from the reply cache without calling again
        int calls = llm.requests().size();
        llm.mode(FakeLlmServer.Mode.STATUS_500);
        assertThat(withLlm(30).summarizeStory(7, coverage).method()).isEqualTo("llm");
        assertThat(llm.requests()).hasSize(calls);
    }

    @Test
    void theModelIsToldWhichSentencesComeFromAnOpinionPiece() {
        List<Passage> coverage = List.of(
                new Passage(
                        "Harbour Times",
                        "Ferry restored",
                        "The Harbour Council voted on Tuesday to restore the night ferry between Grenby and Vell."),
                new Passage(
                        "Civic Voice",
                        "Bring back the boat",
                        "The night ferry is coming back, and the council deserves no credit for it.",
                        true));
        llm.reply("All report:\nThe night ferry is coming back [1][2].");
        ArticleAi ai = withLlm(30);

        ai.summarizeStory(8, coverage);
        ai.awaitUpgrades();

        JsonNode request = llm.requests().getLast();
        assertThat(message(request, 0)).contains("A sentence headed 'opinion' comes from a comment piece");
        assertThat(message(request, 1))
                .contains("[1] (Harbour Times) The Harbour Council voted")
                .contains("[2] (Civic Voice, opinion) The night ferry is coming back");
    }

    @Test
    void aFailingModelLeavesTheBuiltInStorySummary() {
        List<Passage> coverage = List.of(
                new Passage(
                        "Harbour Times", "Ferry", "The council restored the night ferry on Tuesday. It sails in June."),
                new Passage(
                        "Metro Wire", "Ferry", "The night ferry was restored by the council on Tuesday. Fares rise."));
        llm.mode(FakeLlmServer.Mode.STATUS_500);
        ArticleAi ai = withLlm(30);
        StorySummary before = ai.summarizeStory(9, coverage);
        ai.awaitUpgrades();
        assertThat(ai.summarizeStory(9, coverage)).isEqualTo(before);
        assertThat(before.method()).isEqualTo("builtin");
        llm.mode(FakeLlmServer.Mode.OK);
        llm.reply("Nothing here cites anything.");
        ArticleAi other = withLlm(30);
        other.summarizeStory(9, coverage);
        other.awaitUpgrades();
        assertThat(other.summarizeStory(9, coverage).method()).isEqualTo("builtin");
    }
}
