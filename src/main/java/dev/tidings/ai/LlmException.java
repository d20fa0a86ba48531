package dev.tidings.ai;

/** A language-model call that did not produce a usable reply; callers fall back to the built-in method. */
final class LlmException extends Exception {
    LlmException(String message) {
        super(message);
    }

    LlmException(String message, Throwable cause) {
        super(message, cause);
    }
}
