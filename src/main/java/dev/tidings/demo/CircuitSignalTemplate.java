package dev.tidings.demo;

import static dev.tidings.demo.Html.esc;

import java.util.List;

/**
 * A technology site with BEM class names: body in {@code div.cs-post__content}, a share rail beside
 * it, an affiliate disclosure above it, JSON-LD NewsArticle.
 */
final class CircuitSignalTemplate implements OutletTemplate {

    @Override
    public String articlePage(ArticlePage page) {
        Publication pub = page.pub();
        Site site = page.site();
        var h = new StringBuilder();
        head(h, site, pub.title() + " — " + site.name(), page.canonical().toString());
        h.append("<meta name=\"description\" content=\"").append(esc(pub.dek())).append("\">\n");
        h.append("<meta name=\"author\" content=\"").append(esc(pub.byline())).append("\">\n");
        h.append(JsonLd.script(JsonLd.newsArticle(page))).append("\n</head>\n<body class=\"cs cs--post\">\n");
        top(h, site);
        h.append("""
                <main id="cs-main" class="cs-post">
                  <div class="cs-post__hero">
                    <ul class="cs-breadcrumbs"><li><a href="/">Home</a></li><li><a href="/%s">%s</a></li></ul>
                    <h1 class="cs-post__title">%s</h1>
                    <p class="cs-post__dek">%s</p>
                    <div class="cs-post__meta">
                      %s
                      <span class="cs-post__date"><time datetime="%s">%s</time></span>
                      <span class="cs-post__readtime">%d min read</span>
                    </div>
                  </div>
                  <p class="cs-disclosure">When you buy through links on our site, we may earn an affiliate commission. <a href="/ethics">Here&rsquo;s how it works</a>.</p>
                  <div class="cs-post__layout">
                    <div class="cs-share-rail" aria-label="Share this story">
                      <a class="cs-share-rail__item" href="/share/mastodon">Mastodon</a>
                      <a class="cs-share-rail__item" href="/share/bluesky">Bluesky</a>
                      <a class="cs-share-rail__item" href="/share/reddit">Reddit</a>
                      <button class="cs-share-rail__item">Copy link</button>
                    </div>
                    <div class="cs-post__content">
                %s
                    </div>
                  </div>
                """.formatted(
                        esc(pub.section()),
                        esc(Html.capitalise(pub.section())),
                        esc(pub.title()),
                        esc(pub.dek()),
                        Html.authorLinks(pub.authors(), "/authors/", "", " class=\"cs-post__author\""),
                        Html.datetime(pub.published(), site.outlet().zone()),
                        esc(Html.display(pub.published(), site.outlet().zone(), "MMM d, yyyy 'at' h:mm a z")),
                        readingMinutes(pub),
                        Html.body(pub.body())));
        h.append("""
                  <div class="cs-ad" data-slot="post-incontent"><p class="cs-ad__label">Advertisement</p></div>
                  <section class="cs-more"><h2 class="cs-more__title">Read more</h2>
                """);
        cards(h, page.related(), site);
        h.append("  </section>\n");
        popular(h, page.mostRead());
        h.append("""
                  <div class="cs-comments" id="comments"><button class="cs-comments__toggle" data-thread="%d">Show comments</button></div>
                </main>
                """.formatted(pub.numericId()));
        footer(h, site);
        return h.toString();
    }

    @Override
    public String frontPage(FrontPage page) {
        Site site = page.site();
        var h = new StringBuilder();
        head(
                h,
                site,
                site.name() + " — " + site.outlet().tagline(),
                site.baseUrl().toString());
        h.append("</head>\n<body class=\"cs cs--home\">\n");
        top(h, site);
        h.append("<main id=\"cs-main\" class=\"cs-home\">\n  <h1 class=\"cs-home__title\">Latest</h1>\n");
        cards(h, page.latest(), site);
        popular(h, page.latest().stream().limit(5).toList());
        h.append("</main>\n");
        footer(h, site);
        return h.toString();
    }

    private static int readingMinutes(Publication pub) {
        int words = pub.body().stream()
                .mapToInt(block -> block.text().split("\\s+").length)
                .sum();
        return Math.max(1, Math.round(words / 230f));
    }

    private static void cards(StringBuilder h, List<Publication> publications, Site site) {
        h.append("  <div class=\"cs-cards\">\n");
        for (Publication pub : publications) {
            h.append("""
                        <div class="cs-card">
                          <a class="cs-card__link" href="%s"><h3 class="cs-card__title">%s</h3></a>
                          <p class="cs-card__dek">%s</p>
                          <p class="cs-card__meta">%s &middot; <time datetime="%s">%s</time></p>
                        </div>
                    """.formatted(
                            esc(pub.path()),
                            esc(pub.title()),
                            esc(pub.dek()),
                            esc(pub.byline()),
                            Html.datetime(pub.published(), site.outlet().zone()),
                            esc(site.ago(pub.published()))));
        }
        h.append("  </div>\n");
    }

    private static void head(StringBuilder h, Site site, String title, String canonical) {
        h.append("""
                <!DOCTYPE html>
                <html lang="en" data-theme="light">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="canonical" href="%s">
                <link rel="alternate" type="application/atom+xml" title="%s" href="%s">
                <link rel="preload" href="/fonts/signal-sans.woff2" as="font" crossorigin>
                """.formatted(esc(title), esc(canonical), esc(site.name()), esc(site.feedUrl())));
    }

    private static void top(StringBuilder h, Site site) {
        h.append("""
                <a class="cs-skip" href="#cs-main">Skip to content</a>
                <header class="cs-header">
                  <a class="cs-header__logo" href="/">%s</a>
                  <nav class="cs-header__nav">
                    <a href="/reviews">Reviews</a><a href="/technology">News</a><a href="/science">Science</a>
                    <a href="/security">Security</a><a href="/deals">Deals</a><a href="/podcasts">Podcasts</a>
                  </nav>
                  <button class="cs-header__theme" aria-label="Toggle dark mode">Dark mode</button>
                </header>
                <div class="cs-ad cs-ad--leaderboard" data-slot="top"><p class="cs-ad__label">Advertisement</p></div>
                """.formatted(esc(site.name())));
    }

    private static void popular(StringBuilder h, List<Publication> mostRead) {
        h.append("  <section class=\"cs-popular\"><h2 class=\"cs-popular__title\">Most read</h2><ol>\n");
        for (Publication pub : mostRead) {
            h.append("    <li class=\"cs-popular__item\"><a href=\"%s\">%s</a></li>\n"
                    .formatted(esc(pub.path()), esc(pub.title())));
        }
        h.append("""
                  </ol></section>
                  <section class="cs-newsletter">
                    <h2 class="cs-newsletter__title">The Signal</h2>
                    <p>One email a day with the tech news worth your time. No spam, unsubscribe any time.</p>
                    <form class="cs-newsletter__form" action="/newsletter" method="post"><input type="email" name="email" aria-label="Email"><button>Subscribe</button></form>
                  </section>
                """);
    }

    private static void footer(StringBuilder h, Site site) {
        h.append("""
                <div class="cs-cookie-bar" role="dialog">We use cookies for analytics and ads. <button>Accept</button> <button>Reject non-essential</button> <a href="/cookie-preferences">Cookie preferences</a></div>
                <footer class="cs-footer">
                  <nav class="cs-footer__links"><a href="/about">About</a> <a href="/ethics">Ethics policy</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms of use</a> <a href="/contact">Contact</a></nav>
                  <p class="cs-footer__copy">&copy; %s Circuit &amp; Signal Media. All rights reserved.</p>
                </footer>
                </body>
                </html>
                """.formatted(Html.display(site.now(), site.outlet().zone(), "yyyy")));
    }
}
