package dev.tidings.demo;

import static dev.tidings.demo.Html.esc;

import java.util.List;

/**
 * A regional site on a blog theme: body in {@code div.entry-content} with a share box inside it, a
 * widget sidebar, and no structured metadata at all, only the visible byline and {@code <time>}.
 */
final class NorthwindPostTemplate implements OutletTemplate {

    @Override
    public String articlePage(ArticlePage page) {
        Publication pub = page.pub();
        Site site = page.site();
        var h = new StringBuilder();
        head(
                h,
                site,
                esc(pub.title()) + " &#8211; " + esc(site.name()),
                page.canonical().toString());
        h.append("<body class=\"post-template-default single single-post postid-%d\">\n".formatted(pub.numericId()));
        top(h, site);
        h.append("""
                <div id="primary" class="content-area"><main id="main" class="site-main">
                  <div id="post-%d" class="post type-post status-publish category-%s">
                    <div class="entry-header">
                      <span class="cat-links"><a href="/news/%s/" rel="category tag">%s</a></span>
                      <h1 class="entry-title">%s</h1>
                      <p class="entry-summary">%s</p>
                      <div class="entry-meta">
                        <span class="posted-on">Posted on <time class="entry-date published" datetime="%s">%s</time></span>
                        <span class="byline"> by <span class="author vcard">%s</span></span>
                      </div>
                    </div>
                    <div class="entry-content">
                %s
                      <div class="sharedaddy sd-sharing-enabled">
                        <h3 class="sd-title">Share this:</h3>
                        <ul><li><a class="share-facebook" href="?share=facebook">Facebook</a></li><li><a class="share-x" href="?share=x">X</a></li><li><a class="share-email" href="?share=email">Email</a></li><li><a class="share-print" href="#print">Print</a></li></ul>
                      </div>
                    </div>
                    <div class="entry-footer"><span class="tags-links">Filed under <a href="/news/%s/">%s</a></span></div>
                  </div>
                """.formatted(
                        pub.numericId(),
                        esc(pub.section()),
                        esc(pub.section()),
                        esc(Html.capitalise(pub.section())),
                        esc(pub.title()),
                        esc(pub.dek()),
                        Html.datetime(pub.published(), site.outlet().zone()),
                        esc(Html.display(pub.published(), site.outlet().zone(), "MMMM d, yyyy 'at' h:mm a")),
                        Html.authorLinks(pub.authors(), "/author/", "/", " class=\"url fn n\""),
                        Html.body(pub.body()),
                        esc(pub.section()),
                        esc(Html.capitalise(pub.section()))));
        h.append(
                "  <nav class=\"navigation post-navigation\" aria-label=\"Posts\"><h2 class=\"screen-reader-text\">Read more</h2>\n");
        for (Publication other : page.related()) {
            h.append("    <div class=\"nav-links\"><a href=\"%s\" rel=\"next\">%s</a></div>\n"
                    .formatted(esc(other.path()), esc(other.title())));
        }
        h.append("""
                  </nav>
                  <div id="comments" class="comments-area">
                    <h2 class="comments-title">Leave a comment</h2>
                    <p class="must-log-in">You must be <a href="/wp-login.php">logged in</a> to post a comment.</p>
                  </div>
                </main></div>
                """);
        sidebar(h, page.mostRead());
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
                esc(site.name()) + " &#8211; " + esc(site.outlet().tagline()),
                site.baseUrl().toString());
        h.append("<body class=\"home blog\">\n");
        top(h, site);
        h.append("<div id=\"primary\" class=\"content-area\"><main id=\"main\" class=\"site-main\">\n");
        for (Publication pub : page.latest()) {
            h.append("""
                      <div class="post type-post excerpt">
                        <h2 class="entry-title"><a href="%s" rel="bookmark">%s</a></h2>
                        <div class="entry-meta"><time class="entry-date" datetime="%s">%s</time></div>
                        <div class="entry-summary"><p>%s</p></div>
                      </div>
                    """.formatted(
                            esc(pub.path()),
                            esc(pub.title()),
                            Html.datetime(pub.published(), site.outlet().zone()),
                            esc(Html.display(pub.published(), site.outlet().zone(), "MMMM d, yyyy")),
                            esc(pub.dek())));
        }
        h.append("</main></div>\n");
        sidebar(h, page.latest().stream().limit(5).toList());
        footer(h, site);
        return h.toString();
    }

    /** {@code title} arrives escaped: the theme writes its separator as an entity. */
    private static void head(StringBuilder h, Site site, String title, String canonical) {
        h.append("""
                <!DOCTYPE html>
                <html lang="en-US">
                <head>
                <meta charset="UTF-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="canonical" href="%s">
                <link rel="alternate" type="application/rss+xml" title="%s &raquo; Feed" href="%s">
                <link rel="stylesheet" id="northwind-style-css" href="/wp-content/themes/northwind/style.css?ver=2.3.1" media="all">
                </head>
                """.formatted(title, esc(canonical), esc(site.name()), esc(site.feedUrl())));
    }

    private static void top(StringBuilder h, Site site) {
        h.append("""
                <div id="page" class="site">
                <a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
                <div class="top-bar"><span class="weather">Marrow Bay: 6&deg;C, showers</span> <a href="/tips/">Send us a story tip</a></div>
                <header id="masthead" class="site-header">
                  <p class="site-title"><a href="/" rel="home">%s</a></p>
                  <p class="site-description">%s</p>
                  <nav id="site-navigation" class="main-navigation">
                    <ul id="primary-menu" class="menu">
                      <li><a href="/news/">News</a></li><li><a href="/news/world/">Region</a></li><li><a href="/news/sport/">Sport</a></li>
                      <li><a href="/news/culture/">What&#8217;s on</a></li><li><a href="/announcements/">Announcements</a></li><li><a href="/contact/">Contact</a></li>
                    </ul>
                  </nav>
                </header>
                <div id="content" class="site-content">
                """.formatted(esc(site.name()), esc(site.outlet().tagline())));
    }

    private static void sidebar(StringBuilder h, List<Publication> mostRead) {
        h.append("""
                <aside id="secondary" class="widget-area">
                  <section class="widget widget_ad"><p class="ad-label">Advertisement</p><div class="ad-box" data-size="300x250"></div></section>
                  <section class="widget widget_top-posts"><h2 class="widget-title">Most read</h2><ul>
                """);
        for (Publication pub : mostRead) {
            h.append("    <li><a href=\"%s\" class=\"bump-view\">%s</a></li>\n"
                    .formatted(esc(pub.path()), esc(pub.title())));
        }
        h.append("""
                  </ul></section>
                  <section class="widget widget_newsletter">
                    <h2 class="widget-title">Get the Northwind newsletter</h2>
                    <p>The week&#8217;s news from the north, every Friday.</p>
                    <form action="/newsletter/" method="post"><input type="email" name="EMAIL" placeholder="Email address"><input type="submit" value="Subscribe"></form>
                  </section>
                  <section class="widget widget_ad"><p class="ad-label">Advertisement</p><div class="ad-box" data-size="300x600"></div></section>
                </aside>
                """);
    }

    private static void footer(StringBuilder h, Site site) {
        h.append("""
                </div>
                <footer id="colophon" class="site-footer">
                  <div class="site-info">
                    <a href="/privacy-policy/">Privacy Policy</a> | <a href="/terms-of-use/">Terms of Use</a> | <a href="/cookie-policy/">Cookie Policy</a> | <a href="/corrections/">Corrections</a>
                    <p>&copy; %s %s. Proudly serving the north since 1911.</p>
                  </div>
                </footer>
                <div id="cookie-notice" class="cookie-notice" role="dialog">
                  This website uses cookies to improve your experience. <a href="/cookie-policy/">Read more</a> <a href="#" class="cn-accept">OK</a>
                </div>
                </div>
                </body>
                </html>
                """.formatted(Html.display(site.now(), site.outlet().zone(), "yyyy"), esc(site.name())));
    }
}
