package dev.tidings.web;

import dev.tidings.search.SearchFilters;
import dev.tidings.search.SearchRequest;
import dev.tidings.source.SourceRepository;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a search form or URL asks for ({@code q, outlet, tag, lang, from, to, order}), as typed, so
 * pages can echo it back and links can carry it. Dates are whole UTC days, {@code YYYY-MM-DD}.
 */
public record SearchParams(String q, String outlet, String tag, String lang, String from, String to, String order) {

    static SearchParams read(Context ctx) {
        return new SearchParams(
                param(ctx, "q"),
                param(ctx, "outlet"),
                param(ctx, "tag"),
                param(ctx, "lang"),
                param(ctx, "from"),
                param(ctx, "to"),
                "newest".equals(param(ctx, "order")) ? "newest" : "relevance");
    }

    private static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? "" : v.strip();
    }

    public boolean newest() {
        return order.equals("newest");
    }

    SearchRequest.Order sortOrder() {
        return newest() ? SearchRequest.Order.NEWEST : SearchRequest.Order.RELEVANCE;
    }

    /** The filters, or an {@link IllegalArgumentException} saying which value is wrong. */
    SearchFilters filters(SourceRepository sources) {
        Long sourceId = null;
        if (!outlet.isEmpty()) {
            sourceId = sources.bySlug(outlet)
                    .orElseThrow(() -> new IllegalArgumentException("We follow no outlet called \"" + outlet + "\"."))
                    .id();
        }
        if (!lang.isEmpty() && !lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?")) {
            throw new IllegalArgumentException("A language is a code such as en or fr, not \"" + lang + "\".");
        }
        LocalDate fromDay = day("from", from);
        LocalDate toDay = day("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw new IllegalArgumentException("The end date " + to + " is before the start date " + from + ".");
        }
        return new SearchFilters(
                sourceId,
                tag.isEmpty() ? null : tag,
                lang.isEmpty() ? null : lang.toLowerCase(Locale.ROOT),
                fromDay == null ? null : fromDay.atStartOfDay(ZoneOffset.UTC).toInstant(),
                toDay == null
                        ? null
                        : toDay.plusDays(1)
                                .atStartOfDay(ZoneOffset.UTC)
                                .toInstant()
                                .minusMillis(1));
    }

    private static LocalDate day(String name, String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "The " + name + " date must look like 2026-11-28, not \"" + value + "\".");
        }
    }

    /** The URL query string of these parameters (without '?'), plus {@code page} when above 1. */
    public String queryString(int page) {
        List<String> parts = new ArrayList<>();
        add(parts, "q", q);
        add(parts, "outlet", outlet);
        add(parts, "tag", tag);
        add(parts, "lang", lang);
        add(parts, "from", from);
        add(parts, "to", to);
        if (newest()) {
            add(parts, "order", order);
        }
        if (page > 1) {
            add(parts, "page", Integer.toString(page));
        }
        return String.join("&", parts);
    }

    /** The same search with another query text (a spelling suggestion). */
    public SearchParams withQuery(String text) {
        return new SearchParams(text, outlet, tag, lang, from, to, order);
    }

    private static void add(List<String> parts, String name, String value) {
        if (!value.isEmpty()) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
