package dev.tidings.web;

import dev.tidings.article.ArticleRepository;
import dev.tidings.source.SourceRepository;
import dev.tidings.tag.TagRepository;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The website: routes to page handlers, static assets, and the error pages. */
public final class WebServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);

    private final Javalin app;

    public WebServer(
            ArticleRepository articles, SourceRepository sources, TagRepository tags, Clock clock, ZoneId zone) {
        Templates templates = new Templates();
        PageContexts pages = new PageContexts(clock, new RelativeTime(zone));
        Outlets outlets = new Outlets(sources, articles);
        HomePage home = new HomePage(articles, outlets, tags, templates, pages);
        LatestPage latest = new LatestPage(articles, templates, pages);
        ArticlePage article = new ArticlePage(articles, sources, tags, templates, pages);
        TagPage tagPage = new TagPage(tags, templates, pages);
        SourcePage source = new SourcePage(sources, articles, templates, pages);
        SourcesPage sourceList = new SourcesPage(outlets, templates, pages);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = java.util.Map.of("Cache-Control", "public, max-age=3600");
            });
            config.routes.get("/", home::handle);
            config.routes.get("/latest", latest::handle);
            config.routes.get("/sources", sourceList::handle);
            config.routes.get("/source/{slug}", source::handle);
            config.routes.get("/{lang}/article/{id}", article::handle);
            config.routes.get("/tag/{name}", tagPage::handle);
            config.routes.get("/healthz", ctx -> ctx.result("ok"));
            config.routes.exception(NotFound.class, (e, ctx) -> {
                ctx.status(404);
                templates.render(ctx, "error.jte", new Views.Error(pages.now(), 404, "Not found", e.getMessage()));
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.error("event=page_failed path={} error=\"{}\"", ctx.path(), e.toString(), e);
                ctx.status(500);
                templates.render(
                        ctx,
                        "error.jte",
                        new Views.Error(
                                pages.now(),
                                500,
                                "Something went wrong",
                                "This page failed to load. The error has been logged; please try again."));
            });
            config.routes.error(404, "html", ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    templates.render(
                            ctx,
                            "error.jte",
                            new Views.Error(pages.now(), 404, "Not found", "There is no page at this address."));
                }
            });
        });
    }

    /** Starts listening; port 0 picks a free one. */
    public WebServer start(String host, int port) {
        app.start(host, port);
        log.info("event=web_started url=http://{}:{}/", host, app.port());
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
