package dev.tidings.fetch;

import java.net.URI;
import java.time.Duration;

/** The outcome of one fetch: a body, "not modified", or a failure the caller can act on. */
public sealed interface FetchResult {

    URI url();

    /** A 2xx response and its (decompressed) body. */
    record Ok(URI url, int status, String contentType, byte[] body, String etag, String lastModified)
            implements FetchResult {}

    /** A 304: the validators still hold. */
    record NotModified(URI url) implements FetchResult {}

    /** Anything else; {@code retryAfter} is set when the server said when to come back. */
    record Failed(URI url, Failure kind, Integer httpStatus, String message, Duration retryAfter)
            implements FetchResult {}

    /** Why a fetch failed. */
    enum Failure {
        HTTP_STATUS,
        TIMEOUT,
        TOO_LARGE,
        TOO_MANY_REDIRECTS,
        BLOCKED_ADDRESS,
        BAD_URL,
        NETWORK
    }
}
