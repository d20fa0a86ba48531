package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code serve} and {@code demo} refuse an address they cannot listen on before loading anything, saying why. */
class ListenCheckTest {
    @Test
    void aTakenPortABadPortAndAnUnknownHostAreRefusedInWords() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> ServeCommand.checkListen("127.0.0.1", taken.getLocalPort()))
                    .hasMessageContaining("is in use");
        }
        assertThatThrownBy(() -> ServeCommand.checkListen("127.0.0.1", 99_999))
                .hasMessageContaining("--port must be from 0 to 65535");
        assertThatThrownBy(() -> ServeCommand.checkListen("no-such-host.invalid", 8080))
                .hasMessageContaining("no such host");
        ServeCommand.checkListen("127.0.0.1", 0); // any free port
        CommandRun serve = CommandRun.of("", "serve", "--port", "99999", "--data", "/tmp/never-made");
        assertThat(serve.exit()).isEqualTo(1);
        assertThat(serve.err()).contains("--port must be from 0 to 65535");
    }
}
