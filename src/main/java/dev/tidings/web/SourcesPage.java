package dev.tidings.web;

import io.javalin.http.Context;

/** {@code /sources}: every outlet with its last fetch and error. */
final class SourcesPage {
    private final Outlets outlets;
    private final Templates templates;
    private final PageContexts pages;

    SourcesPage(Outlets outlets, Templates templates, PageContexts pages) {
        this.outlets = outlets;
        this.templates = templates;
        this.pages = pages;
    }

    void handle(Context ctx) {
        templates.render(ctx, "sources.jte", new Views.Sources(pages.now(ctx), outlets.all()));
    }
}
