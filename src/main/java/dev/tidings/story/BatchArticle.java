package dev.tidings.story;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** One input line of the story batch commands: {@code {id,title,text,published,source}} (+ {@code cluster} when labelled). */
record BatchArticle(String id, String title, String text, Instant published, String source, String cluster) {

    static BatchArticle from(JsonNode line, int lineNumber) {
        String id = text(line, "id");
        if (id == null) {
            throw new IllegalArgumentException("line " + lineNumber + " has no id");
        }
        return new BatchArticle(
                id,
                text(line, "title"),
                text(line, "text"),
                time(line.get("published"), lineNumber),
                text(line, "source"),
                text(line, "cluster"));
    }

    Features.Input input() {
        return new Features.Input(id, source, published, title == null ? "" : title, text == null ? "" : text);
    }

    private static String text(JsonNode line, String field) {
        JsonNode n = line.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    /** ISO 8601 date-time or date, or epoch seconds/milliseconds; null when absent. */
    static Instant time(JsonNode n, int lineNumber) {
        if (n == null || n.isNull() || n.asText().isBlank()) {
            return null;
        }
        if (n.isNumber()) {
            long v = n.asLong();
            return v > 100_000_000_000L ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
        }
        String s = n.asText().strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // try the other forms below
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            // try the other forms below
        }
        try {
            return java.time.LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try the other forms below
        }
        try {
            return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("line " + lineNumber + ": cannot read the published time " + s, e);
        }
    }
}
