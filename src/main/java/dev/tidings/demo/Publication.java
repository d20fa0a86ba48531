package dev.tidings.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.CRC32;

/**
 * An article as one outlet published it: at a time, under a byline, at a path of that outlet's site.
 * A syndicated copy is a second publication of the same source under another outlet.
 */
record Publication(
        Outlet outlet, ArticleSource article, Instant published, String byline, boolean syndicated, String path) {

    /** The agency byline every syndicated copy carries. */
    static final String AGENCY = "Continental Press";

    String title() {
        return article.title();
    }

    String dek() {
        return article.dek();
    }

    String section() {
        return article.section();
    }

    List<Block> body() {
        return article.body();
    }

    /** A number the outlet's CMS would have given the story; stable across starts. */
    int numericId() {
        return numericId(outlet.slug(), article.slug());
    }

    static int numericId(String outletSlug, String articleSlug) {
        var crc = new CRC32();
        crc.update((outletSlug + "/" + articleSlug).getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % 900_000) + 100_000;
    }

    /** A tag URI naming the story independently of the host and port the newsroom runs on. */
    String tagId() {
        return "tag:tidings.dev,2026:demo/" + outlet.slug() + "/" + article.slug();
    }

    /** The people behind the byline, split at commas and "and", for structured metadata. */
    List<String> authors() {
        return List.of(byline.split("\\s*,\\s*|\\s+and\\s+|\\s*&\\s*")).stream()
                .filter(name -> !name.isBlank())
                .toList();
    }
}
