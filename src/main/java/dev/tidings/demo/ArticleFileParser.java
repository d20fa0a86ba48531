package dev.tidings.demo;

import dev.tidings.demo.ArticleSource.Syndication;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the {@code <outlet>--<slug>.txt} article format: {@code key: value} header, {@code ---}, body. */
final class ArticleFileParser {

    private static final Logger log = LoggerFactory.getLogger(ArticleFileParser.class);
    private static final Pattern FILE_NAME =
            Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*)--([a-z0-9]+(?:-[a-z0-9]+)*)\\.txt");
    private static final Pattern SECTION = Pattern.compile("[a-z]+");
    private static final List<String> KNOWN_KEYS =
            List.of("title", "byline", "section", "event", "hours_ago", "dek", "also");

    private ArticleFileParser() {}

    static ArticleSource parse(String fileName, String content) throws ArticleFormatException {
        var name = FILE_NAME.matcher(fileName);
        if (!name.matches()) {
            throw new ArticleFormatException(fileName, "name is not <outlet>--<slug>.txt in lower-case words");
        }
        var lines = content.replace("\uFEFF", "").replace("\r\n", "\n").split("\n", -1);
        int separator = separatorLine(lines);
        if (separator < 0) {
            throw new ArticleFormatException(fileName, "no '---' line between header and body");
        }
        Map<String, String> header = header(fileName, lines, separator);
        String section = required(fileName, header, "section");
        if (!SECTION.matcher(section).matches()) {
            throw new ArticleFormatException(fileName, "section '" + section + "' is not one lower-case word");
        }
        List<Block> body = BodyParser.parse(List.of(lines).subList(separator + 1, lines.length));
        if (body.isEmpty()) {
            throw new ArticleFormatException(fileName, "body is empty");
        }
        String event = header.getOrDefault("event", "");
        String outlet = name.group(1);
        return new ArticleSource(
                fileName,
                outlet,
                name.group(2),
                required(fileName, header, "title"),
                required(fileName, header, "byline"),
                section,
                event.isEmpty() ? null : event,
                hours(fileName, "hours_ago", required(fileName, header, "hours_ago")),
                required(fileName, header, "dek"),
                syndication(fileName, outlet, header.get("also")),
                body);
    }

    private static int separatorLine(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, String> header(String fileName, String[] lines, int separator)
            throws ArticleFormatException {
        Map<String, String> header = new HashMap<>();
        for (int i = 0; i < separator; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new ArticleFormatException(fileName, "header line " + (i + 1) + " is not 'key: value'");
            }
            String key = line.substring(0, colon).strip();
            if (!KNOWN_KEYS.contains(key)) {
                // Tolerated so that writers can add fields before the renderer knows them.
                log.warn("event=article_header_key_ignored file={} key={}", fileName, key);
            }
            header.put(key, line.substring(colon + 1).strip());
        }
        return header;
    }

    private static String required(String fileName, Map<String, String> header, String key)
            throws ArticleFormatException {
        String value = header.get(key);
        if (value == null || value.isEmpty()) {
            throw new ArticleFormatException(fileName, "header '" + key + "' is missing or empty");
        }
        return value;
    }

    private static double hours(String fileName, String key, String value) throws ArticleFormatException {
        try {
            double hours = Double.parseDouble(value);
            if (!(hours >= 0) || Double.isInfinite(hours)) {
                throw new NumberFormatException();
            }
            return hours;
        } catch (NumberFormatException e) {
            throw new ArticleFormatException(fileName, key + " '" + value + "' is not a non-negative number of hours");
        }
    }

    private static Syndication syndication(String fileName, String ownOutlet, String also)
            throws ArticleFormatException {
        if (also == null || also.isEmpty()) {
            return null;
        }
        String[] parts = also.split("\\s+");
        if (parts.length != 2) {
            throw new ArticleFormatException(fileName, "also '" + also + "' is not '<outlet> <hours>'");
        }
        if (parts[0].equals(ownOutlet)) {
            throw new ArticleFormatException(fileName, "also names the article's own outlet " + ownOutlet);
        }
        return new Syndication(parts[0], hours(fileName, "also", parts[1]));
    }

    /** Paragraphs split at blank lines; {@code ## } lines are subheadings, {@code > } lines quotes. */
    static final class BodyParser {
        private final List<Block> blocks = new ArrayList<>();
        private final StringBuilder paragraph = new StringBuilder();
        private final StringBuilder quote = new StringBuilder();

        static List<Block> parse(List<String> lines) {
            var parser = new BodyParser();
            lines.forEach(parser::line);
            parser.flush();
            return List.copyOf(parser.blocks);
        }

        private void line(String raw) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush();
            } else if (line.startsWith("## ")) {
                flush();
                blocks.add(new Block.Subheading(line.substring(3).strip()));
            } else if (line.startsWith(">")) {
                flushParagraph();
                append(quote, line.substring(1).strip());
            } else {
                flushQuote();
                append(paragraph, line);
            }
        }

        private static void append(StringBuilder sb, String text) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(text);
        }

        private void flush() {
            flushParagraph();
            flushQuote();
        }

        private void flushParagraph() {
            if (!paragraph.isEmpty()) {
                blocks.add(new Block.Paragraph(paragraph.toString()));
                paragraph.setLength(0);
            }
        }

        private void flushQuote() {
            if (!quote.isEmpty()) {
                blocks.add(new Block.Quote(quote.toString()));
                quote.setLength(0);
            }
        }
    }
}
