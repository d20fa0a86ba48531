package dev.tidings.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The site's error page for a request Jetty refuses before Javalin sees it: an address it cannot
 * read (an encoded NUL, an encoded {@code ..}), a header too large. Without it Jetty sends its own
 * bare "HTTP ERROR 400" page.
 */
final class ServerErrorPage extends ErrorHandler {
    private final Templates templates;
    private final PageContexts pages;

    ServerErrorPage(Templates templates, PageContexts pages) {
        this.templates = templates;
        this.pages = pages;
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        // Jetty's message names the fault in the address; the page does not repeat the address back
        boolean refused = code < 500;
        Views.Error view = new Views.Error(
                pages.outsideJavalin(),
                code,
                refused ? "Bad request" : "Something went wrong",
                refused
                        ? "Tidings could not read this request. Check the address and try again."
                        : "This page failed to load. Please try again.");
        byte[] body = templates.html("error.jte", view).getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
