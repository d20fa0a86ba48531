package dev.tidings.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.tidings.batch.InputLines;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * One input line of the story batch commands: {@code {id,title,text,published,source}} (+ {@code
 * cluster} when labelled). {@code givenId} is the id as the input wrote it, echoed in the output.
 */
record BatchArticle(
        String id, String title, String text, Instant published, String source, String cluster, JsonNode givenId) {

    BatchArticle(String id, String title, String text, Instant published, String source, String cluster) {
        this(id, title, text, published, source, cluster, TextNode.valueOf(id));
    }

    /** Reads a line; a published time it cannot read is reported and left out (no time is neutral). */
    static BatchArticle from(InputLines.Line line, InputLines input) {
        Instant published;
        try {
            published = time(line.json().get("published"));
        } catch (IllegalArgumentException e) {
            input.warn(line, e.getMessage() + "; read as undated");
            published = null;
        }
        return new BatchArticle(
                line.id().asText(),
                line.text("title"),
                line.text("text"),
                published,
                line.text("source"),
                line.text("cluster"),
                line.id());
    }

    Features.Input input() {
        return new Features.Input(id, source, published, title == null ? "" : title, text == null ? "" : text);
    }

    /**
     * ISO 8601 date-time (with "T" or a space; no zone means UTC) or date, RFC 1123 as in HTTP and
     * RSS, or epoch seconds/milliseconds (as a number or a string of digits); null when absent.
     */
    static Instant time(JsonNode n) {
        if (n == null || n.isNull() || n.asText().isBlank()) {
            return null;
        }
        String s = n.asText().strip();
        if (n.isNumber() || s.chars().allMatch(Character::isDigit)) {
            long v = n.isNumber() ? n.asLong() : Long.parseLong(s);
            return v > 100_000_000_000L ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
        }
        String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
        for (Function<String, Instant> form : ISO_FORMS) {
            try {
                return form.apply(iso);
            } catch (DateTimeException e) {
                // not this form; try the next
            }
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("cannot read the published time \"" + s + "\"", e);
        }
    }

    private static final List<Function<String, Instant>> ISO_FORMS = List.of(
            t -> OffsetDateTime.parse(t).toInstant(),
            t -> ZonedDateTime.parse(t).toInstant(),
            t -> LocalDateTime.parse(t).toInstant(ZoneOffset.UTC),
            t -> LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant());
}
