package dev.tidings.web;

import io.javalin.http.Context;

/** Reads {@code ?page=N} safely: anything unparsable or out of range is page 1. */
final class Paging {
    static final int PAGE_SIZE = 30;
    private static final int MAX_PAGE = 10_000;

    private Paging() {}

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
