package dev.tidings.demo;

import static dev.tidings.demo.Html.esc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * An international site: lead image in a {@code <figure>} with caption and photo credit, byline
 * between the image and the body, JSON-LD and OpenGraph both, times in UTC.
 */
final class GlobalObserverTemplate implements OutletTemplate {

    @Override
    public boolean leadImages() {
        return true;
    }

    @Override
    public String articlePage(ArticlePage page) {
        Publication pub = page.pub();
        Site site = page.site();
        var h = new StringBuilder();
        head(
                h,
                site,
                pub.title() + " | " + Html.capitalise(pub.section()) + " | " + site.name(),
                page.canonical().toString());
        h.append("<meta name=\"description\" content=\"").append(esc(pub.dek())).append("\">\n");
        h.append(OpenGraph.tags(page, true));
        ObjectNode jsonLd = JsonLd.newsArticle(page);
        jsonLd.putArray("image").add(page.leadImage().toString());
        h.append(JsonLd.script(jsonLd)).append("\n</head>\n<body class=\"go\">\n");
        top(h, site);
        h.append("""
                <main class="go-main">
                <div class="article">
                  <div class="article__meta-top"><a class="article__section" href="/%s">%s</a></div>
                  <h1 class="article__headline">%s</h1>
                  <div class="article__standfirst"><p>%s</p></div>
                  <figure class="article__lead-media">
                    <img src="%s" alt="" width="1200" height="675" loading="eager">
                    <figcaption><span class="article__caption">File picture used to illustrate this report.</span> <span class="article__credit">Photograph: Global Observer picture desk</span></figcaption>
                  </figure>
                  <div class="article__byline-row">
                    <address class="article__byline">%s</address>
                    <time class="article__published" datetime="%s">%s</time>
                  </div>
                  <div class="article__share"><a href="/share/facebook">Share on Facebook</a> <a href="/share/x">Share on X</a> <a href="/share/email">Share via Email</a></div>
                  <div class="article__body">
                %s
                  </div>
                  <div class="article__support-ask">
                    <p><strong>Before you go&hellip;</strong> Independent international reporting costs money. If you value it, please consider <a href="/support">supporting the Global Observer</a>.</p>
                  </div>
                </div>
                """.formatted(
                        esc(pub.section()),
                        esc(Html.capitalise(pub.section())),
                        esc(pub.title()),
                        esc(pub.dek()),
                        esc(LeadImage.path(pub)),
                        Html.authorLinks(pub.authors(), "/profile/", "", " rel=\"author\""),
                        Html.datetime(pub.published(), site.outlet().zone()),
                        esc(Html.display(pub.published(), site.outlet().zone(), "EEE d MMM yyyy HH.mm 'GMT'")),
                        Html.body(pub.body())));
        rail(h, page.mostRead());
        h.append("<section class=\"go-onwards\">\n  <h2>More on this story</h2>\n");
        for (Publication other : page.related()) {
            h.append("  <a class=\"go-onwards__item\" href=\"%s\"><span>%s</span></a>\n"
                    .formatted(esc(other.path()), esc(other.title())));
        }
        h.append("""
                </section>
                <div id="go-discussion" class="go-comments" data-discussion-key="%s">
                  <h2>Comments</h2><p>Sign in or create your Global Observer account to join the discussion.</p>
                </div>
                </main>
                """.formatted(esc(pub.article().slug())));
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
                site.baseUrl().toString());
        h.append("</head>\n<body class=\"go go-front\">\n");
        top(h, site);
        h.append(
                "<main class=\"go-main\">\n<section class=\"go-container\">\n<h1 class=\"go-container__title\">Headlines</h1>\n");
        for (Publication pub : page.latest()) {
            h.append("""
                    <div class="go-item">
                      <a class="go-item__link" href="%s"><span class="go-item__kicker">%s</span> <span class="go-item__headline">%s</span></a>
                      <div class="go-item__standfirst">%s</div>
                      <time datetime="%s">%s</time>
                    </div>
                    """.formatted(
                            esc(pub.path()),
                            esc(Html.capitalise(pub.section())),
                            esc(pub.title()),
                            esc(pub.dek()),
                            Html.datetime(pub.published(), site.outlet().zone()),
                            esc(site.ago(pub.published()))));
        }
        h.append("</section>\n");
        rail(h, page.latest().stream().limit(5).toList());
        h.append("</main>\n");
        footer(h, site);
        return h.toString();
    }

    private static void head(StringBuilder h, Site site, String title, String canonical) {
        h.append("""
                <!DOCTYPE html>
                <html lang="en" class="go-js-off">
                <head>
                <meta charset="utf-8">
                <title>%s</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="canonical" href="%s">
                <link rel="alternate" type="application/atom+xml" title="%s - All stories" href="%s">
                """.formatted(esc(title), esc(canonical), esc(site.name()), esc(site.feedUrl())));
    }

    private static void top(StringBuilder h, Site site) {
        h.append("""
                <div class="go-cookie" role="region" aria-label="Cookie banner">
                  <p>Tell us whether you accept cookies. We would like to use cookies to understand how you use our site and to show you advertising.</p>
                  <button>Yes, I&rsquo;m happy</button> <button>No, take me to settings</button>
                </div>
                <header class="go-header">
                  <div class="go-edition">Edition: International</div>
                  <a class="go-logo" href="/">%s</a>
                  <nav class="go-nav"><ul>
                    <li><a href="/world">World</a></li><li><a href="/world/europe">Europe</a></li><li><a href="/business">Business</a></li>
                    <li><a href="/science">Science</a></li><li><a href="/culture">Culture</a></li><li><a href="/opinion">Opinion</a></li>
                  </ul></nav>
                  <div class="go-support">Support independent journalism <a href="/support">Subscribe</a></div>
                </header>
                <div class="go-ad go-ad--top"><span class="go-ad__label">Advertisement</span></div>
                """.formatted(esc(site.name())));
    }

    private static void rail(StringBuilder h, List<Publication> mostRead) {
        h.append(
                "<aside class=\"go-rail\">\n  <div class=\"go-ad go-ad--rail\"><span class=\"go-ad__label\">Advertisement</span></div>\n");
        h.append("  <section class=\"go-most-viewed\"><h2>Most read</h2><ol>\n");
        for (Publication pub : mostRead) {
            h.append("    <li><a href=\"%s\">%s</a></li>\n".formatted(esc(pub.path()), esc(pub.title())));
        }
        h.append("""
                  </ol></section>
                  <section class="go-newsletter"><h2>First Edition</h2><p>The world&rsquo;s news, briefly, every morning.</p>
                  <form action="/email-newsletters" method="post"><input type="email" name="email" placeholder="Enter your email"><button>Sign up</button></form></section>
                </aside>
                """);
    }

    private static void footer(StringBuilder h, Site site) {
        h.append("""
                <footer class="go-footer">
                  <ul><li><a href="/about">About us</a></li><li><a href="/help">Help</a></li><li><a href="/privacy">Privacy policy</a></li>
                  <li><a href="/cookies">Cookie policy</a></li><li><a href="/terms">Terms &amp; conditions</a></li><li><a href="/feeds/all.atom">All stories feed</a></li></ul>
                  <p>&copy; %s Global Observer News &amp; Media Limited or its affiliated companies. All rights reserved.</p>
                </footer>
                </body>
                </html>
                """.formatted(Html.display(site.now(), site.outlet().zone(), "yyyy")));
    }
}
