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
            implements FetchResult {

        /** Whether the host said when to come back (Retry-After, or a pause still running). */
        public boolean deferred() {
            return retryAfter != null;
        }

        /** Whether the same request may succeed later; robots.txt, bad URLs and blocked addresses will not. */
        public boolean transientFailure() {
            return switch (kind) {
                case BAD_URL, BLOCKED_ADDRESS, ROBOTS_DISALLOWED -> false;
                // A 404 may be a page the feed announced before the site published it.
                case HTTP_STATUS ->
                    httpStatus == null
                            || httpStatus >= 500
                            || httpStatus == 429
                            || httpStatus == 408
                            || httpStatus == 404;
                default -> true;
            };
        }
    }

    /** Why a fetch failed. */
    enum Failure {
        HTTP_STATUS,
        TIMEOUT,
        TOO_LARGE,
        TOO_MANY_REDIRECTS,
        REDIRECT_LOOP,
        BLOCKED_ADDRESS,
        BAD_URL,
        /** The server's answer was not valid HTTP/1.x, or its body could not be decoded. */
        BAD_RESPONSE,
        /** The host's robots.txt does not allow this page to be fetched. */
        ROBOTS_DISALLOWED,
        /** The host's robots.txt could not be read (5xx, 429, network): no page until it can be. */
        ROBOTS_UNREACHABLE,
        /** The host asked to be left alone (429/503) and its time is not up; nothing was sent. */
        RATE_LIMITED,
        /** Too many requests to this host were already in flight for too long. */
        HOST_BUSY,
        NETWORK
    }
}
