package dev.tidings.demo;

import static dev.tidings.demo.Html.esc;

import java.util.List;
import java.util.Locale;

/**
 * A fast tabloid site: OpenGraph only, and the body paragraphs interrupted by inline advertisement
 * and "read more" promotion blocks.
 */
final class MetroWireTemplate implements OutletTemplate {

    @Override
    public String articlePage(ArticlePage page) {
        Publication pub = page.pub();
        Site site = page.site();
        var h = new StringBuilder();
        head(h, site, pub.title() + " | " + site.name(), page.canonical().toString());
        h.append("<meta name=\"description\" content=\"").append(esc(pub.dek())).append("\">\n");
        h.append(OpenGraph.tags(page, false));
        h.append(
                "<meta name=\"twitter:card\" content=\"summary\">\n<meta name=\"twitter:site\" content=\"@metrowire\">\n");
        h.append("</head>\n<body class=\"mw mw--article\">\n");
        top(h, site);
        h.append("""
                <main class="mw-main">
                <section class="mw-story">
                  <span class="mw-section-tag">%s</span>
                  <h1 class="mw-title">%s</h1>
                  <p class="mw-summary"><strong>%s</strong></p>
                  <div class="author-strip">
                    <span class="author-strip__name">By %s</span>
                    <span class="author-strip__time"><time datetime="%s">%s</time> &middot; %s</span>
                  </div>
                  <div class="mw-share">Share: <a href="/share/whatsapp">WhatsApp</a> <a href="/share/facebook">Facebook</a> <a href="/share/x">X</a> <a href="/share/email">Email</a></div>
                  <div class="mw-body">
                """.formatted(
                        esc(Html.capitalise(pub.section())),
                        esc(pub.title()),
                        esc(pub.dek()),
                        Html.authorLinks(pub.authors(), "/author/", "", ""),
                        Html.datetime(pub.published(), site.outlet().zone()),
                        esc(Html.display(pub.published(), site.outlet().zone(), "HH:mm, d MMM yyyy")),
                        esc(site.ago(pub.published()))));
        interleave(h, Html.blocks(pub.body()), page.related());
        h.append("""
                  </div>
                  <div class="mw-tags">Topics: <a href="/%s">%s</a></div>
                </section>
                """.formatted(esc(pub.section()), esc(Html.capitalise(pub.section()))));
        rail(h, page.mostRead());
        h.append("<section class=\"mw-more\"><h3>More from Metro Wire</h3><ul>\n");
        for (Publication other : page.related()) {
            h.append("  <li><a href=\"%s\">%s</a></li>\n".formatted(esc(other.path()), esc(other.title())));
        }
        h.append("""
                </ul></section>
                <div class="mw-comments" id="vf-conversation" data-post-id="%d"><p>Loading comments&hellip;</p></div>
                </main>
                """.formatted(pub.numericId()));
        footer(h, site);
        return h.toString();
    }

    /** An advertisement after every second block, a promotion of another story after every fifth. */
    private static void interleave(StringBuilder h, List<String> blocks, List<Publication> promotions) {
        int promoted = 0;
        for (int i = 0; i < blocks.size(); i++) {
            h.append("    ").append(blocks.get(i)).append('\n');
            boolean last = i == blocks.size() - 1;
            if (!last && (i + 1) % 5 == 0 && promoted < promotions.size()) {
                Publication promo = promotions.get(promoted++);
                h.append("    <div class=\"mw-promo\"><strong>READ MORE:</strong> <a href=\"%s\">%s</a></div>\n"
                        .formatted(esc(promo.path()), esc(promo.title())));
            } else if (!last && (i + 1) % 2 == 0) {
                h.append(
                        "    <div class=\"inline-ad\" data-slot=\"mid-%d\"><span class=\"inline-ad__label\">Advertisement</span></div>\n"
                                .formatted(i + 1));
            }
        }
    }

    @Override
    public String frontPage(FrontPage page) {
        Site site = page.site();
        var h = new StringBuilder();
        head(
                h,
                site,
                site.name() + " - " + site.outlet().tagline(),
                site.baseUrl().toString());
        h.append("<meta property=\"og:type\" content=\"website\">\n<meta property=\"og:site_name\" content=\"")
                .append(esc(site.name()))
                .append("\">\n</head>\n<body class=\"mw mw--home\">\n");
        top(h, site);
        h.append("<main class=\"mw-main\">\n<div class=\"mw-grid\">\n");
        for (Publication pub : page.latest()) {
            h.append("""
                      <div class="mw-card">
                        <span class="mw-card__tag">%s</span>
                        <a class="mw-card__link" href="%s"><h2 class="mw-card__title">%s</h2></a>
                        <p class="mw-card__teaser">%s</p>
                        <time datetime="%s">%s</time>
                      </div>
                    """.formatted(
                            esc(Html.capitalise(pub.section())),
                            esc(pub.path()),
                            esc(pub.title()),
                            esc(pub.dek()),
                            Html.datetime(pub.published(), site.outlet().zone()),
                            esc(site.ago(pub.published()))));
        }
        h.append("</div>\n");
        rail(h, page.latest().stream().limit(5).toList());
        h.append("</main>\n");
        footer(h, site);
        return h.toString();
    }

    private static void head(StringBuilder h, Site site, String title, String canonical) {
        h.append("""
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width,initial-scale=1">
                <title>%s</title>
                <link rel="canonical" href="%s">
                <link rel="alternate" type="application/feed+json" title="%s" href="%s">
                <script async src="/js/ads.bundle.9c2e.js"></script>
                """.formatted(esc(title), esc(canonical), esc(site.name()), esc(site.feedUrl())));
    }

    private static void top(StringBuilder h, Site site) {
        h.append("""
                <div class="mw-consent" data-consent="pending">
                  <p>We and our 143 partners use cookies and similar technologies to store and access information on your device for personalised ads and content, ad measurement and audience insights.</p>
                  <button class="mw-consent__yes">I agree</button> <button class="mw-consent__more">More options</button>
                </div>
                <header class="mw-top">
                  <a class="mw-logo" href="/">%s</a>
                  <nav class="mw-nav"><a href="/world">News</a> <a href="/politics">Politics</a> <a href="/business">Money</a> <a href="/technology">Tech</a> <a href="/sport">Sport</a> <a href="/culture">Showbiz</a></nav>
                  <a class="mw-login" href="/login">Log in</a>
                </header>
                <div class="mw-ad mw-ad--billboard"><small>Advertisement</small></div>
                """.formatted(esc(site.name().toUpperCase(Locale.ROOT))));
    }

    private static void rail(StringBuilder h, List<Publication> mostRead) {
        h.append("<aside class=\"mw-rail\">\n  <div class=\"mw-trending\"><h3>Most read</h3><ol>\n");
        for (Publication pub : mostRead) {
            h.append("    <li><a href=\"%s\">%s</a></li>\n".formatted(esc(pub.path()), esc(pub.title())));
        }
        h.append("""
                  </ol></div>
                  <div class="mw-newsletter"><h3>Get Metro Wire in your inbox</h3><p>The day&#39;s big stories, every lunchtime.</p><form action="/newsletter" method="post"><input type="email" name="email" placeholder="Your email"><button>Sign me up</button></form></div>
                  <div class="mw-ad mw-ad--rail"><small>Advertisement</small></div>
                </aside>
                """);
    }

    private static void footer(StringBuilder h, Site site) {
        h.append("""
                <footer class="mw-footer">
                  <a href="/privacy">Privacy notice</a> | <a href="/cookies">Cookie settings</a> | <a href="/terms">Terms</a> | <a href="/complaints">Complaints</a> | <a href="/contact">Contact us</a>
                  <p>&copy; Metro Wire Media %s</p>
                </footer>
                </body>
                </html>
                """.formatted(Html.display(site.now(), site.outlet().zone(), "yyyy")));
    }
}
