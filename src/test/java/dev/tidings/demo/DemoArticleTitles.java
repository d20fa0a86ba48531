package dev.tidings.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo newsroom's article files by the title each gives, read with the newsroom's own parser:
 * for the development harnesses that name a demo article by its file ({@code ask-questions.txt},
 * {@code key-points.txt}) while the site names it by an id that changes with every run.
 */
public final class DemoArticleTitles {
    private DemoArticleTitles() {}

    /** Each article file's name without ".txt", by its title. */
    public static Map<String, String> fileByTitle() {
        try {
            Map<String, String> out = new LinkedHashMap<>();
            for (ArticleSource a :
                    ArticleLoader.load(DemoArticleTitles.class.getClassLoader(), "dev/tidings/demo/articles/")) {
                out.put(a.title(), a.fileName().replaceFirst("\\.txt$", ""));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo articles", e);
        }
    }

    /** Each article's title by its file's name without ".txt". */
    public static Map<String, String> titleByFile() {
        Map<String, String> out = new LinkedHashMap<>();
        fileByTitle().forEach((title, file) -> out.put(file, title));
        return out;
    }
}
