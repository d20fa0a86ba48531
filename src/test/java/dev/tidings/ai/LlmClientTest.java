package dev.tidings.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chat-completions client against a local server speaking the same API. */
class LlmClientTest {
    private FakeLlmServer server;
    private LlmClient client;
    private final List<LlmClient.Message> messages = List.of(new LlmClient.Message("user", "Hello?"));

    @BeforeEach
    void start() throws Exception {
        server = new FakeLlmServer();
        client = new LlmClient(
                AiSettings.chatEndpoint(server.baseUrl().toString()), "test-model", "sk-test", Duration.ofSeconds(1));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsModelAndMessagesAndReadsTheReply() throws Exception {
        server.reply("Hi there.");
        assertThat(client.complete(messages)).isEqualTo("Hi there.");
        var request = server.requests().getFirst();
        assertThat(request.path("model").asText()).isEqualTo("test-model");
        assertThat(request.path("stream").asBoolean()).isFalse();
        assertThat(request.path("messages").path(0).path("content").asText()).isEqualTo("Hello?");
    }

    @Test
    void streamsTheReplyPieceByPiece() throws Exception {
        server.reply("A streamed reply in several pieces.");
        List<String> pieces = new ArrayList<>();
        assertThat(client.stream(messages, pieces::add)).isEqualTo("A streamed reply in several pieces.");
        assertThat(pieces).hasSizeGreaterThan(3);
        assertThat(server.requests().getFirst().path("stream").asBoolean()).isTrue();
    }

    @Test
    void aServerErrorIsAnLlmExceptionNamingTheStatus() {
        server.mode(FakeLlmServer.Mode.STATUS_500);
        assertThatThrownBy(() -> client.complete(messages))
                .isInstanceOf(LlmException.class)
                .hasMessageContaining("status 500")
                .hasMessageContaining("model crashed");
    }

    @Test
    void aStalledServerTimesOut() {
        server.mode(FakeLlmServer.Mode.STALL);
        assertThatThrownBy(() -> client.complete(messages))
                .isInstanceOf(LlmException.class)
                .hasMessageContaining("1 s");
    }

    @Test
    void aStreamCutBeforeDoneAndAReplyThatIsNotJsonAreFailures() {
        server.reply("This reply will be cut off half way through the stream.");
        server.mode(FakeLlmServer.Mode.CUT_STREAM);
        assertThatThrownBy(() -> client.stream(messages, s -> {})).hasMessageContaining("without [DONE]");
        server.mode(FakeLlmServer.Mode.NOT_JSON);
        assertThatThrownBy(() -> client.complete(messages)).hasMessageContaining("not JSON");
    }

    @Test
    void aStreamThatTricklesPastTheDeadlineIsCutOffAtTheDeadline() {
        server.mode(FakeLlmServer.Mode.TRICKLE);
        List<String> pieces = new ArrayList<>();
        assertThatThrownBy(() -> client.stream(messages, pieces::add))
                .isInstanceOf(LlmException.class)
                .hasMessageContaining("took longer than 1 s");
        // some words arrived before the deadline, but far fewer than the server would have sent
        assertThat(pieces).hasSizeLessThan(100);
    }

    @Test
    void aQuotaRefusalIsAnLlmExceptionNamingTheStatus() {
        server.mode(FakeLlmServer.Mode.STATUS_429);
        assertThatThrownBy(() -> client.stream(messages, s -> {}))
                .isInstanceOf(LlmException.class)
                .hasMessageContaining("status 429")
                .hasMessageContaining("rate limit exceeded");
    }
}
