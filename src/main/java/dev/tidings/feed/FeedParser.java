package dev.tidings.feed;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns a fetched feed body into a {@link ParsedFeed}. The dialect (RSS 0.9x/1.0/2.0, Atom
 * 0.3/1.0, JSON Feed 1.0/1.1) is recognised from the content, never from the Content-Type, which
 * publishers get wrong; the header only helps to pick the character set. Thread-safe.
 */
public final class FeedParser {

    /** Enough of the start of a body to see past an XML declaration and comments to the root. */
    private static final int SNIFF_CHARS = 2048;

    /**
     * @param body the response body as received
     * @param contentType the HTTP Content-Type header value, or null
     * @param feedUrl the feed's own URL, the base for relative links; may be null
     * @throws FeedParseException when the body is empty, not a feed, malformed or unsafe
     */
    public ParsedFeed parse(byte[] body, String contentType, URI feedUrl) throws FeedParseException {
        Objects.requireNonNull(body, "body");
        if (body.length == 0) {
            throw new FeedParseException("empty body (0 bytes)");
        }
        FeedCharset charset = FeedCharset.detect(body, contentType);
        String head = head(body, charset);
        if (head.isEmpty()) {
            throw new FeedParseException("empty body (" + body.length + " bytes of whitespace)");
        }
        if (head.charAt(0) == '{' || head.charAt(0) == '[') {
            return JsonFeedReader.read(body, charset, feedUrl);
        }
        if (looksLikeHtml(head)) {
            throw new FeedParseException("not a feed: the document is an HTML page");
        }
        if (head.charAt(0) != '<') {
            throw new FeedParseException(
                    "not a feed: the body is neither XML nor JSON (it starts with \"" + printable(head) + "\")");
        }
        return XmlFeedReader.read(body, charset, feedUrl);
    }

    /** The start of the decoded body with leading whitespace removed; empty if it is all blank. */
    private static String head(byte[] body, FeedCharset charset) {
        char[] chars = new char[SNIFF_CHARS];
        StringBuilder head = new StringBuilder();
        try (Reader reader = charset.reader(body)) {
            int n;
            while ((n = reader.read(chars)) >= 0) {
                int start = 0;
                if (head.isEmpty()) {
                    while (start < n && isBlank(chars[start])) {
                        start++;
                    }
                }
                head.append(chars, start, n - start);
                if (head.length() >= SNIFF_CHARS) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading an in-memory body cannot fail", e);
        }
        return head.toString();
    }

    /** HTML served where a feed was expected: an error page, a login wall, a site's home page. */
    private static boolean looksLikeHtml(String head) {
        String s = head.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("<?", i)) {
                int end = s.indexOf("?>", i);
                i = end < 0 ? s.length() : end + 2;
            } else if (s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i);
                i = end < 0 ? s.length() : end + 3;
            } else if (isBlank(s.charAt(i))) {
                i++;
            } else {
                return s.startsWith("<!doctype html", i)
                        || s.startsWith("<html", i)
                        || s.startsWith("<head", i)
                        || s.startsWith("<body", i);
            }
        }
        return false;
    }

    private static String printable(String head) {
        String start = head.length() > 20 ? head.substring(0, 20) + "…" : head;
        return start.replaceAll("\\p{Cntrl}", "?");
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\uFEFF';
    }
}
