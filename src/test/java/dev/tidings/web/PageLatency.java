package dev.tidings.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How long a running site takes to answer each kind of page, one request at a time: p50, p99 and
 * max over {@code N} requests per kind (after as many unmeasured ones), each request for one of a
 * few pages of its kind picked from the site's own API (the newest articles and stories, outlets,
 * the hashtag on most articles and a rare one). Point it at a site holding many articles, as
 * {@code RelatedBenchmark}'s fourth argument leaves one. Run: {@code java -cp
 * 'target/test-classes:target/classes:target/lib/*' dev.tidings.web.PageLatency http://127.0.0.1:8080 [N]}.
 */
public final class PageLatency {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private PageLatency(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static void main(String[] args) throws Exception {
        var bench = new PageLatency(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Map<String, List<String>> kinds = bench.pages();
        System.out.printf("%-22s %8s %8s %8s  %s%n", "page", "p50 ms", "p99 ms", "max ms", "e.g.");
        for (var kind : kinds.entrySet()) {
            long[] nanos = bench.time(kind.getValue(), n);
            Arrays.sort(nanos);
            System.out.printf(
                    "%-22s %8.2f %8.2f %8.2f  %s%n",
                    kind.getKey(),
                    nanos[n / 2] / 1e6,
                    nanos[n * 99 / 100] / 1e6,
                    nanos[n - 1] / 1e6,
                    kind.getValue().getFirst());
        }
    }

    /** Each kind of page, with the paths to ask for. */
    private Map<String, List<String>> pages() throws Exception {
        List<String> articles = new ArrayList<>();
        for (JsonNode a : json("/api/v1/articles?limit=20").get("items")) {
            articles.add(URI.create(a.get("url").asText()).getPath());
        }
        List<String> stories = new ArrayList<>();
        for (JsonNode s : json("/api/v1/stories").get("items")) {
            stories.add("/story/" + s.get("id").asText());
        }
        List<String> outlets = new ArrayList<>();
        for (JsonNode o : json("/api/v1/outlets").get("items")) {
            outlets.add(o.get("slug").asText());
        }
        List<String> trending = new ArrayList<>();
        for (JsonNode t : json("/api/v1/trending").get("items")) {
            trending.add(t.get("tag").asText());
        }
        String common = mostUsedTag(articles);
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        kinds.put("home", List.of("/"));
        kinds.put("latest", List.of("/latest"));
        kinds.put("latest, page 40", List.of("/latest?before=" + cursorAfter(39 * 30)));
        kinds.put("latest, page 1,000", List.of("/latest?before=" + cursorAfter(999 * 30)));
        kinds.put("article", articles);
        kinds.put("story", stories);
        kinds.put(
                "source",
                outlets.subList(0, Math.min(5, outlets.size())).stream()
                        .map(s -> "/source/" + s)
                        .toList());
        kinds.put("sources", List.of("/sources"));
        kinds.put("topics", List.of("/topics"));
        kinds.put("tag, most used", List.of("/tag/" + common));
        kinds.put(
                "tag, rising", trending.stream().limit(5).map(t -> "/tag/" + t).toList());
        kinds.put("search", List.of("/search?q=story", "/search?q=article+story", "/search?q=%22of+story%22"));
        kinds.put("api articles", List.of("/api/v1/articles"));
        kinds.put("api stories", List.of("/api/v1/stories"));
        kinds.put("api trending", List.of("/api/v1/trending"));
        kinds.put("api outlets", List.of("/api/v1/outlets"));
        kinds.put("api hashtag, most used", List.of("/api/v1/hashtags/" + common));
        kinds.put("feed latest", List.of("/feeds/latest.rss"));
        kinds.put("feed tag, most used", List.of("/feeds/tag/" + common + ".rss"));
        kinds.put("healthz", List.of("/healthz"));
        return kinds;
    }

    /** Of the newest articles' hashtags, the one on most articles of the whole site. */
    private String mostUsedTag(List<String> articles) throws Exception {
        String best = null;
        long most = -1;
        for (String path : articles) {
            String id = path.substring(path.lastIndexOf('/') + 1);
            for (JsonNode tag : json("/api/v1/articles/" + id).path("hashtags")) {
                long n = json("/api/v1/hashtags/" + tag.asText() + "?limit=1")
                        .get("articles")
                        .asLong();
                if (n > most) {
                    most = n;
                    best = tag.asText();
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("no hashtags on the newest articles of " + base);
        }
        return best;
    }

    /** {@code n} requests after {@code n} unmeasured ones, paths taken at random; each must answer 200. */
    private long[] time(List<String> paths, int n) throws Exception {
        var random = new SplittableRandom(7);
        long[] nanos = new long[n];
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < n; i++) {
                String path = paths.get(random.nextInt(paths.size()));
                long t0 = System.nanoTime();
                HttpResponse<byte[]> r = http.send(
                        HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                nanos[i] = System.nanoTime() - t0;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + r.statusCode());
                }
            }
        }
        return nanos;
    }

    /** The cursor of the {@code n}th newest article (the API's cursors are the pages' too). */
    private String cursorAfter(int n) throws Exception {
        String cursor = null;
        for (int read = 0; read < n; ) {
            int limit = Math.min(100, n - read);
            JsonNode page = json("/api/v1/articles?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor));
            if (page.path("next_cursor").isNull()) {
                return cursor;
            }
            cursor = page.path("next_cursor").asText();
            read += limit;
        }
        return cursor;
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        return JSON.readTree(r.body());
    }
}
