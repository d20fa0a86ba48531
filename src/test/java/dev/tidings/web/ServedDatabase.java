package dev.tidings.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.ai.AiSettings;
import dev.tidings.ai.ArticleAi;
import dev.tidings.article.ArticleRepository;
import dev.tidings.db.Database;
import dev.tidings.db.TestDatabases;
import dev.tidings.search.SearchIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A SQLite database a test fills, then the website over it (built-in AI, its own search index) on
 * a free local port, and a plain client for its pages.
 */
final class ServedDatabase implements AutoCloseable {
    final Database db;
    private final Path dir;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private SearchIndex index;
    private WebServer web;

    ServedDatabase(Path dir) {
        this.dir = dir;
        this.db = TestDatabases.open(TestDatabases.Kind.SQLITE, dir);
    }

    /** Starts the website over what the test stored. */
    void serve(Clock clock) {
        ArticleAi ai = new ArticleAi(db, new ArticleRepository(db), AiSettings.none(), clock);
        index = SearchIndex.open(dir.resolve("index"));
        web = TestSite.serve(db, clock, ai, index);
    }

    HttpResponse<String> get(String path) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The pages of an API list, following its {@code next_cursor} from {@code path} (which has a
     * query string already), ten pages at most.
     */
    List<JsonNode> apiPages(String path) {
        List<JsonNode> pages = new ArrayList<>();
        String cursor = null;
        do {
            String next = path + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode page;
            try {
                page = json.readTree(get(next).body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pages.add(page);
            cursor = page.path("next_cursor").isNull()
                    ? null
                    : page.path("next_cursor").asText();
        } while (cursor != null && pages.size() < 10);
        return pages;
    }

    @Override
    public void close() {
        if (web != null) {
            web.close();
            index.close();
        }
        db.close();
    }
}
