package dev.tidings.demo;

import static dev.tidings.demo.Html.esc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A broadsheet: body inside {@code <article>}, byline and date above it, JSON-LD NewsArticle. */
final class HarbourTimesTemplate implements OutletTemplate {

    @Override
    public String articlePage(ArticlePage page) {
        Publication pub = page.pub();
        Site site = page.site();
        var h = new StringBuilder();
        head(
                h,
                site,
                pub.title() + " | " + site.name(),
                pub.dek(),
                page.canonical().toString());
        h.append(JsonLd.script(JsonLd.newsArticle(page))).append("\n</head>\n<body class=\"ht-story\">\n");
        chrome(h, site);
        h.append("""
                <main class="layout">
                <article class="ht-article">
                  <header class="ht-article__header">
                    <p class="kicker"><a href="/%s">%s</a></p>
                    <h1 class="headline">%s</h1>
                    <p class="standfirst">%s</p>
                    <div class="byline-block">
                      <p class="byline">By %s</p>
                      <p class="dateline"><time class="published" datetime="%s">%s</time></p>
                    </div>
                  </header>
                """.formatted(
                        esc(pub.section()),
                        esc(Html.capitalise(pub.section())),
                        esc(pub.title()),
                        esc(pub.dek()),
                        Html.authorLinks(pub.authors(), "/profile/", "", " rel=\"author\""),
                        Html.datetime(pub.published(), site.outlet().zone()),
                        esc(Html.display(pub.published(), site.outlet().zone(), "EEEE d MMMM yyyy HH.mm z"))));
        shareTools(h, page);
        h.append("  <div class=\"article-body\">\n")
                .append(Html.body(pub.body()))
                .append("\n  </div>\n");
        if (pub.syndicated()) {
            h.append("  <p class=\"agency-credit\">This story was supplied by Continental Press.</p>\n");
        }
        h.append("</article>\n");
        sidebar(h, page.mostRead());
        h.append("</main>\n");
        h.append("<section class=\"related\">\n  <h2>Read more</h2>\n  <ul>\n");
        for (Publication other : page.related()) {
            h.append("    <li><a href=\"%s\">%s</a><p>%s</p></li>\n"
                    .formatted(esc(other.path()), esc(other.title()), esc(other.dek())));
        }
        h.append("""
                  </ul>
                </section>
                <section id="comments" class="comments" data-widget="harbour-talk">
                  <h2>Comments</h2>
                  <p class="comments__loading">Comments are loading&hellip; Please read our <a href="/community-guidelines">community guidelines</a> before joining the discussion.</p>
                </section>
                """);
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
                site.name() + " | " + site.outlet().tagline(),
                site.outlet().tagline(),
                site.baseUrl().toString());
        h.append("</head>\n<body class=\"ht-front\">\n");
        chrome(h, site);
        h.append(
                "<main class=\"layout\">\n<section class=\"front-stories\">\n  <h1 class=\"visually-hidden\">Top stories</h1>\n");
        for (Publication pub : page.latest()) {
            h.append("""
                      <div class="teaser teaser--%s">
                        <h2 class="teaser__headline"><a href="%s">%s</a></h2>
                        <p class="teaser__standfirst">%s</p>
                        <p class="teaser__meta"><time datetime="%s">%s</time></p>
                      </div>
                    """.formatted(
                            esc(pub.section()),
                            esc(pub.path()),
                            esc(pub.title()),
                            esc(pub.dek()),
                            Html.datetime(pub.published(), site.outlet().zone()),
                            esc(site.ago(pub.published()))));
        }
        if (page.latest().isEmpty()) {
            h.append("  <p class=\"empty\">No stories yet. Check back soon.</p>\n");
        }
        h.append("</section>\n");
        sidebar(h, page.latest().stream().limit(5).toList());
        h.append("</main>\n");
        footer(h, site);
        return h.toString();
    }

    private static void head(StringBuilder h, Site site, String title, String description, String canonical) {
        h.append("""
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <meta name="description" content="%s">
                <link rel="canonical" href="%s">
                <link rel="alternate" type="application/rss+xml" title="%s" href="%s">
                <link rel="stylesheet" href="/static/css/harbour.4f1c2a.css">
                """.formatted(esc(title), esc(description), esc(canonical), esc(site.name()), esc(site.feedUrl())));
    }

    private static void chrome(StringBuilder h, Site site) {
        h.append("""
                <div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Cookie consent">
                  <p>We use cookies to personalise content and ads and to analyse our traffic. You can change your choice at any time under &ldquo;Privacy settings&rdquo;.</p>
                  <button class="cookie-banner__accept">Accept all</button>
                  <button class="cookie-banner__manage">Manage options</button>
                </div>
                <header class="masthead">
                  <a class="masthead__logo" href="/">The Harbour Times</a>
                  <p class="masthead__date">%s</p>
                  <nav class="masthead-nav" aria-label="Sections">
                    <ul>
                      <li><a href="/world">World</a></li>
                      <li><a href="/politics">Politics</a></li>
                      <li><a href="/business">Business</a></li>
                      <li><a href="/science">Science</a></li>
                      <li><a href="/culture">Culture</a></li>
                      <li><a href="/sport">Sport</a></li>
                      <li><a href="/opinion">Opinion</a></li>
                      <li class="masthead-nav__subscribe"><a href="/subscribe">Subscribe</a></li>
                    </ul>
                  </nav>
                </header>
                <div class="ad-slot ad-leaderboard" data-ad-unit="ht_top_728x90"><span class="ad-label">Advertisement</span></div>
                """.formatted(esc(Html.display(site.now(), site.outlet().zone(), "EEEE d MMMM yyyy"))));
    }

    private static void shareTools(StringBuilder h, ArticlePage page) {
        String url = esc(URLEncoder.encode(page.canonical().toString(), StandardCharsets.UTF_8));
        h.append("""
                  <ul class="share-tools" aria-label="Share this article">
                    <li><a href="/share/email?url=%1$s">Email</a></li>
                    <li><a href="/share/facebook?url=%1$s">Facebook</a></li>
                    <li><a href="/share/x?url=%1$s">X</a></li>
                    <li><a href="/share/linkedin?url=%1$s">LinkedIn</a></li>
                    <li><button class="share-tools__copy">Copy link</button></li>
                  </ul>
                """.formatted(url));
    }

    private static void sidebar(StringBuilder h, List<Publication> mostRead) {
        h.append("""
                <aside class="sidebar">
                  <div class="ad-slot ad-mpu" data-ad-unit="ht_side_300x250"><span class="ad-label">Advertisement</span></div>
                  <section class="most-read">
                    <h2>Most read</h2>
                    <ol>
                """);
        for (Publication pub : mostRead) {
            h.append("      <li><a href=\"%s\">%s</a></li>\n".formatted(esc(pub.path()), esc(pub.title())));
        }
        h.append("""
                    </ol>
                  </section>
                  <section class="newsletter-signup">
                    <h2>The Morning Tide</h2>
                    <p>Our editors&rsquo; pick of the day&rsquo;s news, in your inbox before breakfast.</p>
                    <form action="/newsletters/subscribe" method="post">
                      <input type="email" name="email" placeholder="Your email address">
                      <button type="submit">Sign up</button>
                    </form>
                  </section>
                </aside>
                """);
    }

    private static void footer(StringBuilder h, Site site) {
        h.append("""
                <footer class="site-footer">
                  <nav class="site-footer__legal">
                    <a href="/about">About us</a> &middot; <a href="/contact">Contact</a> &middot;
                    <a href="/privacy">Privacy policy</a> &middot; <a href="/cookies">Cookie policy</a> &middot;
                    <a href="/terms">Terms and conditions</a> &middot; <a href="/rss.xml">RSS</a>
                  </nav>
                  <p>&copy; %s The Harbour Times Ltd. All rights reserved.</p>
                </footer>
                </body>
                </html>
                """.formatted(Html.display(site.now(), site.outlet().zone(), "yyyy")));
    }
}
