package dev.tidings.feed;

import dev.tidings.fetch.Utf8;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to decode a feed body: byte order mark, then the XML declaration, then the HTTP
 * header, then UTF-8. Declarations that contradict the bytes are overruled rather than trusted, so
 * a mislabelled feed still decodes to readable text.
 */
record FeedCharset(Charset charset, int bomLength) {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern XML_ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");
    private static final byte[] XML_DECL = "<?xml".getBytes(StandardCharsets.US_ASCII);

    static FeedCharset detect(byte[] body, String contentType) {
        FeedCharset bom = fromBom(body);
        if (bom != null) {
            return bom;
        }
        if (body.length >= 4 && body[0] == '<' && body[1] == 0 && body[3] == 0) {
            return new FeedCharset(StandardCharsets.UTF_16LE, 0);
        }
        if (body.length >= 4 && body[0] == 0 && body[1] == '<' && body[2] == 0) {
            return new FeedCharset(StandardCharsets.UTF_16BE, 0);
        }
        Charset declared = asciiCompatible(xmlDeclaredCharset(body));
        if (declared == null) {
            declared = asciiCompatible(headerCharset(contentType));
        }
        return new FeedCharset(checkedAgainstBytes(declared, body), 0);
    }

    /** A reader over the body that replaces undecodable bytes instead of failing. */
    Reader reader(byte[] body) {
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new InputStreamReader(new ByteArrayInputStream(body, bomLength, body.length - bomLength), decoder);
    }

    private static FeedCharset fromBom(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return new FeedCharset(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return new FeedCharset(Charset.forName("UTF-32BE"), 4);
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return new FeedCharset(Charset.forName("UTF-32LE"), 4);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return new FeedCharset(StandardCharsets.UTF_16BE, 2);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return new FeedCharset(StandardCharsets.UTF_16LE, 2);
        }
        return null;
    }

    private static String xmlDeclaredCharset(byte[] body) {
        int start = 0;
        while (start < body.length && start < 64 && isSpace(body[start])) {
            start++;
        }
        if (!Arrays.equals(body, start, Math.min(body.length, start + 5), XML_DECL, 0, 5)) {
            return null;
        }
        int limit = Math.min(body.length, start + 512);
        int end = start;
        while (end + 1 < limit && !(body[end] == '?' && body[end + 1] == '>')) {
            end++;
        }
        Matcher m = XML_ENCODING.matcher(new String(body, start, end - start, StandardCharsets.ISO_8859_1));
        return m.find() ? m.group(1) : null;
    }

    private static String headerCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    /** Only charsets that spell "<?xml" as ASCII can be right about a body we just read as ASCII. */
    private static Charset asciiCompatible(String name) {
        if (name == null) {
            return null;
        }
        try {
            Charset charset = Charset.forName(name.strip());
            return Arrays.equals("<?xml".getBytes(charset), XML_DECL) ? charset : null;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /**
     * Feeds often claim Latin-1 while sending UTF-8, or claim (or default to) UTF-8 while sending
     * Windows-1252; the bytes settle which one it really is.
     */
    private static Charset checkedAgainstBytes(Charset declared, byte[] body) {
        Charset charset = declared == null ? StandardCharsets.UTF_8 : declared;
        String name = charset.name().toLowerCase(Locale.ROOT);
        boolean latin = name.equals("iso-8859-1") || name.equals("us-ascii") || name.equals("windows-1252");
        if (charset.equals(StandardCharsets.UTF_8) || latin) {
            Utf8.Kind utf8 = Utf8.of(body);
            if (utf8 == Utf8.Kind.INVALID) {
                return WINDOWS_1252;
            }
            if (utf8 == Utf8.Kind.MULTIBYTE) {
                return StandardCharsets.UTF_8;
            }
            return latin ? WINDOWS_1252 : charset;
        }
        return charset;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
