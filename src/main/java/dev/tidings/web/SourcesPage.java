package dev.tidings.web;

import dev.tidings.account.Viewer;
import dev.tidings.source.Source;
import dev.tidings.source.SourceRepository;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /sources}: every outlet with its last fetch and error; an administrator pauses and resumes
 * them there ({@code POST /sources/{slug}/pause|resume}), as {@code tidings source pause} does.
 */
final class SourcesPage {
    private static final Logger log = LoggerFactory.getLogger(SourcesPage.class);

    private final Outlets outlets;
    private final SourceRepository sources;
    private final Templates templates;
    private final PageContexts pages;

    SourcesPage(Outlets outlets, SourceRepository sources, Templates templates, PageContexts pages) {
        this.outlets = outlets;
        this.sources = sources;
        this.templates = templates;
        this.pages = pages;
    }

    void handle(Context ctx) {
        templates.render(ctx, "sources.jte", new Views.Sources(pages.now(ctx), outlets.all()));
    }

    void follow(Context ctx) {
        Viewer viewer = pages.now(ctx).viewer();
        boolean follow = switch (ctx.pathParam("action")) {
            case "pause" -> false;
            case "resume" -> true;
            default -> throw new NotFound("There is no such action on a source.");
        };
        if (!viewer.isAdmin()) {
            throw new Refusal(403, "Not allowed", "Only an administrator can pause or resume a source.");
        }
        Source source = sources.bySlug(ctx.pathParam("slug"))
                .orElseThrow(() -> new NotFound("We follow no source at this address."));
        if (sources.follow(source.id(), follow)) {
            log.info(
                    "event={} source_id={} user_id={}",
                    follow ? "source_resumed" : "source_paused",
                    source.id(),
                    viewer.userId());
        }
        ctx.redirect("/sources", HttpStatus.SEE_OTHER);
    }
}
