package dev.tidings.web;

import dev.tidings.ai.ArticleAi;
import dev.tidings.article.ArticleRepository;
import dev.tidings.metrics.Metrics;
import dev.tidings.search.ArticleSearch;
import dev.tidings.source.FeedSubscription;
import dev.tidings.source.SourceRemovals;
import dev.tidings.source.SourceRepository;
import dev.tidings.story.RelatedArticles;
import dev.tidings.story.StoryCard;
import dev.tidings.story.StoryRepository;
import dev.tidings.story.TopStories;
import dev.tidings.tag.TagRepository;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.Endpoint;
import io.javalin.router.EndpointNotFound;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The website: routes to page handlers, static assets, and the error pages. */
public final class WebServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);

    private final Javalin app;

    private final CommentTargets commentTargets = new CommentTargets();
    private final StorySummaries storySummaries;

    /**
     * {@code node} names this process in the {@code X-Tidings-Node} header, so a proxy's choice is
     * visible; requests are counted in {@code metrics}, which {@code /metrics} serves (see {@link
     * MetricsPage} for who may read it).
     */
    public WebServer(
            ArticleRepository articles,
            SourceRepository sources,
            SourceRemovals removals,
            FeedSubscription subscription,
            ArticleAi ai,
            Community community,
            StoryRepository stories,
            RelatedArticles related,
            ArticleSearch search,
            TagRepository tags,
            ArticleImages images,
            Clock clock,
            ZoneId zone,
            String node,
            Metrics metrics,
            String metricsToken) {
        Templates templates = new Templates();
        this.storySummaries = new StorySummaries(stories, articles, ai);
        Viewers viewers = new Viewers(community.accounts(), community.trustForwarded());
        PageContexts pages = new PageContexts(clock, new RelativeTime(zone), viewers);
        Outlets outlets = new Outlets(sources, articles);
        Topics topicsNow = new Topics(tags, clock);
        // ranking reads each candidate story's growth and every ranked story's outlets, for the whole site
        TopStories ranking = new TopStories(stories);
        RecentList<StoryCard> topStories = new RecentList<>(n -> ranking.top(clock.instant(), n));
        HomePage home = new HomePage(articles, topStories, outlets, topicsNow, templates, pages);
        LatestPage latest = new LatestPage(articles, templates, pages);
        ArticlePage article =
                new ArticlePage(articles, sources, ai, stories, related, templates, pages, community.comments(), tags);
        AskHandler ask = new AskHandler(article, ai, templates);
        StoryPage story = new StoryPage(stories, storySummaries, templates, pages);
        TagPage tagPage = new TagPage(tags, templates, pages);
        TopicsPage topics = new TopicsPage(topicsNow, templates, pages);
        SourcePage source = new SourcePage(sources, articles, templates, pages);
        SourcesPage sourceList = new SourcesPage(outlets, sources, removals, subscription, templates, pages);
        ApiV1 api = new ApiV1(articles, sources, outlets, related, stories, tags, ai);
        SearchPage searchPage = new SearchPage(search, articles, sources, outlets, templates, pages);
        FeedsOut feeds = new FeedsOut(articles, sources, clock, stories, search, searchPage, tags);
        ApiTags apiTags = new ApiTags(tags, topicsNow);
        ApiSearch apiSearch = new ApiSearch(search, sources, searchPage);
        ApiStories apiStories = new ApiStories(stories, articles, storySummaries, community.comments(), topStories);
        byte[] openApi = resource("/dev/tidings/web/openapi.json");
        commentTargets.register(
                "article",
                id -> articles.byId(id)
                        .map(a -> new CommentTargets.Place("/" + a.language() + "/article/" + a.id(), a.title())));
        RequestGuard guard = new RequestGuard(viewers);
        AccountForms forms = new AccountForms(templates, pages, viewers);
        SignUpPage signUp = new SignUpPage(community.accounts(), forms, pages);
        SignInPage signIn = new SignInPage(community.accounts(), forms, pages);
        SignOut signOut = new SignOut(community.accounts(), viewers);
        PasswordPage password = new PasswordPage(community.accounts(), forms, pages);
        AccountPage account = new AccountPage(
                community.accounts(), community.comments(), commentTargets, templates, forms, pages, viewers);
        CommentPermalink permalink = new CommentPermalink(community.comments(), commentTargets, pages);
        ForgotPasswordPage forgot = new ForgotPasswordPage(community.accounts(), community.resetMail(), forms, pages);
        ResetPasswordPage reset = new ResetPasswordPage(community.accounts(), forms, pages);
        CommentResponses responses = new CommentResponses(community.comments(), commentTargets, templates, pages);
        PostComment postComment = new PostComment(community.comments(), responses, pages, viewers);
        CommentAction commentAction = new CommentAction(community.comments(), responses, pages);
        EditCommentPage editComment = new EditCommentPage(community.comments(), responses, templates, pages);
        ModerationPage moderationPage = new ModerationPage(community.moderation(), commentTargets, templates, pages);
        ModerationAction moderationAction = new ModerationAction(community.moderation(), pages);
        MetricsPage metricsPage = new MetricsPage(metrics, metricsToken);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> server.setErrorHandler(new ServerErrorPage(templates, pages)));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = java.util.Map.of("Cache-Control", "public, max-age=3600");
            });
            config.routes.before(ctx -> ctx.header("X-Tidings-Node", node));
            config.routes.before(metricsPage::started);
            config.routes.after(metricsPage::finished);
            config.routes.get("/", home::handle);
            config.routes.get("/latest", latest::handle);
            config.routes.get("/sources", sourceList::handle);
            config.routes.post("/sources", sourceList::follow);
            config.routes.get("/sources/{slug}/remove", sourceList::confirmRemoval);
            config.routes.get("/sources/{slug}/edit", sourceList::editForm);
            config.routes.post("/sources/{slug}/{action}", sourceList::act);
            config.routes.get("/source/{slug}", source::handle);
            config.routes.get("/{lang}/article/{id}", article::handle);
            config.routes.get("/media/{id}/{n}", images::handle);
            config.routes.get("/{lang}/article/{id}/ask", ask::ask);
            config.routes.get("/{lang}/article/{id}/ask/stream", ask::stream);
            config.routes.get("/{lang}/article/{id}/explain", ask::explain);
            config.routes.get("/{lang}/article/{id}/translate", ask::translate);
            config.routes.get("/story/{id}", story::handle);
            config.routes.get("/search", searchPage::handle);
            config.routes.get("/tag/{name}", tagPage::handle);
            config.routes.get("/topics", topics::handle);
            config.routes.get("/healthz", ctx -> ctx.result("ok"));
            config.routes.get("/metrics", metricsPage::handle);
            config.routes.get(
                    "/api/openapi.json",
                    ctx -> ctx.contentType("application/json").result(openApi));
            config.routes.get("/api/v1/articles", api::listArticles);
            config.routes.get("/api/v1/articles/{id}", api::getArticle);
            config.routes.get("/api/v1/articles/{id}/comments", apiStories::comments);
            config.routes.get("/api/v1/stories", apiStories::list);
            config.routes.get("/api/v1/stories/{id}", apiStories::get);
            config.routes.get("/api/v1/search", apiSearch::handle);
            config.routes.get("/api/v1/hashtags/{name}", apiTags::hashtag);
            config.routes.get("/api/v1/trending", apiTags::trending);
            config.routes.get("/api/v1/outlets", api::listOutlets);
            config.routes.get("/api/v1/outlets/{slug}", api::getOutlet);
            config.routes.get("/api/*", ctx -> {
                throw ApiProblem.notFound("no API route at " + ctx.path());
            });
            config.routes.get("/feeds/sources.opml", feeds::opml);
            config.routes.get("/feeds/source/{file}", feeds::source);
            config.routes.get("/feeds/story/{file}", feeds::story);
            config.routes.get("/feeds/tag/{file}", feeds::tag);
            config.routes.get("/feeds/search.rss", feeds::search);
            config.routes.get("/feeds/search.atom", feeds::search);
            config.routes.get("/feeds/search.json", feeds::search);
            config.routes.get("/feeds/{file}", feeds::latest);
            config.routes.exception(ApiProblem.class, (e, ctx) -> Json.problem(ctx, e.status, e.title, e.getMessage()));
            config.routes.beforeMatched(guard::handle);
            config.routes.get("/signup", signUp::show);
            config.routes.post("/signup", signUp::submit);
            config.routes.get("/signin", signIn::show);
            config.routes.post("/signin", signIn::submit);
            config.routes.post("/signout", signOut::handle);
            config.routes.get("/account", account::show);
            config.routes.post("/account/name", account::rename);
            config.routes.post("/account/delete", account::delete);
            config.routes.get("/account/deleted", account::deleted);
            config.routes.get("/account/password", password::show);
            config.routes.post("/account/password", password::submit);
            config.routes.get("/password/forgot", forgot::show);
            config.routes.post("/password/forgot", forgot::submit);
            config.routes.get("/password/reset", reset::show);
            config.routes.post("/password/reset", reset::submit);
            config.routes.post("/comments", postComment::handle);
            config.routes.get("/comments/{id}", permalink::handle);
            config.routes.get("/comments/{id}/edit", editComment::show);
            config.routes.post("/comments/{id}/edit", editComment::submit);
            config.routes.post("/comments/{id}/delete", commentAction::delete);
            config.routes.post("/comments/{id}/report", commentAction::report);
            config.routes.post("/comments/{id}/vote", commentAction::vote);
            config.routes.get("/moderation", moderationPage::handle);
            config.routes.post("/moderation/comments/{id}/{action}", moderationAction::comment);
            config.routes.post("/moderation/users/{id}/{action}", moderationAction::user);
            config.routes.exception(Refusal.class, (e, ctx) -> {
                ctx.status(e.status);
                templates.render(ctx, "error.jte", new Views.Error(pages.now(ctx), e.status, e.title, e.getMessage()));
            });
            // no route for the address (a mistyped or stale link): the same page as a missing
            // article, or a problem document under /api/, not the framework's plain-text line
            config.routes.exception(EndpointNotFound.class, (e, ctx) -> {
                if (ctx.path().startsWith("/api/")) {
                    Json.problem(ctx, 404, "Not Found", "no API route at " + ctx.path());
                    return;
                }
                ctx.status(404);
                templates.render(
                        ctx,
                        "error.jte",
                        new Views.Error(pages.now(ctx), 404, "Not found", "There is no page at this address."));
            });
            config.routes.exception(NotFound.class, (e, ctx) -> {
                ctx.status(404);
                templates.render(ctx, "error.jte", new Views.Error(pages.now(ctx), 404, "Not found", e.getMessage()));
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.error("event=page_failed path={} error=\"{}\"", ctx.path(), e.toString(), e);
                if (ctx.path().startsWith("/api/")) {
                    Json.problem(ctx, 500, "Internal Server Error", "the request failed; the error has been logged");
                    return;
                }
                ctx.status(500);
                templates.render(
                        ctx,
                        "error.jte",
                        new Views.Error(
                                pages.now(ctx),
                                500,
                                "Something went wrong",
                                "This page failed to load. The error has been logged; please try again."));
            });
            config.routes.error(404, "html", ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    templates.render(
                            ctx,
                            "error.jte",
                            new Views.Error(pages.now(ctx), 404, "Not found", "There is no page at this address."));
                }
            });
            headLikeGet(config); // last, so that it sees every GET route
        });
    }

    /**
     * Serves HEAD through every GET route registered so far. Left to itself Javalin answers HEAD for
     * an address with a GET route without running the handler: 200 with none of its headers, so a
     * HEAD said text/plain, carried no ETag, and called a missing page found. The routes are read
     * back from Javalin's router so that a new GET route needs nothing more; Jetty leaves the body
     * out of the answer to a HEAD.
     */
    private static void headLikeGet(JavalinConfig config) {
        List<Endpoint> gets = config.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(e -> e.method == HandlerType.GET)
                .toList();
        gets.forEach(e -> config.routes.addEndpoint(new Endpoint(HandlerType.HEAD, e.path, e.handler)));
    }

    private static byte[] resource(String name) {
        try (var in = WebServer.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("missing resource " + name, e);
        }
    }

    /**
     * Makes a story's summary ahead of its first reader, in the background: call it when an
     * article joins the story.
     */
    public void storyGrew(long storyId) {
        storySummaries.makeAhead(storyId);
    }

    /** Where other pages (a story, say) register their kind of comment target. */
    public CommentTargets commentTargets() {
        return commentTargets;
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
        storySummaries.close();
    }
}
