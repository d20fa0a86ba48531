package dev.tidings.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * An article as lists show it: outlet, time, headline, lead, whether it is opinion, and how many
 * visible comments it has.
 */
public record ArticleCard(
        String id,
        String language,
        String title,
        String lead,
        Instant publishedAt,
        long sourceId,
        String sourceTitle,
        String sourceSlug,
        boolean opinion,
        long commentCount) {

    /** A card whose query did not count comments. */
    public ArticleCard(
            String id,
            String language,
            String title,
            String lead,
            Instant publishedAt,
            long sourceId,
            String sourceTitle,
            String sourceSlug,
            boolean opinion) {
        this(id, language, title, lead, publishedAt, sourceId, sourceTitle, sourceSlug, opinion, 0);
    }

    /**
     * The card in a row whose first nine columns are the article's id, language, headline, lead,
     * time (epoch milliseconds), outlet id, outlet name and slug, and its opinion mark; the tenth its
     * comment count when {@code withComments}.
     */
    public static ArticleCard fromRow(ResultSet rs, boolean withComments) throws SQLException {
        return new ArticleCard(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                Instant.ofEpochMilli(rs.getLong(5)),
                rs.getLong(6),
                rs.getString(7),
                rs.getString(8),
                rs.getInt(9) != 0,
                withComments ? rs.getLong(10) : 0);
    }

    /** The path of our page for this article. */
    public String path() {
        return "/" + language + "/article/" + id;
    }
}
