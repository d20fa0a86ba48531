package dev.tidings.fetch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 request on a fresh connection to an address that was resolved and checked
 * beforehand, so a second DNS answer can never redirect it. The connection is closed after the
 * response ({@code Connection: close}); nothing is pooled. Heads are read with fixed limits.
 */
final class HttpConnection implements Closeable {
    static final int MAX_LINE = 8 * 1024;
    static final int MAX_HEAD_BYTES = 64 * 1024;
    static final int MAX_FIELDS = 200;
    private static final int MAX_INTERIM = 5;

    /** Opens the TCP connection; a seam so tests can see, and limit, where the fetcher connects. */
    interface SocketOpener {
        Socket open(InetAddress address, int port, Duration connectTimeout) throws IOException;

        SocketOpener PLAIN = (address, port, timeout) -> {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, port), Math.toIntExact(timeout.toMillis()));
                return socket;
            } catch (IOException | RuntimeException e) {
                socket.close();
                throw e;
            }
        };
    }

    private final URI url;
    private final int port;
    private final SSLSocketFactory tls;
    private volatile Socket socket;
    private InputStream in;
    private OutputStream out;

    private HttpConnection(URI url, int port, Socket socket, SSLSocketFactory tls) {
        this.url = url;
        this.port = port;
        this.socket = socket;
        this.tls = tls;
    }

    /** Connects over TCP to the given, already checked, address; {@link #handshake} comes next. */
    static HttpConnection open(
            URI url, InetAddress address, FetchSettings settings, SocketOpener opener, SSLSocketFactory tls)
            throws IOException {
        boolean https = url.getScheme().equalsIgnoreCase("https");
        int port = url.getPort() > 0 ? url.getPort() : https ? 443 : 80;
        Socket socket = opener.open(address, port, settings.connectTimeout());
        try {
            socket.setSoTimeout(Math.toIntExact(settings.readTimeout().toMillis()));
            return new HttpConnection(url, port, socket, tls);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** For https, the TLS handshake, verifying the certificate against the URL's host; then the streams. */
    void handshake() throws IOException {
        if (url.getScheme().equalsIgnoreCase("https")) {
            socket = tlsHandshake(socket, hostOf(url), port, tls);
        }
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
    }

    private static Socket tlsHandshake(Socket plain, String host, int port, SSLSocketFactory tls) throws IOException {
        SSLSocket ssl = (SSLSocket) tls.createSocket(plain, host, port, true);
        SSLParameters params = ssl.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS");
        if (!isIpLiteral(host)) {
            try {
                params.setServerNames(List.of(new SNIHostName(host)));
            } catch (IllegalArgumentException e) {
                // A host name SNI cannot carry; the certificate is still checked against it.
            }
        }
        ssl.setSSLParameters(params);
        ssl.startHandshake();
        return ssl;
    }

    void send(URI url, Map<String, String> headers) throws IOException {
        StringBuilder head = new StringBuilder(256);
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        head.append("GET ").append(path);
        if (url.getRawQuery() != null) {
            head.append('?').append(url.getRawQuery());
        }
        head.append(" HTTP/1.1\r\nHost: ").append(hostHeader(url)).append("\r\n");
        for (var h : headers.entrySet()) {
            String value = h.getValue();
            if (value != null && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
                head.append(h.getKey()).append(": ").append(value).append("\r\n");
            }
        }
        head.append("Connection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Reads the status line and fields, skipping interim (1xx) responses. */
    ResponseHead readHead() throws IOException {
        for (int interim = 0; interim <= MAX_INTERIM; interim++) {
            int[] budget = {MAX_HEAD_BYTES};
            String statusLine = readLine(budget);
            if (statusLine == null) {
                throw new BadResponseException("connection closed before a response");
            }
            int status = parseStatus(statusLine);
            List<String[]> fields = readFields(budget);
            if (status >= 200) {
                return ResponseHead.of(status, fields);
            }
            if (status == 101) {
                throw new BadResponseException("unexpected 101 Switching Protocols");
            }
        }
        throw new BadResponseException("more than " + MAX_INTERIM + " interim 1xx responses");
    }

    /** The body as framed by the head: chunked, Content-Length, or until the server closes. */
    InputStream body(ResponseHead head, long cap) throws IOException {
        if (head.status() == 204 || head.status() == 304) {
            return InputStream.nullInputStream();
        }
        List<String> transfer = head.tokens("Transfer-Encoding");
        if (!transfer.isEmpty()) {
            if (!transfer.getLast().equals("chunked")) {
                throw new BadResponseException("unsupported Transfer-Encoding: " + String.join(", ", transfer));
            }
            return new BodyFraming.Chunked(in, cap);
        }
        List<String> lengths = head.all("Content-Length");
        if (!lengths.isEmpty()) {
            long length = BodyFraming.contentLength(lengths);
            if (length > cap) {
                throw new CappedBody.TooLargeException(cap, "declared Content-Length " + length);
            }
            return new BodyFraming.Fixed(in, length);
        }
        return in;
    }

    private static int parseStatus(String line) throws BadResponseException {
        // "HTTP/1.1 200 OK"; the reason phrase may be missing.
        if (!line.startsWith("HTTP/1.") || line.length() < 12 || line.charAt(8) != ' ') {
            throw new BadResponseException("not an HTTP/1.x status line: \"" + printable(line) + "\"");
        }
        String code = line.substring(9, 12);
        if (!code.chars().allMatch(c -> c >= '0' && c <= '9') || line.length() > 12 && line.charAt(12) != ' ') {
            throw new BadResponseException("bad status code in \"" + printable(line) + "\"");
        }
        int status = Integer.parseInt(code);
        if (status < 100 || status > 599) {
            throw new BadResponseException("status code out of range: " + status);
        }
        return status;
    }

    private List<String[]> readFields(int[] budget) throws IOException {
        List<String[]> fields = new ArrayList<>();
        while (true) {
            String line = readLine(budget);
            if (line == null) {
                throw new BadResponseException("connection closed inside the response head");
            }
            if (line.isEmpty()) {
                return fields;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && !fields.isEmpty()) {
                String[] last = fields.getLast(); // obsolete line folding
                last[1] = last[1] + " " + line.strip();
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue; // not a field; browsers skip such lines too
            }
            if (fields.size() >= MAX_FIELDS) {
                throw new BadResponseException("more than " + MAX_FIELDS + " header fields");
            }
            fields.add(new String[] {
                line.substring(0, colon).strip(), line.substring(colon + 1).strip()
            });
        }
    }

    /** One line without its CR LF (a bare LF is accepted); null at end of stream before any byte. */
    private String readLine(int[] budget) throws IOException {
        return readLine(in, budget);
    }

    static String readLine(InputStream in, int[] budget) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(80);
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (line.size() == 0) {
                    return null;
                }
                throw new BadResponseException("connection closed in the middle of a line");
            }
            if (--budget[0] < 0) {
                throw new BadResponseException("response head larger than " + MAX_HEAD_BYTES + " bytes");
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
            }
            if (line.size() >= MAX_LINE) {
                throw new BadResponseException("header line longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
    }

    static String hostOf(URI url) {
        String host = url.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static String hostHeader(URI url) {
        boolean https = url.getScheme().equalsIgnoreCase("https");
        int port = url.getPort();
        boolean defaultPort = port < 0 || https && port == 443 || !https && port == 80;
        return defaultPort ? url.getHost() : url.getHost() + ":" + port;
    }

    private static boolean isIpLiteral(String host) {
        return host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9');
    }

    static String printable(String s) {
        String cut = s.length() > 60 ? s.substring(0, 60) + "…" : s;
        return cut.replaceAll("[^\\x20-\\x7e]", "?");
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** The server's bytes are not HTTP/1.x as this client reads it. */
    static final class BadResponseException extends IOException {
        BadResponseException(String message) {
            super(message);
        }
    }
}
