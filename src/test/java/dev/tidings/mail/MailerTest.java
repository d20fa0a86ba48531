package dev.tidings.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mail to a local SMTP server written for the tests, and the SMTP URL as people write it. */
class MailerTest {
    private static final Mail MAIL = new Mail(
            "test",
            "ann@example.org",
            "Grüße from the newsroom",
            "Hello Ann,\n\nthe café is open.\n.\nA line with a dot.\n");

    @Test
    void aMailArrivesAsPlainTextWithItsEnvelopeAndTheDecodedLogin() throws Exception {
        try (var server = new FakeSmtpServer()) {
            var settings = MailSettings.parse(
                    "smtp://news%40example.org:p%2Bss%3Aw+rd@127.0.0.1:" + server.port(), "Tidings <news@example.org>");
            try (var mailer = new Mailer(settings)) {
                mailer.deliver(MAIL);
            }
            var got = server.received().getFirst();
            assertThat(got.login()).isEqualTo("news@example.org:p+ss:w+rd");
            assertThat(got.from()).isEqualTo("news@example.org");
            assertThat(got.to()).containsExactly("ann@example.org");
            var message = got.message();
            assertThat(message.getSubject()).isEqualTo("Grüße from the newsroom");
            assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Tidings");
            assertThat(message.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
            assertThat(got.text().replace("\r\n", "\n")).isEqualTo(MAIL.text());
        }
    }

    @Test
    void sendReturnsAtOnceAndTheMailFollows() {
        try (var server = new FakeSmtpServer();
                var mailer = new Mailer(MailSettings.parse(server.url(), "news@example.org"))) {
            mailer.send(MAIL);
            assertThat(server.await(1, Duration.ofSeconds(20))).hasSize(1);
        }
    }

    @Test
    void aServerThatNeverAnswersIsGivenUpOnAndSendDoesNotThrow() {
        try (var server = new FakeSmtpServer(FakeSmtpServer.Mode.SILENT);
                var mailer = new Mailer(MailSettings.parse(server.url(), "news@example.org"), Duration.ofMillis(300))) {
            assertThatThrownBy(() -> mailer.deliver(MAIL)).isInstanceOf(MessagingException.class);
            mailer.send(MAIL);
            assertThat(server.received()).isEmpty();
        }
    }

    @Test
    void smtpUrlsHaveTheirUsualPortsAndTls() {
        var plain = MailSettings.parse("smtp://mail.example.org", "a@example.org");
        assertThat(plain.port()).isEqualTo(587);
        assertThat(plain.implicitTls()).isFalse();
        assertThat(plain.user()).isNull();
        var tls = MailSettings.parse("SMTPS://u:pw@mail.example.org/", "a@example.org");
        assertThat(tls.port()).isEqualTo(465);
        assertThat(tls.implicitTls()).isTrue();
        assertThat(tls.user()).isEqualTo("u");
        assertThat(tls.password()).isEqualTo("pw");
        assertThat(tls.toString()).doesNotContain("pw");
        assertThat(MailSettings.parse("smtp://u@mail.example.org:2525", "a@example.org"))
                .extracting(MailSettings::port, MailSettings::user, MailSettings::password)
                .containsExactly(2525, "u", null);
        assertThat(MailSettings.fromEnv(Map.of()).enabled()).isFalse();
    }

    @Test
    void plainSmtpMustSwitchToTlsUnlessTheServerIsOnThisMachine() {
        var remote = Mailer.properties(
                MailSettings.parse("smtp://u:pw@mail.example.org", "a@example.org"), Duration.ofSeconds(1));
        assertThat(remote.getProperty("mail.smtp.starttls.required")).isEqualTo("true");
        var local =
                Mailer.properties(MailSettings.parse("smtp://127.0.0.1:2525", "a@example.org"), Duration.ofSeconds(1));
        assertThat(local.getProperty("mail.smtp.starttls.required")).isEqualTo("false");
        assertThat(Mailer.properties(MailSettings.parse("smtp://localhost", "a@example.org"), Duration.ofSeconds(1))
                        .getProperty("mail.smtp.starttls.required"))
                .isEqualTo("false");
    }

    @Test
    void badSettingsAreRefusedWithoutRepeatingThePassword() {
        for (String url : new String[] {
            "http://u:secret@mail.example.org", "smtp://u:sec ret@mail.example.org", "smtp://u:secret@/x",
            "smtp://u:secret@mail.example.org/inbox", "smtp://u:secret%zz@mail.example.org", "mail.example.org"
        }) {
            assertThatThrownBy(() -> MailSettings.parse(url, "a@example.org"))
                    .as(url)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("TIDINGS_SMTP_URL must look like")
                    .message()
                    .doesNotContain("secret");
        }
        assertThatThrownBy(() -> MailSettings.fromEnv(Map.of("TIDINGS_SMTP_URL", "smtp://mail.example.org")))
                .hasMessageStartingWith("TIDINGS_MAIL_FROM is needed");
        assertThatThrownBy(() -> MailSettings.parse("smtp://mail.example.org", "not an address"))
                .hasMessage("TIDINGS_MAIL_FROM is not an email address: not an address");
    }
}
