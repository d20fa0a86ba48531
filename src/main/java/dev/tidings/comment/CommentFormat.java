package dev.tidings.comment;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns what a reader typed into the small HTML a comment may hold: paragraphs, line breaks,
 * {@code *emphasis*}, {@code **strong**}, {@code > quotes} and links ({@code [text](https://…)}
 * or a bare address). Everything typed is escaped first; the result then passes an allow-list
 * sanitizer, so a bug in the conversion still cannot let markup through.
 */
public final class CommentFormat {
    public static final int MAX_LENGTH = 5000;
    static final String LINK_REL = "nofollow ugc noopener";

    private static final Pattern LINK = Pattern.compile(
            "\\[([^\\]\\n]{1,200})\\]\\((https?://[^\\s()<>]{1,2000})\\)|(https?://[^\\s<>\"]{1,2000})");
    private static final Pattern STRONG = Pattern.compile("\\*\\*(\\S(?:[^*\\n]*?\\S)?)\\*\\*");
    private static final Pattern EM = Pattern.compile("\\*(\\S(?:[^*\\n]*?\\S)?)\\*");
    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "em", "strong", "blockquote", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https")
            .addEnforcedAttribute("a", "rel", LINK_REL);
    private static final Cleaner CLEANER = new Cleaner(ALLOWED);

    private CommentFormat() {}

    /** The sanitized HTML for a comment's source text. */
    public static String toHtml(String source) {
        StringBuilder html = new StringBuilder();
        for (String block : normalize(source).split("\\n\\s*\\n")) {
            if (block.isBlank()) {
                continue;
            }
            if (block.lines().allMatch(l -> l.startsWith(">"))) {
                String inner = block.lines()
                        .map(l -> l.replaceFirst("^>+ ?", ""))
                        .reduce((a, b) -> a + "\n" + b)
                        .orElse("");
                html.append("<blockquote>").append(paragraph(inner)).append("</blockquote>");
            } else {
                html.append(paragraph(block));
            }
        }
        return sanitize(html.toString());
    }

    /** The allow-list pass on its own: anything outside the subset is dropped, links get our rel. */
    static String sanitize(String html) {
        Document dirty = Jsoup.parseBodyFragment(html);
        Document clean = CLEANER.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** Why a comment cannot be posted as typed, or null. */
    public static String problem(String source) {
        if (source == null || source.isBlank()) {
            return "Write something first.";
        }
        if (source.length() > MAX_LENGTH) {
            return "Keep comments under " + MAX_LENGTH + " characters.";
        }
        return null;
    }

    /** The same words, ignoring case and spacing: how duplicates are recognised. */
    static String fingerprintText(String source) {
        return normalize(source)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }

    static int linkCount(String html) {
        int count = 0;
        for (int i = html.indexOf("<a "); i >= 0; i = html.indexOf("<a ", i + 3)) {
            count++;
        }
        return count;
    }

    private static String normalize(String source) {
        return source.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static String paragraph(String text) {
        String[] lines = text.strip().split("\\n");
        StringBuilder p = new StringBuilder("<p>");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                p.append("<br>");
            }
            p.append(inline(lines[i].strip()));
        }
        return p.append("</p>").toString();
    }

    /** Links are found in the raw text; everything around and inside them is escaped. */
    private static String inline(String line) {
        StringBuilder out = new StringBuilder();
        Matcher m = LINK.matcher(line);
        int last = 0;
        while (m.find()) {
            String url = m.group(2) != null ? m.group(2) : trimTrailingPunctuation(m.group(3));
            int end = m.group(2) != null ? m.end() : m.start() + url.length();
            if (!safeUrl(url)) {
                continue;
            }
            out.append(emphasis(escape(line.substring(last, m.start()))));
            String text = m.group(1) != null ? emphasis(escape(m.group(1))) : escape(url);
            out.append("<a href=\"")
                    .append(escape(url))
                    .append("\">")
                    .append(text)
                    .append("</a>");
            last = end;
        }
        out.append(emphasis(escape(line.substring(last))));
        return out.toString();
    }

    private static String emphasis(String escaped) {
        String strong = STRONG.matcher(escaped).replaceAll("<strong>$1</strong>");
        return EM.matcher(strong).replaceAll("<em>$1</em>");
    }

    private static String trimTrailingPunctuation(String url) {
        int end = url.length();
        while (end > 0 && ".,;:!?)]'".indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }

    private static boolean safeUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
