package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidings.fetch.FetchSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void fetchLimitsHaveSafeDefaults() {
        FetchSettings f = Settings.from(Path.of("data"), Map.of()).fetch();
        assertThat(f).isEqualTo(FetchSettings.defaults());
        assertThat(f.userAgent()).startsWith("Tidings/");
        assertThat(f.totalTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void everyFetchLimitCanBeSetFromTheEnvironment() {
        Map<String, String> env = Map.ofEntries(
                Map.entry("TIDINGS_FETCH_CONNECT_TIMEOUT", "500ms"),
                Map.entry("TIDINGS_FETCH_READ_TIMEOUT", "3s"),
                Map.entry("TIDINGS_FETCH_TOTAL_TIMEOUT", "1m"),
                Map.entry("TIDINGS_FETCH_MAX_BODY", "512k"),
                Map.entry("TIDINGS_FETCH_MAX_DECODED", "2m"),
                Map.entry("TIDINGS_FETCH_MAX_REDIRECTS", "2"),
                Map.entry("TIDINGS_FETCH_PER_HOST", "1"),
                Map.entry("TIDINGS_USER_AGENT", "Tidings/0.1 (+https://news.example.org/about)"),
                Map.entry("TIDINGS_ROBOTS_TTL", "2h"),
                Map.entry("TIDINGS_FETCH_DEFAULT_RETRY_AFTER", "90"),
                Map.entry("TIDINGS_FEED_MAX_ENTRIES", "100"),
                Map.entry("TIDINGS_MEDIA_CACHE", "2g"));
        Settings s = Settings.from(Path.of("data"), env);
        FetchSettings f = s.fetch();
        assertThat(f.connectTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(f.readTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(f.totalTimeout()).isEqualTo(Duration.ofMinutes(1));
        assertThat(f.maxBodyBytes()).isEqualTo(512 * 1024);
        assertThat(f.maxDecodedBytes()).isEqualTo(2 * 1024 * 1024);
        assertThat(f.maxRedirects()).isEqualTo(2);
        assertThat(f.perHostConcurrency()).isEqualTo(1);
        assertThat(f.userAgent()).isEqualTo("Tidings/0.1 (+https://news.example.org/about)");
        assertThat(f.robotsTtl()).isEqualTo(Duration.ofHours(2));
        assertThat(f.defaultRetryAfter()).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.feedMaxEntries()).isEqualTo(100);
        assertThat(s.mediaCacheBytes()).isEqualTo(2L * 1024 * 1024 * 1024);
        assertThat(Settings.from(Path.of("data"), Map.of()).mediaCacheBytes())
                .isEqualTo(Settings.DEFAULT_MEDIA_CACHE_BYTES);
    }

    @Test
    void unsafeOrUnreadableValuesAreRefusedWithTheValue() {
        assertThatThrownBy(() -> Settings.from(Path.of("d"), Map.of("TIDINGS_FETCH_TOTAL_TIMEOUT", "soon")))
                .hasMessage("not a duration (like 500ms, 10s, 5m, 1h): soon");
        assertThatThrownBy(() -> Settings.from(Path.of("d"), Map.of("TIDINGS_FETCH_MAX_BODY", "big")))
                .hasMessage("not a size (like 512k, 8m): big");
        assertThatThrownBy(() -> Settings.from(Path.of("d"), Map.of("TIDINGS_FETCH_READ_TIMEOUT", "0s")))
                .hasMessage("read timeout must be positive: PT0S");
        assertThatThrownBy(() -> Settings.from(
                        Path.of("d"), Map.of("TIDINGS_USER_AGENT", "a\\r\\nX-Evil: 1".replace("\\r\\n", "\r\n"))))
                .hasMessageStartingWith("user agent must be one non-blank line");
    }

    @Test
    void mailNeedsTheSiteAddressAndTheSiteAddressIsChecked() {
        Settings none = Settings.from(Path.of("d"), Map.of());
        assertThat(none.mail().enabled()).isFalse();
        assertThat(none.publicUrl()).isNull();
        Settings mail = Settings.from(
                Path.of("d"),
                Map.of(
                        "TIDINGS_SMTP_URL", "smtps://news:pw@mail.example.org",
                        "TIDINGS_MAIL_FROM", "news@example.org",
                        "TIDINGS_PUBLIC_URL", "https://news.example.org/"));
        assertThat(mail.mail().enabled()).isTrue();
        assertThat(mail.publicUrl()).hasToString("https://news.example.org");
        assertThat(Settings.from(Path.of("d"), Map.of("TIDINGS_PUBLIC_URL", "http://example.org/news/"))
                        .publicUrl())
                .hasToString("http://example.org/news");
        assertThatThrownBy(() -> Settings.from(
                        Path.of("d"),
                        Map.of("TIDINGS_SMTP_URL", "smtp://mail.example.org", "TIDINGS_MAIL_FROM", "news@example.org")))
                .hasMessageStartingWith("TIDINGS_SMTP_URL needs TIDINGS_PUBLIC_URL too");
        for (String bad :
                new String[] {"news.example.org", "ftp://news.example.org", "https://news.example.org/?a=1"}) {
            assertThatThrownBy(() -> Settings.from(Path.of("d"), Map.of("TIDINGS_PUBLIC_URL", bad)))
                    .hasMessage("TIDINGS_PUBLIC_URL must be the site's address, like https://news.example.org: " + bad);
        }
    }
}
