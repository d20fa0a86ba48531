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
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story page's cross-outlet summary, and questions answered from the whole story's coverage. */
class StorySummaryPageTest {
    private static final String HARBOUR = "a1a1a1a1a1a1a1a1";
    private static final String METRO = "b2b2b2b2b2b2b2b2";
    private static final String NORTHWIND = "c3c3c3c3c3c3c3c3";
    private static final String LONE = "d4d4d4d4d4d4d4d4";
    private static final String TOLL_HARBOUR = "e5e5e5e5e5e5e5e5";
    private static final String TOLL_METRO = "f6f6f6f6f6f6f6f6";

    @TempDir
    Path dir;

    private Database db;
    private WebServer web;
    private FakeLlmServer llm;
    private dev.tidings.search.SearchIndex index;
    private long story;
    private long loneStory;
    private long tollStory;
    private final HttpClient http = HttpClient.newHttpClient();

    private void start(AiSettings settings) {
        TestClock clock = new TestClock(Instant.parse("2026-11-28T12:00:00Z"));
        db = TestDatabases.open(TestDatabases.Kind.SQLITE, dir);
        AiFixtures.storeArticle(
                db,
                HARBOUR,
                "Harbour Times",
                "Ferry restored",
                "The Harbour Council voted on Tuesday to restore the night ferry between Grenby and Vell.\n"
                        + "The ferry will run four times a week from June.\n"
                        + "Island shopkeepers had complained that visitors left before evening trade began.");
        AiFixtures.storeArticle(
                db,
                METRO,
                "Metro Wire",
                "Night ferry returns",
                "Grenby's Harbour Council voted Tuesday to restore the night ferry to Vell.\n"
                        + "The ferry will run five times a week from June.\n"
                        + "Critics argued that the money should go to road repairs instead.");
        AiFixtures.storeArticle(
                db,
                NORTHWIND,
                "Northwind Post",
                "Vell gets its night boat back",
                "The night ferry between Grenby and Vell will be restored after the Harbour Council voted on"
                        + " Tuesday.\nChildren under twelve will travel free on the ferry.");
        AiFixtures.storeArticle(
                db, LONE, "Harbour Times", "Pier repainted", "The old pier at Grenby was repainted in blue this week.");
        story = AiFixtures.storeStory(db, "Night ferry to Vell restored", HARBOUR, METRO, NORTHWIND);
        loneStory = AiFixtures.storeStory(db, "Pier repainted", LONE);
        AiFixtures.storeArticle(
                db,
                TOLL_HARBOUR,
                "Harbour Times",
                "Bridge toll rises",
                "The toll on the Vell bridge will rise to four crowns from March, the council said.");
        AiFixtures.storeArticle(
                db,
                TOLL_METRO,
                "Metro Wire",
                "Vell bridge toll up",
                "The toll on the Vell bridge will rise to five crowns from March, the council said.");
        tollStory = AiFixtures.storeStory(db, "Vell bridge toll rises", TOLL_HARBOUR, TOLL_METRO);
        ArticleRepository articles = new ArticleRepository(db);
        ArticleAi ai = new ArticleAi(db, articles, settings, clock);
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

    private String get(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String q(String question) {
        return URLEncoder.encode(question, StandardCharsets.UTF_8);
    }

    @Test
    void theStoryPageSaysWhatAllOutletsReportAndWhatOnlySomeReportOrReportDifferently() throws Exception {
        start(AiSettings.none());
        String html = get("/story/" + story);
        assertThat(html).contains("What the outlets report", "All outlets report");
        assertThat(html).contains("— Harbour Times, Metro Wire, Northwind Post");
        assertThat(html)
                .contains("Reported differently:")
                .contains("The ferry will run four times a week from June. <span class=\"by\">— Harbour Times")
                .contains("The ferry will run five times a week from June. <span class=\"by\">— Metro Wire");
        assertThat(html)
                .contains("Critics argued that the money should go to road repairs instead. <span class=\"by\">— Metro"
                        + " Wire</span>");

        assertThat(get("/story/" + loneStory))
                .contains("Only one outlet has covered this story so far", "How one outlet covered: Pier repainted");

        String toll = get("/story/" + tollStory);
        assertThat(toll)
                .contains("Every outlet reports one point, but with different figures")
                .contains("Reported differently:")
                .doesNotContain("No single point appears");
    }

    @Test
    void theStoryApiGivesTheSameSummaryAsThePage() throws Exception {
        start(AiSettings.none());
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var summary = json.readTree(get("/api/v1/stories/" + story)).path("summary");
        assertThat(summary.path("method").asText()).isEqualTo("builtin");
        assertThat(summary.path("all_report").findValuesAsText("sentence")).isNotEmpty();
        for (var claim : summary.path("all_report")) {
            assertThat(claim.path("outlets").size()).isEqualTo(3);
        }
        var differing = new java.util.ArrayList<String>();
        for (var claim : summary.path("some_report")) {
            if (claim.path("differs").asBoolean()) {
                claim.path("versions")
                        .forEach(v -> differing.add(v.path("outlet").asText() + ": "
                                + v.path("sentence").asText()));
            }
        }
        assertThat(differing)
                .contains(
                        "Harbour Times: The ferry will run four times a week from June.",
                        "Metro Wire: The ferry will run five times a week from June.");
        assertThat(summary.path("some_report").findValuesAsText("sentence"))
                .contains("Critics argued that the money should go to road repairs instead.");

        var lone = json.readTree(get("/api/v1/stories/" + loneStory));
        assertThat(lone.has("summary")).isTrue();
        assertThat(lone.path("summary").isNull()).isTrue();
    }

    @Test
    void aQuestionIsAnsweredFromAnotherOutletsCoverageOfTheStoryNamingThatOutlet() throws Exception {
        start(AiSettings.none());
        String html = get("/en/article/" + HARBOUR + "/ask?q=" + q("Who will travel free?"));
        assertThat(html)
                .contains("Children under twelve will <strong>travel</strong> <strong>free</strong> on the ferry.")
                .contains("— Northwind Post");
    }

    @Test
    void theModelSeesOtherOutletsSentencesAndItsAnswerNamesTheOutletItCites() throws Exception {
        llm = new FakeLlmServer();
        start(new AiSettings(AiSettings.chatEndpointOf(llm.baseUrl()), "fake", null, Duration.ofSeconds(5), 30));
        llm.reply("Children under twelve travel free [7].");
        String html = get("/en/article/" + HARBOUR + "/ask?q=" + q("Who will travel free?"));
        assertThat(html).contains("Children under twelve travel free.").contains("— Northwind Post");
        String prompt = llm.requests().stream()
                .map(r -> r.path("messages").path(1).path("content").asText())
                .filter(text -> text.contains("Question: Who will travel free?"))
                .findFirst()
                .orElseThrow();
        assertThat(prompt).contains("[1] (Harbour Times) The Harbour Council voted");
        assertThat(prompt).contains("(Northwind Post) Children under twelve will travel free on the ferry.");
    }

    @Test
    void withAModelTheStoryPageShowsItsSummaryOnceWrittenNamingTheOutletsItCites() throws Exception {
        llm = new FakeLlmServer();
        start(new AiSettings(AiSettings.chatEndpointOf(llm.baseUrl()), "fake", null, Duration.ofSeconds(5), 30));
        llm.reply("All report:\nThe council voted on Tuesday to bring back the night ferry [1][4][7].\n"
                + "Only some report:\nCritics wanted the money spent on roads [6].");
        String first = get("/story/" + story);
        assertThat(first).contains("Sentences chosen from the outlets' own articles by Tidings");
        // the model's version is written in the background; the page shows it once it is there
        String html = first;
        for (int i = 0; i < 100 && !html.contains("Written by a language model"); i++) {
            Thread.sleep(50);
            html = get("/story/" + story);
        }
        assertThat(html)
                .contains("Written by a language model")
                .contains("The council voted on Tuesday to bring back the night ferry. <span class=\"by\">— Harbour"
                        + " Times, Metro Wire, Northwind Post</span>")
                .contains("Critics wanted the money spent on roads. <span class=\"by\">— Metro Wire</span>");
    }

    @Test
    void aStoryThatGrowsHasItsSummaryMadeBeforeAnyoneAsksForItsPage() throws Exception {
        llm = new FakeLlmServer();
        start(new AiSettings(AiSettings.chatEndpointOf(llm.baseUrl()), "fake", null, Duration.ofSeconds(5), 30));
        llm.reply("All report:\nThe council voted on Tuesday to bring back the night ferry [1][4][7].");

        web.storyGrew(loneStory); // one outlet: nothing to compare
        web.storyGrew(story);

        // made in the background: the built-in summary, then the model's, with no page asked for
        for (int i = 0; i < 200 && storyPrompts() == 0; i++) {
            Thread.sleep(50);
        }
        assertThat(storyPrompts()).isEqualTo(1);
        String html = get("/story/" + story);
        for (int i = 0; i < 100 && !html.contains("Written by a language model"); i++) {
            Thread.sleep(50);
            html = get("/story/" + story);
        }
        assertThat(html).contains("Written by a language model");
        assertThat(storyPrompts()).isEqualTo(1);
    }

    /** How many times the model was asked for a story summary. */
    private long storyPrompts() {
        return llm.requests().stream()
                .map(r -> r.path("messages").toString())
                .filter(text -> text.contains("several outlets' articles about one story"))
                .count();
    }
}
