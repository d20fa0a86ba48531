package dev.tidings.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts every {@code <id>.html} of a folder into {@code <id>.txt} (the plain-text body) and
 * {@code <id>.json} (the metadata) in another folder.
 */
public final class ExtractionBatch {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractionBatch.class);
    private static final int PROGRESS_EVERY = 100;
    private static final ExtractedArticle EMPTY =
            new ExtractedArticle(null, List.of(), null, null, null, null, null, null, null, "", "", false);
    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Extractor extractor;

    public ExtractionBatch(Extractor extractor) {
        this.extractor = extractor;
    }

    /**
     * Processes the folder, printing progress every hundred pages and a final summary line.
     *
     * @return pages per second over the whole run, reading and writing included
     */
    public double run(Path inDir, Path outDir, PrintStream progress) throws IOException {
        List<Path> inputs;
        try (Stream<Path> list = Files.list(inDir)) {
            inputs = list.filter(p -> Files.isRegularFile(p)
                            && p.getFileName()
                                    .toString()
                                    .toLowerCase(Locale.ROOT)
                                    .endsWith(".html"))
                    .sorted()
                    .toList();
        }
        Files.createDirectories(outDir);
        long start = System.nanoTime();
        int done = 0;
        int withBody = 0;
        int failed = 0;
        for (Path input : inputs) {
            String file = input.getFileName().toString();
            String id = file.substring(0, file.length() - ".html".length());
            String html = HtmlDecoder.decode(Files.readAllBytes(input), null);
            ExtractedArticle article;
            try {
                article = extractor.extract(html, null);
            } catch (RuntimeException e) {
                // One broken page must not end a run over thousands; it gets empty outputs.
                LOG.warn("extract failed file={} error={}", input, e.toString());
                article = EMPTY;
                failed++;
            }
            Files.writeString(outDir.resolve(id + ".txt"), article.text(), StandardCharsets.UTF_8);
            JSON.writeValue(outDir.resolve(id + ".json").toFile(), metadata(article));
            done++;
            if (article.hasBody()) {
                withBody++;
            }
            if (done % PROGRESS_EVERY == 0) {
                progress.printf(Locale.ROOT, "extracted %d/%d pages%n", done, inputs.size());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = seconds == 0 ? 0 : done / seconds;
        progress.printf(
                Locale.ROOT,
                "pages=%d with_body=%d failed=%d seconds=%.2f pages_per_second=%.1f%n",
                done,
                withBody,
                failed,
                seconds,
                perSecond);
        return perSecond;
    }

    static Map<String, Object> metadata(ExtractedArticle a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", a.title());
        m.put("authors", a.authors());
        m.put("published", iso(a.published()));
        m.put("modified", iso(a.modified()));
        m.put("language", a.language());
        m.put("siteName", a.siteName());
        m.put("canonicalUrl", a.canonicalUrl());
        m.put("imageUrl", a.imageUrl());
        m.put("description", a.description());
        m.put("opinion", a.opinion());
        return m;
    }

    private static String iso(OffsetDateTime t) {
        return t == null ? null : t.toString();
    }
}
