package dev.tidings.mail;

import dev.tidings.work.Background;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends mail over SMTP (Jakarta Mail) on its own thread, so no request waits for a mail server.
 * Every connect, read and write has a deadline; a failure is logged and goes no further, so the
 * person who caused the mail sees the same answer whether it left or not.
 */
public final class Mailer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /* Mails waiting for the sender thread; past it a mail is dropped (and logged), not piled up. */
    private static final int QUEUE = 100;

    private final MailSettings settings;
    private final Session session;
    private final ThreadPoolExecutor sender = Background.oneThread("mail", QUEUE);

    public Mailer(MailSettings settings) {
        this(settings, TIMEOUT);
    }

    Mailer(MailSettings settings, Duration timeout) {
        if (!settings.enabled()) {
            throw new IllegalArgumentException("no SMTP server is configured (TIDINGS_SMTP_URL)");
        }
        this.settings = settings;
        this.session = Session.getInstance(properties(settings, timeout));
    }

    /** Queues the mail and returns at once. */
    public void send(Mail mail) {
        try {
            sender.execute(() -> {
                long start = System.nanoTime();
                try {
                    deliver(mail);
                    log.info(
                            "event=mail_sent kind={} duration_ms={}",
                            mail.kind(),
                            (System.nanoTime() - start) / 1_000_000);
                } catch (MessagingException | RuntimeException e) {
                    log.warn(
                            "event=mail_failed kind={} server={}:{} duration_ms={} error=\"{}\"",
                            mail.kind(),
                            settings.host(),
                            settings.port(),
                            (System.nanoTime() - start) / 1_000_000,
                            e.toString().replaceAll("\\s+", " "));
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("event=mail_dropped kind={} reason=queue_full", mail.kind());
        }
    }

    /** Sends on the caller's thread. */
    void deliver(Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.text(), "UTF-8");
        message.setSentDate(new Date());
        try (Transport transport = session.getTransport(settings.protocol())) {
            transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
            transport.sendMessage(message, message.getAllRecipients());
        }
    }

    static Properties properties(MailSettings settings, Duration timeout) {
        String p = "mail." + settings.protocol() + ".";
        String millis = Long.toString(timeout.toMillis());
        Properties props = new Properties();
        props.put(p + "host", settings.host());
        props.put(p + "port", Integer.toString(settings.port()));
        props.put(p + "connectiontimeout", millis);
        props.put(p + "timeout", millis);
        props.put(p + "writetimeout", millis);
        props.put(p + "auth", Boolean.toString(settings.user() != null));
        props.put(p + "ssl.checkserveridentity", "true");
        if (!settings.implicitTls()) {
            // Any server but a relay on this machine must switch to TLS: otherwise someone on the
            // path could strip the server's STARTTLS offer and read the password and the reset links.
            props.put(p + "starttls.enable", "true");
            props.put(p + "starttls.required", Boolean.toString(!settings.onThisMachine()));
        }
        return props;
    }

    /** Takes no more mail and gives the mails already queued a few seconds to leave. */
    @Override
    public void close() {
        sender.shutdown();
        try {
            if (!sender.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn(
                        "event=mail_unsent reason=shutdown queued={}",
                        sender.getQueue().size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
