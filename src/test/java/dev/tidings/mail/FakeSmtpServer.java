package dev.tidings.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A mail server on a loopback port that speaks just enough SMTP for Jakarta Mail (greeting, EHLO or
 * HELO, AUTH PLAIN, MAIL FROM, RCPT TO, DATA up to a lone ".", RSET, NOOP, QUIT) and keeps every
 * message it is given. In {@link Mode#SILENT} it takes connections and never says a word.
 */
public final class FakeSmtpServer implements AutoCloseable {
    /** How the server answers a new connection. */
    public enum Mode {
        OK,
        SILENT
    }

    /** One message as the server received it: envelope, credentials if any, and the raw text. */
    public record Received(String login, String from, List<String> to, String data) {
        /** The message parsed by Jakarta Mail, headers decoded. */
        public MimeMessage message() {
            try {
                return new MimeMessage(null, new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)));
            } catch (MessagingException e) {
                throw new IllegalStateException("the server kept a message Jakarta Mail cannot read", e);
            }
        }

        /** The plain-text body. */
        public String text() {
            try {
                return (String) message().getContent();
            } catch (IOException | MessagingException e) {
                throw new IllegalStateException("the message has no readable text", e);
            }
        }
    }

    private final ServerSocket socket;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Mode mode;

    public FakeSmtpServer(Mode mode) {
        this.mode = mode;
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on a loopback port", e);
        }
        Thread.ofPlatform().daemon().name("fake-smtp").start(this::serve);
    }

    public FakeSmtpServer() {
        this(Mode.OK);
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** An SMTP URL for this server, for {@code TIDINGS_SMTP_URL}. */
    public String url() {
        return "smtp://127.0.0.1:" + port();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits up to {@code timeout} for the {@code count}-th message to arrive. */
    public List<Received> await(int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (received.size() < count && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return received();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                if (mode == Mode.SILENT) {
                    client.getInputStream().read(); // until the client gives up
                    continue;
                }
                converse(client);
            } catch (IOException e) {
                // a closed server socket ends the loop; a client that hung up ends its conversation
            }
        }
    }

    private void converse(Socket client) throws IOException {
        var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream();
        reply(out, "220 fake.smtp ESMTP ready");
        String login = null;
        String from = null;
        List<String> to = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            String verb = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
            switch (verb) {
                case "EHLO" -> reply(out, "250-fake.smtp\r\n250-8BITMIME\r\n250 AUTH PLAIN");
                case "HELO" -> reply(out, "250 fake.smtp");
                case "AUTH" -> {
                    String[] parts = line.split(" ");
                    String initial = parts.length > 2 ? parts[2] : null;
                    if (initial == null) {
                        reply(out, "334 ");
                        initial = in.readLine();
                    }
                    String[] fields =
                            new String(Base64.getDecoder().decode(initial), StandardCharsets.UTF_8).split("\0", -1);
                    login = fields[1] + ":" + fields[2];
                    reply(out, "235 2.7.0 accepted");
                }
                case "MAIL" -> {
                    from = address(line);
                    to = new ArrayList<>();
                    reply(out, "250 2.1.0 ok");
                }
                case "RCPT" -> {
                    to.add(address(line));
                    reply(out, "250 2.1.5 ok");
                }
                case "DATA" -> {
                    reply(out, "354 end with a line holding only a dot");
                    StringBuilder data = new StringBuilder();
                    String d;
                    while ((d = in.readLine()) != null && !d.equals(".")) {
                        data.append(d.startsWith(".") ? d.substring(1) : d).append("\r\n");
                    }
                    received.add(new Received(login, from, List.copyOf(to), data.toString()));
                    reply(out, "250 2.0.0 kept");
                }
                case "RSET", "NOOP" -> reply(out, "250 2.0.0 ok");
                case "QUIT" -> {
                    reply(out, "221 2.0.0 bye");
                    return;
                }
                default -> reply(out, "502 5.5.1 not spoken here");
            }
        }
    }

    private static String address(String line) {
        int open = line.indexOf('<');
        int close = line.indexOf('>', open);
        return open < 0 || close < 0 ? "" : line.substring(open + 1, close);
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a listening socket only fails if it is closed already
        }
    }
}
