package dev.tidings.web;

import dev.tidings.article.ArticleWindow;
import dev.tidings.article.Cursor;
import io.javalin.http.Context;

/**
 * Where a page of a list starts: {@code ?before=CURSOR} / {@code ?after=CURSOR} in a list of
 * articles in time order (the page older, or newer, than the article the cursor names), {@code
 * ?page=N} in a numbered one (search results, comments), where anything unparsable or out of range
 * is page 1.
 */
final class Paging {
    static final int PAGE_SIZE = 30;
    static final String OLDER = "before";
    static final String NEWER = "after";
    private static final int MAX_PAGE = 10_000;

    private Paging() {}

    /** The position the query asks for; a cursor Tidings did not make is refused with a 400 page. */
    static ArticleWindow.Position position(Context ctx) {
        String older = ctx.queryParam(OLDER);
        String newer = ctx.queryParam(NEWER);
        try {
            if (older != null) {
                return ArticleWindow.Position.olderThan(Cursor.decode(older));
            }
            if (newer != null) {
                return ArticleWindow.Position.newerThan(Cursor.decode(newer));
            }
        } catch (IllegalArgumentException e) {
            throw new Refusal(
                    400, "Broken link", "This page link is damaged; the list's first page is a click away above.");
        }
        return ArticleWindow.Position.START;
    }

    static int page(Context ctx) {
        return page(ctx, "page");
    }

    /** Reads the page number from the query parameter {@code name}. */
    static int page(Context ctx, String name) {
        return number(ctx.queryParam(name));
    }

    /** A page number as written in a query or a form; page 1 for anything else. */
    static int number(String raw) {
        if (raw == null) {
            return 1;
        }
        try {
            int page = Integer.parseInt(raw.strip());
            return page < 1 || page > MAX_PAGE ? 1 : page;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static int offset(int page) {
        return (page - 1) * PAGE_SIZE;
    }
}
