package dev.tidings.web;

import dev.tidings.comment.Moderation;
import io.javalin.http.Context;

/** {@code /moderation}: held and reported comments with their actions, and the log of recent actions. */
final class ModerationPage {
    private static final int LOG_LINES = 50;

    private final Moderation moderation;
    private final CommentTargets targets;
    private final Templates templates;
    private final PageContexts pages;

    ModerationPage(Moderation moderation, CommentTargets targets, Templates templates, PageContexts pages) {
        this.moderation = moderation;
        this.targets = targets;
        this.templates = templates;
        this.pages = pages;
    }

    void handle(Context ctx) {
        PageContext page = pages.now(ctx);
        if (!page.viewer().canModerate()) {
            throw Refusal.forbidden("Only moderators can see the moderation queue.");
        }
        var queue = moderation.queue().stream()
                .map(c -> new Views.QueueItem(c, targets.path(c.target()).orElse(null)))
                .toList();
        templates.render(ctx, "moderation.jte", new Views.ModerationQueue(page, queue, moderation.log(LOG_LINES)));
    }
}
