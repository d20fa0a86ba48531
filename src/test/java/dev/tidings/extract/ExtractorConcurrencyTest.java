package dev.tidings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ExtractorConcurrencyTest {

    private static final List<String> FIXTURES = List.of(
            "jsonld-article.html",
            "meta-tags-only.html",
            "opengraph-only.html",
            "microdata-only.html",
            "index-page.html",
            "gallery.html");

    @Test
    void oneExtractorGivesTheSameResultsFromManyThreads() throws Exception {
        Extractor shared = new Extractor();
        URI url = URI.create("https://example.org/page");
        List<ExtractedArticle> expected = new ArrayList<>();
        for (String f : FIXTURES) {
            expected.add(shared.extract(Fixtures.html(f), url));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ExtractedArticle>> futures = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (String f : FIXTURES) {
                    String html = Fixtures.html(f);
                    futures.add(pool.submit(() -> shared.extract(html, url)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % FIXTURES.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
