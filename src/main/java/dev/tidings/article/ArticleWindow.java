package dev.tidings.article;

import dev.tidings.db.Handle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One page of a newest-first list of articles (the latest, an outlet's, a hashtag's), read from a
 * cursor rather than an offset: a page stays put while articles arrive, so "Older" never shows an
 * article twice or skips one, and a page deep in a million articles costs what the first does.
 * {@code newer} and {@code older} are the cursors of the neighbouring pages, null where there is
 * none.
 */
public record ArticleWindow(List<ArticleCard> cards, String newer, String older) {

    /** Card columns, then the article's place in storage order (the cursor's tie-break). */
    static final String CARD_COLUMNS = "SELECT a.id, a.language, a.title, a.lead, a.published_at, a.source_id,"
            + " s.title, s.slug, (SELECT COUNT(*) FROM comments c WHERE c.target_kind = 'article'"
            + " AND c.target_id = a.id AND c.status = 'VISIBLE'), a.seq"
            + " FROM articles a JOIN sources s ON s.id = a.source_id ";

    /**
     * Where a page starts: at the newest article, just past a cursor going back in time, or just
     * before it going forward (the page then ends at the article next to the cursor's).
     */
    public record Position(Cursor cursor, boolean newer) {
        public static final Position NEWEST = new Position(null, false);

        public static Position olderThan(Cursor cursor) {
            return new Position(cursor, false);
        }

        public static Position newerThan(Cursor cursor) {
            return new Position(cursor, true);
        }
    }

    /**
     * Reads the page at {@code at}, at most {@code limit} cards, newest first. The list's rows are
     * {@code FROM articles a}, then {@code joins}, where {@code where} holds (its {@code params}
     * bound in order); {@code time} is the column ordered on, {@code a.published_at} or a copy of
     * it in a joined table whose index leads with it. Both directions read one index range, from
     * the cursor on; a page not at the top asks once more whether there is a page on its other side.
     */
    public static ArticleWindow read(
            Handle h, String joins, String where, String time, Position at, int limit, Object... params) {
        List<Object> args = new ArrayList<>(List.of(params));
        String bound = "";
        if (at.cursor() != null) {
            bound = beyond(time, at.newer());
            args.addAll(List.of(
                    at.cursor().publishedAt(),
                    at.cursor().publishedAt(),
                    at.cursor().seq()));
        }
        args.add(limit + 1);
        String order = at.newer() ? " ASC" : " DESC";
        List<Row> rows = new ArrayList<>(h.query(
                CARD_COLUMNS + joins + " WHERE " + where + bound + " ORDER BY " + time + order + ", a.seq" + order
                        + " LIMIT ?",
                rs -> new Row(ArticleCard.fromRow(rs, true), rs.getLong(10)),
                args.toArray()));
        boolean further = rows.size() > limit;
        if (further) {
            rows.removeLast();
        }
        if (at.newer()) {
            Collections.reverse(rows);
        }
        if (rows.isEmpty()) {
            return new ArticleWindow(List.of(), null, null); // none at all, or a link past either end
        }
        Cursor first = rows.getFirst().cursor();
        Cursor last = rows.getLast().cursor();
        boolean newer =
                at.newer() ? further : at.cursor() != null && exists(h, joins, where, time, first, true, params);
        boolean older = at.newer() ? exists(h, joins, where, time, last, false, params) : further;
        return new ArticleWindow(
                rows.stream().map(Row::card).toList(), newer ? first.encode() : null, older ? last.encode() : null);
    }

    private record Row(ArticleCard card, long seq) {
        Cursor cursor() {
            return new Cursor(card.publishedAt().toEpochMilli(), seq);
        }
    }

    /**
     * The condition "newer (or older) than a cursor", written so that the index on {@code time}
     * gives the range and the storage order only breaks ties within one millisecond.
     */
    private static String beyond(String time, boolean newer) {
        String side = newer ? ">" : "<";
        return " AND " + time + " " + side + "= ? AND (" + time + " " + side + " ? OR a.seq " + side + " ?)";
    }

    private static boolean exists(
            Handle h, String joins, String where, String time, Cursor from, boolean newer, Object... params) {
        List<Object> args = new ArrayList<>(List.of(params));
        args.addAll(List.of(from.publishedAt(), from.publishedAt(), from.seq()));
        return !h.query(
                        "SELECT 1 FROM articles a " + joins + " WHERE " + where + beyond(time, newer) + " LIMIT 1",
                        rs -> true,
                        args.toArray())
                .isEmpty();
    }
}
