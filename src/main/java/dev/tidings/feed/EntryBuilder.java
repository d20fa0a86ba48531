package dev.tidings.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** Collects one entry's fields while a reader walks it, then applies the fallbacks in one place. */
final class EntryBuilder {

    /** Image sources from most to least telling: a declared image, then a thumbnail. */
    static final int IMAGE_MEDIA = 1;

    static final int IMAGE_THUMBNAIL = 2;

    private String id;
    private URI url;
    private String rawLink;
    private URI secondaryUrl;
    private String title;
    private String summary;
    private String contentHtml;
    private String author;
    private Instant published;
    private Instant updated;
    private URI image;
    private int imageRank = Integer.MAX_VALUE;

    void id(String value) {
        if (id == null) {
            id = FeedText.trimToNull(value);
        }
    }

    /** The entry's link as written and the base it is relative to; the first usable one wins. */
    void link(URI base, String value) {
        if (rawLink == null) {
            rawLink = FeedText.trimToNull(value);
        }
        if (url == null) {
            url = FeedUrls.resolveHttp(base, value);
        }
    }

    /** A link to use only if the entry has no proper one: an RSS permalink guid, a non-alternate link. */
    void secondaryLink(URI base, String value) {
        if (secondaryUrl == null) {
            secondaryUrl = FeedUrls.resolveHttp(base, value);
        }
    }

    /** A title that may carry HTML markup or escaped entities. */
    void htmlTitle(String value) {
        if (title == null) {
            title = FeedText.plain(value);
        }
    }

    /** A title declared as plain text (Atom type="text"). */
    void plainTitle(String value) {
        if (title == null) {
            title = FeedText.collapse(value);
        }
    }

    void summary(String value) {
        if (summary == null) {
            summary = FeedText.trimToNull(value);
        }
    }

    void contentHtml(String value) {
        if (contentHtml == null) {
            contentHtml = FeedText.trimToNull(value);
        }
    }

    void author(String value) {
        if (author == null) {
            author = FeedText.plain(value);
        }
    }

    void published(String value) {
        if (published == null) {
            published = FeedDates.parse(value);
        }
    }

    void updated(String value) {
        if (updated == null) {
            updated = FeedDates.parse(value);
        }
    }

    /** Offers an image; a better-ranked (lower) source replaces an earlier, weaker one. */
    void image(URI base, String value, int rank) {
        if (rank < imageRank) {
            URI resolved = FeedUrls.resolveHttp(base, value);
            if (resolved != null) {
                image = resolved;
                imageRank = rank;
            }
        }
    }

    boolean hasSummary() {
        return summary != null;
    }

    boolean hasAuthor() {
        return author != null;
    }

    FeedEntry build() {
        URI finalUrl = url != null ? url : secondaryUrl;
        String guid = id;
        if (guid == null) {
            guid = finalUrl != null ? finalUrl.toString() : rawLink;
        }
        if (guid == null) {
            guid = hashOf(title, published != null ? published : updated);
        }
        return new FeedEntry(guid, finalUrl, title, summary, contentHtml, author, published, updated, image);
    }

    /** A guid for entries that name none: stable across fetches as long as title and date stay. */
    private String hashOf(String title, Instant date) {
        String key = (title == null ? "" : title)
                + '\n'
                + (date == null ? "" : date.toString())
                + (title == null && date == null
                        ? '\n' + (summary != null ? summary : String.valueOf(contentHtml))
                        : "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
