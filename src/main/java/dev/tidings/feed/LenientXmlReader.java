package dev.tidings.feed;

import java.io.IOException;
import java.io.Reader;
import org.jsoup.nodes.Entities;

/**
 * A character filter between the decoder and the XML parser that repairs what sloppy feeds get
 * wrong and refuses what hostile ones try. It drops the document type declaration (so old RSS 0.91
 * feeds parse and nothing is ever resolved), rejects declarations of entities (XXE, billion
 * laughs), turns HTML entities such as {@code &nbsp;} into character references, escapes stray
 * ampersands and removes characters XML forbids. Text in CDATA sections, comments and processing
 * instructions passes through untouched.
 */
final class LenientXmlReader extends Reader {

    private static final int CHUNK = 8192;
    private static final int LOOKAHEAD = 48;

    private enum State {
        START,
        TEXT,
        CDATA,
        COMMENT,
        PI,
        DOCTYPE
    }

    private final Reader in;
    private final char[] buf = new char[CHUNK + LOOKAHEAD];
    private int pos;
    private int limit;
    private boolean eof;

    private final StringBuilder out = new StringBuilder(CHUNK + LOOKAHEAD);
    private int outPos;

    private State state = State.START;
    private char doctypeQuote;
    private boolean inInternalSubset;
    private String rejection;

    LenientXmlReader(Reader in) {
        this.in = in;
    }

    /** Why the document was refused, or null if it was not. */
    String rejection() {
        return rejection;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (outPos >= out.length()) {
            out.setLength(0);
            outPos = 0;
            if (!fill(1)) {
                return -1;
            }
            filterSome();
        }
        int n = Math.min(len, out.length() - outPos);
        out.getChars(outPos, outPos + n, cbuf, off);
        outPos += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Filters input into {@code out} until about one chunk is ready, so memory stays bounded. */
    private void filterSome() throws IOException {
        while (out.length() < CHUNK && fill(1)) {
            switch (state) {
                case START -> skipLeadingWhitespace();
                case TEXT -> text();
                case CDATA -> passUntil("]]>");
                case COMMENT -> passUntil("-->");
                case PI -> passUntil("?>");
                case DOCTYPE -> doctype();
            }
        }
    }

    /** Whitespace or a stray byte order mark before the XML declaration makes parsers give up. */
    private void skipLeadingWhitespace() {
        char c = buf[pos];
        if (Character.isWhitespace(c) || c == '\uFEFF') {
            pos++;
        } else {
            state = State.TEXT;
        }
    }

    private void text() throws IOException {
        char c = buf[pos];
        if (c == '&') {
            ampersand();
        } else if (c == '<') {
            markupStart();
        } else {
            copyRun('&', '<');
        }
    }

    /** Copies ordinary characters in bulk up to the next one that needs a decision. */
    private void copyRun(char stop1, char stop2) {
        int start = pos;
        int i = pos;
        while (i < limit) {
            char c = buf[i];
            if (c == stop1 || c == stop2 || !isPlain(c)) {
                break;
            }
            i++;
        }
        if (i > start) {
            out.append(buf, start, i - start);
            pos = i;
        } else {
            emitIfLegal(buf[pos]);
            pos++;
        }
    }

    /** A character that is legal in XML and can be copied without a second look. */
    private static boolean isPlain(char c) {
        return c >= 0x20 ? c < 0xFFFE : c == '\t' || c == '\n' || c == '\r';
    }

    private void markupStart() throws IOException {
        fill(9);
        if (lookingAt("<![CDATA[", false)) {
            emitAndSkip(9);
            state = State.CDATA;
        } else if (lookingAt("<!--", false)) {
            emitAndSkip(4);
            state = State.COMMENT;
        } else if (lookingAt("<?", false)) {
            emitAndSkip(2);
            state = State.PI;
        } else if (lookingAt("<!DOCTYPE", true)) {
            pos += 9;
            state = State.DOCTYPE;
            doctypeQuote = 0;
            inInternalSubset = false;
        } else {
            out.append('<');
            pos++;
        }
    }

    private void passUntil(String terminator) throws IOException {
        char c = buf[pos];
        if (c == terminator.charAt(0)) {
            fill(terminator.length());
            if (lookingAt(terminator, false)) {
                emitAndSkip(terminator.length());
                state = State.TEXT;
                return;
            }
            emitIfLegal(c);
            pos++;
        } else {
            copyRun(terminator.charAt(0), terminator.charAt(0));
        }
    }

    /**
     * Swallows the declaration, keeping its line breaks so that parse errors still point at the
     * right line. Entity declarations are refused outright: we never expand or fetch anything, and a
     * feed that needs them is far more likely an attack than a publisher's habit.
     */
    private void doctype() throws IOException {
        char c = buf[pos];
        if (c == '\n') {
            out.append('\n');
        }
        if (doctypeQuote != 0) {
            if (c == doctypeQuote) {
                doctypeQuote = 0;
            }
        } else if (c == '"' || c == '\'') {
            doctypeQuote = c;
        } else if (c == '[') {
            inInternalSubset = true;
        } else if (c == ']') {
            inInternalSubset = false;
        } else if (c == '<' && inInternalSubset) {
            fill(8);
            if (lookingAt("<!ENTITY", true)) {
                rejection = "refusing a DOCTYPE that declares entities"
                        + " (entity expansion and external entities are not supported)";
                throw new IOException(rejection);
            }
        } else if (c == '>' && !inInternalSubset) {
            state = State.TEXT;
        }
        pos++;
    }

    private void ampersand() throws IOException {
        fill(LOOKAHEAD);
        int i = pos + 1;
        boolean numeric = i < limit && buf[i] == '#';
        if (numeric) {
            i++;
        }
        boolean hex = numeric && i < limit && (buf[i] == 'x' || buf[i] == 'X');
        if (hex) {
            i++;
        }
        int nameStart = i;
        while (i < limit && i - pos < LOOKAHEAD - 1 && isNameChar(buf[i], numeric, hex)) {
            i++;
        }
        if (i == nameStart || i >= limit || buf[i] != ';') {
            out.append("&amp;");
            pos++;
            return;
        }
        String name = new String(buf, nameStart, i - nameStart);
        int end = i + 1;
        if (numeric) {
            numericReference(name, hex, end);
        } else if (isPredefined(name)) {
            out.append(buf, pos, end - pos);
            pos = end;
        } else if (Entities.isNamedEntity(name)) {
            Entities.getByName(name)
                    .codePoints()
                    .forEach(cp -> out.append("&#").append(cp).append(';'));
            pos = end;
        } else {
            out.append("&amp;");
            pos++;
        }
    }

    private void numericReference(String digits, boolean hex, int end) {
        int codePoint;
        try {
            codePoint = digits.length() > 8 ? -1 : Integer.parseInt(digits, hex ? 16 : 10);
        } catch (NumberFormatException e) {
            codePoint = -1;
        }
        if (codePoint < 0) {
            out.append("&amp;");
            pos++;
            return;
        }
        if (isLegalXmlChar(codePoint)) {
            out.append(buf, pos, end - pos);
        }
        pos = end;
    }

    private static boolean isNameChar(char c, boolean numeric, boolean hex) {
        if (c >= '0' && c <= '9') {
            return true;
        }
        if (numeric) {
            return hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
        }
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isPredefined(String name) {
        return switch (name) {
            case "amp", "lt", "gt", "quot", "apos" -> true;
            default -> false;
        };
    }

    private void emitIfLegal(char c) {
        if (c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
        }
    }

    private static boolean isLegalXmlChar(int cp) {
        return cp == 0x9
                || cp == 0xA
                || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private void emitAndSkip(int n) {
        out.append(buf, pos, n);
        pos += n;
    }

    private boolean lookingAt(String s, boolean ignoreCase) {
        if (limit - pos < s.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            char a = buf[pos + k];
            char b = s.charAt(k);
            if (a != b && !(ignoreCase && Character.toUpperCase(a) == b)) {
                return false;
            }
        }
        return true;
    }

    /** Makes at least {@code n} characters available from {@code pos}, unless input ends first. */
    private boolean fill(int n) throws IOException {
        if (limit - pos >= n) {
            return true;
        }
        if (!eof) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
            while (limit < n && !eof) {
                int read = in.read(buf, limit, buf.length - limit);
                if (read < 0) {
                    eof = true;
                } else {
                    limit += read;
                }
            }
        }
        return limit - pos >= n;
    }
}
