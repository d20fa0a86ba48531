package dev.tidings.web;

import dev.tidings.account.Viewer;
import dev.tidings.source.FeedSubscription;
import dev.tidings.source.NewSource;
import dev.tidings.source.Source;
import dev.tidings.source.SourceRemovals;
import dev.tidings.source.SourceRepository;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /sources}: every outlet with its last fetch and error. An administrator follows a new feed
 * there ({@code POST /sources}, as {@code tidings source add}), pauses and resumes outlets ({@code POST /sources/{slug}/pause|resume}), as {@code tidings source pause} does, and
 * removes one after answering what would go ({@code GET} then {@code POST /sources/{slug}/remove},
 * as {@code tidings source remove}); the page shows a removal under way.
 */
final class SourcesPage {
    private static final Logger log = LoggerFactory.getLogger(SourcesPage.class);

    private final Outlets outlets;
    private final SourceRepository sources;
    private final SourceRemovals removals;
    private final FeedSubscription subscription;
    private final Templates templates;
    private final PageContexts pages;

    SourcesPage(
            Outlets outlets,
            SourceRepository sources,
            SourceRemovals removals,
            FeedSubscription subscription,
            Templates templates,
            PageContexts pages) {
        this.outlets = outlets;
        this.sources = sources;
        this.removals = removals;
        this.subscription = subscription;
        this.templates = templates;
        this.pages = pages;
    }

    void handle(Context ctx) {
        // only just after following one: the list itself is read below
        String slug = ctx.queryParam("followed");
        String followed =
                slug == null ? null : sources.bySlug(slug).map(Source::title).orElse(null);
        render(ctx, null, null, followed);
    }

    /** An administrator follows a feed: fetched and read first, so a wrong address is refused at once. */
    void follow(Context ctx) {
        Viewer viewer = pages.now(ctx).viewer();
        if (!viewer.isAdmin()) {
            throw new Refusal(403, "Not allowed", "Only an administrator can follow a feed.");
        }
        String address = ctx.formParam("url");
        FeedSubscription.Followed f;
        try {
            // never a private address from a form: the command line's --allow-private-network is for that
            f = subscription.follow(address, null, false, NewSource.DEFAULT_INTERVAL_SECONDS);
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, address, e.getMessage(), null);
            return;
        }
        if (!f.before()) {
            log.info("event=source_followed source_id={} user_id={}", f.source().id(), viewer.userId());
        }
        ctx.redirect("/sources?followed=" + f.source().slug(), HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, String typed, String error, String followed) {
        templates.render(
                ctx,
                "sources.jte",
                new Views.Sources(
                        pages.now(ctx), outlets.all(), removals.here(), removals.elsewhere(), typed, error, followed));
    }

    /** The question before a removal: what would go with the source. */
    void confirmRemoval(Context ctx) {
        PageContext page = pages.now(ctx);
        Source source = administered(ctx, page.viewer());
        templates.render(ctx, "remove-source.jte", new Views.RemoveSource(page, source, removals.extent(source)));
    }

    /** The form to rename an outlet or change how often it is fetched. */
    void editForm(Context ctx) {
        PageContext page = pages.now(ctx);
        Source source = administered(ctx, page.viewer());
        templates.render(
                ctx,
                "edit-source.jte",
                new Views.EditSource(page, source, source.title(), Integer.toString(source.intervalSeconds()), null));
    }

    /** Renames the outlet and sets its interval, as {@code tidings source edit} does. */
    void edit(Context ctx) {
        PageContext page = pages.now(ctx);
        Source source = administered(ctx, page.viewer());
        String title = ctx.formParam("title");
        String interval = ctx.formParam("interval");
        try {
            Integer seconds = interval == null || interval.isBlank() ? null : Integer.valueOf(interval.strip());
            if (sources.edit(source.id(), title, seconds)) {
                log.info(
                        "event=source_edited source_id={} user_id={}",
                        source.id(),
                        page.viewer().userId());
            }
        } catch (IllegalArgumentException e) {
            String why = e instanceof NumberFormatException
                    ? "the interval is a number of seconds, from " + SourceRepository.MIN_INTERVAL_SECONDS + " to "
                            + SourceRepository.MAX_INTERVAL_SECONDS
                    : e.getMessage();
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            templates.render(ctx, "edit-source.jte", new Views.EditSource(page, source, title, interval, why));
            return;
        }
        ctx.redirect("/sources", HttpStatus.SEE_OTHER);
    }

    void act(Context ctx) {
        Viewer viewer = pages.now(ctx).viewer();
        String action = ctx.pathParam("action");
        if (action.equals("edit")) {
            edit(ctx);
            return;
        }
        if (!List.of("pause", "resume", "remove").contains(action)) {
            throw new NotFound("There is no such action on a source.");
        }
        Source source = administered(ctx, viewer);
        if (action.equals("resume") && removals.underWay(source.id())) {
            throw new Refusal(
                    409, "Being removed", source.title() + " is being removed, so it cannot be followed again.");
        }
        if (action.equals("remove")) {
            removals.start(source, viewer.userId());
        } else if (sources.follow(source.id(), action.equals("resume"))) {
            log.info(
                    "event={} source_id={} user_id={}",
                    action.equals("resume") ? "source_resumed" : "source_paused",
                    source.id(),
                    viewer.userId());
        }
        ctx.redirect("/sources", HttpStatus.SEE_OTHER);
    }

    /** The source the path names, for an administrator; a 403 for anyone else, a 404 for no source. */
    private Source administered(Context ctx, Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new Refusal(403, "Not allowed", "Only an administrator can edit, pause, resume or remove a source.");
        }
        return sources.bySlug(ctx.pathParam("slug"))
                .orElseThrow(() -> new NotFound("We follow no source at this address."));
    }
}
