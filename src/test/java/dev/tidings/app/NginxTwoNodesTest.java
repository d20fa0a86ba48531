package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tidings.db.DatabaseSettings;
import dev.tidings.db.TestDatabases;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the documented two-node setup ({@code deploy/nginx/tidings.conf}) on loopback: nginx in
 * front of two serve processes on one PostgreSQL. Needs the {@code nginx} binary (CI installs
 * it); skipped without it unless {@code TIDINGS_REQUIRE_NGINX=1}.
 */
@Tag("cluster")
class NginxTwoNodesTest {
    private static final Path NGINX = Path.of("/usr/sbin/nginx");

    @TempDir
    Path dir;

    @Test
    void theDocumentedProxyConfigSpreadsRequestsAndSurvivesANodeDying() throws Exception {
        if (!"1".equals(System.getenv("TIDINGS_REQUIRE_NGINX"))) {
            assumeTrue(Files.isExecutable(NGINX), "nginx is not installed (apt-get install nginx-light)");
        }
        DatabaseSettings pg = TestDatabases.freshPostgresDatabase();
        Map<String, String> env = Map.of(
                "TIDINGS_DB_URL", pg.jdbcUrl(), "TIDINGS_DB_USER", pg.user(), "TIDINGS_DB_PASSWORD", pg.password());
        try (NodeProcess a = new NodeProcess("node-a", dir.resolve("a"), env);
                NodeProcess b = new NodeProcess("node-b", dir.resolve("b"), env)) {
            int proxyPort = freePort();
            String site = Files.readString(Path.of("deploy/nginx/tidings.conf"))
                    .replace("127.0.0.1:8081", hostPort(a.baseUrl()))
                    .replace("127.0.0.1:8082", hostPort(b.baseUrl()))
                    .replace("listen 8080;", "listen 127.0.0.1:" + proxyPort + ";");
            Files.writeString(dir.resolve("tidings.conf"), site);
            Files.writeString(dir.resolve("nginx.conf"), """
                    daemon off;
                    master_process off;
                    pid %1$s/nginx.pid;
                    error_log %1$s/error.log warn;
                    events { worker_connections 64; }
                    http {
                        access_log off;
                        client_body_temp_path %1$s/body;
                        proxy_temp_path %1$s/proxy;
                        include %1$s/tidings.conf;
                    }
                    """.formatted(dir));
            Process nginx = new ProcessBuilder(
                            NGINX.toString(),
                            "-p",
                            dir.toString(),
                            "-c",
                            dir.resolve("nginx.conf").toString())
                    .redirectErrorStream(true)
                    .start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                URI home = URI.create("http://127.0.0.1:" + proxyPort + "/");
                Set<String> served = new HashSet<>();
                for (int i = 0; i < 50 && served.size() < 2; i++) {
                    HttpResponse<String> r = getWhenUp(http, home);
                    assertThat(r.statusCode()).isEqualTo(200);
                    r.headers().firstValue("X-Tidings-Node").ifPresent(served::add);
                }
                assertThat(served).containsExactlyInAnyOrder("node-a", "node-b");
                // a node's metrics are for its own machine (or a token): the proxy says whom it serves
                HttpResponse<String> metrics = http.send(
                        HttpRequest.newBuilder(home.resolve("/metrics")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(metrics.statusCode()).isEqualTo(403);
                HttpResponse<String> direct = http.send(
                        HttpRequest.newBuilder(URI.create(a.baseUrl() + "/metrics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(direct.statusCode()).isEqualTo(200);
                assertThat(direct.body()).contains("tidings_http_requests_total{route=\"/\",status=\"2xx\"}");

                a.kill();
                for (int i = 0; i < 10; i++) {
                    HttpResponse<String> r =
                            http.send(HttpRequest.newBuilder(home).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(r.statusCode()).isEqualTo(200);
                    assertThat(r.headers().firstValue("X-Tidings-Node")).contains("node-b");
                }
            } finally {
                nginx.destroy();
                nginx.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    private static HttpResponse<String> getWhenUp(HttpClient http, URI uri) throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException notYet) {
                if (attempt > 50) {
                    throw notYet;
                }
                Thread.sleep(100);
            }
        }
    }

    private static String hostPort(String baseUrl) {
        return URI.create(baseUrl).getAuthority();
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
