package dev.tidings.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.ai.Answer;
import dev.tidings.ai.ArticleAi;
import dev.tidings.article.Article;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The AI section's actions: "Ask about this article" as a plain form ({@code /ask}, the whole
 * page with the answer) or streamed as server-sent events for the inline script ({@code
 * /ask/stream}), and the language model's "explain it simply" and translation.
 */
final class AskHandler {
    private static final int MAX_QUESTION = 300;

    private final ArticlePage page;
    private final ArticleAi ai;
    private final Templates templates;
    private final ObjectMapper json = new ObjectMapper();

    AskHandler(ArticlePage page, ArticleAi ai, Templates templates) {
        this.page = page;
        this.ai = ai;
        this.templates = templates;
    }

    void ask(Context ctx) {
        Article article = page.find(ctx);
        if (article == null) {
            return;
        }
        String q = question(ctx);
        if (q.isEmpty()) {
            ctx.redirect(base(article) + "#ai");
            return;
        }
        page.render(ctx, article, q, ai.ask(article, page.outlet(article), page.otherCoverage(article), q), null, null);
    }

    /** Each grounded sentence as an event as it arrives, then the final answer as HTML. */
    void stream(Context ctx) {
        Article article = page.find(ctx);
        if (article == null) {
            return;
        }
        String q = question(ctx);
        ctx.contentType("text/event-stream; charset=utf-8");
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Accel-Buffering", "no");
        try {
            OutputStream out = ctx.outputStream();
            Answer answer = ai.askStreaming(
                    article,
                    page.outlet(article),
                    page.otherCoverage(article),
                    q,
                    sentence -> send(out, "sentence", Map.of("text", sentence)));
            String html = templates.html("article/answer.jte", answer);
            send(out, "answer", Map.of("html", html));
            out.close();
        } catch (UncheckedIOException e) {
            // the reader left; nothing more to send
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void explain(Context ctx) {
        Article article = page.find(ctx);
        if (article != null) {
            var rewrite = ai.explainSimply(article);
            page.render(
                    ctx,
                    article,
                    null,
                    null,
                    rewrite.orElse(null),
                    rewrite.isPresent() ? null : "A simple explanation is not available right now.");
        }
    }

    void translate(Context ctx) {
        Article article = page.find(ctx);
        if (article != null) {
            String to = ctx.queryParam("to");
            if (to == null || !to.matches("[a-z]{2,3}")) {
                throw new NotFound("Translate into which language? Add ?to= and a language code such as de.");
            }
            var rewrite = ai.translate(article, to);
            page.render(
                    ctx,
                    article,
                    null,
                    null,
                    rewrite.orElse(null),
                    rewrite.isPresent() ? null : "A translation is not available right now.");
        }
    }

    private static String question(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null) {
            return "";
        }
        q = q.strip();
        return q.length() > MAX_QUESTION ? q.substring(0, MAX_QUESTION) : q;
    }

    private static String base(Article a) {
        return "/" + a.language() + "/article/" + a.id();
    }

    private void send(OutputStream out, String event, Object data) {
        try {
            out.write(("event: " + event + "\ndata: " + json.writeValueAsString(data) + "\n\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
