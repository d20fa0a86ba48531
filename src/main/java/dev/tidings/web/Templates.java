package dev.tidings.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;

/** Renders the precompiled jte templates straight into the response as UTF-8 bytes. */
final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    void render(Context ctx, String template, Object model) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        engine.render(template, model, out);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(out.toByteArray());
    }

    /** A template rendered to a string, for fragments sent inside a stream. */
    String html(String template, Object model) {
        var out = new gg.jte.output.StringOutput();
        engine.render(template, model, out);
        return out.toString();
    }

    /** For templates with several parameters, passed by name. */
    void render(Context ctx, String template, java.util.Map<String, Object> params) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        engine.render(template, params, out);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(out.toByteArray());
    }
}
