package dev.tidings.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.ai.AiFixtures;
import dev.tidings.ai.AiSettings;
import dev.tidings.ai.ArticleAi;
import dev.tidings.ai.FakeLlmServer;
import dev.tidings.article.ArticleRepository;
import dev.tidings.db.Database;
import dev.tidings.db.TestClock;
import dev.tidings.db.TestDatabases;
import dev.tidings.nlp.Embedder;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AI section over HTTP, as a browser without JavaScript and as the inline script use it. */
class AskFormTest {
    private static final String ID = "a1b2c3d4e5f6a7b8";

    @TempDir
    Path dir;

    private Database db;
    private WebServer web;
    private dev.tidings.search.SearchIndex index;
    private FakeLlmServer llm;
    private final HttpClient http = HttpClient.newHttpClient();

    private void start(AiSettings settings) {
        start(settings, null);
    }

    /** As above, with {@code sentenceVectors} (or null) to weigh sentences by meaning. */
    private void start(AiSettings settings, Function<List<String>, List<float[]>> sentenceVectors) {
        TestClock clock = new TestClock(Instant.parse("2026-11-28T12:00:00Z"));
        db = TestDatabases.open(TestDatabases.Kind.SQLITE, dir);
        AiFixtures.storeArticle(db, ID, AiFixtures.text("ferry-article.txt"));
        ArticleRepository articles = new ArticleRepository(db);
        ArticleAi ai = new ArticleAi(db, articles, settings, clock, sentenceVectors);
        ai.catchUp();
        index = dev.tidings.search.SearchIndex.open(dir.resolve("index"));
        web = TestSite.serve(db, clock, ai, index);
    }

    @AfterEach
    void stop() {
        if (web != null) {
            web.close();
        }
        if (llm != null) {
            llm.close();
        }
        if (index != null) {
            index.close();
        }
        db.close();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String question) {
        return URLEncoder.encode(question, StandardCharsets.UTF_8);
    }

    @Test
    void theArticlePageShowsTheStoredSummaryAndAPlainQuestionForm() throws Exception {
        start(AiSettings.none());
        String html = get("/en/article/" + ID).body();
        assertThat(html).contains("TL;DR").contains("Key points").contains("The Harbour Council voted on Tuesday");
        assertThat(html).contains("<form class=\"ask\" method=\"get\" action=\"/en/article/" + ID + "/ask#ai\"");
        assertThat(html).doesNotContain("Explain it simply");
    }

    @Test
    void theFormAnswersWithTheHighlightedSentenceAndItsOutlet() throws Exception {
        start(AiSettings.none());
        var response = get("/en/article/" + ID + "/ask?q=" + q("How much will the service cost?"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Q: How much will the service cost?")
                .contains("<mark>")
                .contains("1.4 million crowns")
                .contains("— Harbour Times");
    }

    @Test
    void theFormSaysSoWhenTheArticleDoesNotAnswer() throws Exception {
        start(AiSettings.none());
        String html = get("/en/article/" + ID + "/ask?q=" + q("Who won the football match in Riverton?"))
                .body();
        assertThat(html).contains("The article does not say").doesNotContain("<mark>");
    }

    @Test
    void whenTheTextDoesNotAnswerThePageShowsWhatItSaysNearestTheQuestionAsNoAnswer() throws Exception {
        try (Embedder embedder = Embedder.load(1)) {
            start(AiSettings.none(), embedder::embedAll);
            // "residents", not "people": the built-in answerer does not take it for a count of people
            assertNearestShown(get("/en/article/" + ID + "/ask?q=" + q("How many people signed the petition?"))
                    .body());
            assertThat(get("/en/article/" + ID + "/ask?q=" + q("Who won the football match in Riverton?"))
                            .body())
                    .as("nothing near a question on another subject")
                    .contains("The article does not say")
                    .doesNotContain("nearest your question");
        }
    }

    @Test
    void whenTheModelFindsNoAnswerThePageShowsWhatTheTextSaysNearestTheQuestion() throws Exception {
        llm = new FakeLlmServer();
        llm.reply("NOT IN ARTICLE");
        try (Embedder embedder = Embedder.load(1)) {
            start(
                    new AiSettings(AiSettings.chatEndpointOf(llm.baseUrl()), "fake", null, Duration.ofSeconds(5), 30),
                    embedder::embedAll);
            assertNearestShown(get("/en/article/" + ID + "/ask?q=" + q("How many people signed the petition?"))
                    .body());
            assertThat(llm.requests()).isNotEmpty();
        }
    }

    private static void assertNearestShown(String html) {
        String answer = html.substring(html.indexOf("class=\"answer\""), html.indexOf("id=\"comments\""));
        assertThat(answer)
                .contains("The article does not say")
                .contains("What it says nearest your question (not an answer)")
                .contains("<blockquote class=\"nearby\">Council leader Ada Fenn said the decision followed a")
                .contains("by 12,000 residents.")
                .doesNotContain("<mark>");
    }

    @Test
    void theStreamSendsGroundedSentencesThenTheFinalAnswer() throws Exception {
        llm = new FakeLlmServer();
        llm.reply("The service will cost 1.4 million crowns a year [5]. Unsupported flourish.");
        start(new AiSettings(AiSettings.chatEndpointOf(llm.baseUrl()), "fake", null, Duration.ofSeconds(5), 30));
        var response = get("/en/article/" + ID + "/ask/stream?q=" + q("What will it cost?"));
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        String body = response.body();
        assertThat(body)
                .contains("event: sentence\ndata: {\"text\":\"The service will cost 1.4 million crowns a year.\"}");
        assertThat(body).doesNotContain("Unsupported flourish");
        assertThat(body.indexOf("event: answer")).isGreaterThan(body.indexOf("event: sentence"));
    }

    @Test
    void whenTheModelFailsTheStreamEndsWithTheBuiltInAnswer() throws Exception {
        llm = new FakeLlmServer();
        llm.mode(FakeLlmServer.Mode.STATUS_500);
        start(new AiSettings(AiSettings.chatEndpointOf(llm.baseUrl()), "fake", null, Duration.ofSeconds(5), 30));
        String body = get("/en/article/" + ID + "/ask/stream?q=" + q("How much will the service cost?"))
                .body();
        assertThat(body)
                .doesNotContain("event: sentence")
                .contains("event: answer")
                .contains("1.4 million crowns");
    }

    @Test
    void withAModelThePageOffersASimpleExplanationAndTranslationIntoTheReadersLanguage() throws Exception {
        llm = new FakeLlmServer();
        start(new AiSettings(AiSettings.chatEndpointOf(llm.baseUrl()), "fake", null, Duration.ofSeconds(5), 30));
        String html = get("/en/article/" + ID, "Accept-Language", "de-DE,de;q=0.9,en;q=0.5")
                .body();
        assertThat(html).contains("Explain it simply").contains("Translate into German");

        llm.reply("[1] Der Hafenrat hat beschlossen, die Nachtfähre wieder einzuführen.");
        assertThat(get("/en/article/" + ID + "/translate?to=de").body()).contains("die Nachtfähre");
        llm.mode(FakeLlmServer.Mode.STATUS_500);
        assertThat(get("/en/article/" + ID + "/explain").body()).contains("not available right now");
    }
}
