package dev.tidings.demo;

import static dev.tidings.demo.Html.esc;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A financial daily: a markets ticker, body in {@code <div class="story-body">}, byline and date
 * below the body, JSON-LD as an {@code @graph} of WebPage and NewsArticle.
 */
final class DailyLedgerTemplate implements OutletTemplate {

    @Override
    public String articlePage(ArticlePage page) {
        Publication pub = page.pub();
        Site site = page.site();
        var h = new StringBuilder();
        head(h, site, pub.title() + " - " + site.name(), page.canonical().toString());
        h.append("<meta name=\"description\" content=\"").append(esc(pub.dek())).append("\">\n");
        h.append(JsonLd.script(graph(page))).append("\n</head>\n<body>\n");
        top(h, site);
        h.append("""
                <main id="main-content" class="dl-main">
                  <div class="dl-breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/%s">%s</a></div>
                  <h1 class="dl-headline">%s</h1>
                  <div class="dl-standfirst">%s</div>
                  <div class="dl-tools">
                    <button class="dl-tools__save">Save</button>
                    <button class="dl-tools__gift">Gift this article</button>
                    <a class="dl-tools__share" href="/share?u=%s">Share</a>
                    <a class="dl-tools__print" href="javascript:window.print()">Print</a>
                  </div>
                  <div class="story-body">
                %s
                  </div>
                  <div class="story-meta">
                    <p class="story-meta__byline">By %s</p>
                    <p class="story-meta__date">Published <time datetime="%s">%s</time></p>
                    <p class="story-meta__copyright">Copyright The Daily Ledger. Please do not cut and paste articles and redistribute by email or post to the web.</p>
                  </div>
                  <div class="dl-ad dl-ad--native"><span class="dl-ad__label">Advertisement</span><div class="dl-ad__slot" data-slot="native-1"></div></div>
                """.formatted(
                        esc(pub.section()),
                        esc(Html.capitalise(pub.section())),
                        esc(pub.title()),
                        esc(pub.dek()),
                        esc(page.canonical().toString()),
                        Html.body(pub.body()),
                        Html.authorLinks(pub.authors(), "/people/", "", " class=\"dl-author\""),
                        Html.datetime(pub.published(), site.outlet().zone()),
                        esc(Html.display(pub.published(), site.outlet().zone(), "MMMM d yyyy, HH:mm z"))));
        h.append("  <section class=\"dl-related\">\n    <h3>Read more on this topic</h3>\n");
        for (Publication other : page.related()) {
            h.append("    <div class=\"dl-card\"><a href=\"%s\">%s</a></div>\n"
                    .formatted(esc(other.path()), esc(other.title())));
        }
        h.append("  </section>\n");
        popular(h, page.mostRead());
        h.append("""
                  <div id="dl-comments" class="comments-placeholder" data-comments-enabled="true">
                    <p>Comments (0). <a href="/login">Sign in</a> or <a href="/subscribe">subscribe</a> to join the conversation.</p>
                  </div>
                </main>
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
                site.name() + ": " + site.outlet().tagline(),
                site.baseUrl().toString());
        h.append("</head>\n<body>\n");
        top(h, site);
        h.append("<main id=\"main-content\" class=\"dl-main dl-home\">\n  <ul class=\"dl-stream\">\n");
        for (Publication pub : page.latest()) {
            h.append("""
                        <li class="dl-stream__item">
                          <span class="dl-stream__section">%s</span>
                          <a class="dl-stream__headline" href="%s">%s</a>
                          <p class="dl-stream__teaser">%s</p>
                          <time datetime="%s">%s</time>
                        </li>
                    """.formatted(
                            esc(Html.capitalise(pub.section())),
                            esc(pub.path()),
                            esc(pub.title()),
                            esc(pub.dek()),
                            Html.datetime(pub.published(), site.outlet().zone()),
                            esc(Html.display(pub.published(), site.outlet().zone(), "MMMM d, HH:mm"))));
        }
        h.append("  </ul>\n");
        popular(h, page.latest().stream().limit(5).toList());
        h.append("</main>\n");
        footer(h, site);
        return h.toString();
    }

    private static ObjectNode graph(ArticlePage page) {
        ObjectNode article = JsonLd.newsArticle(page);
        article.remove("@context");
        article.put("@id", page.canonical() + "#article");
        article.put("isAccessibleForFree", true);
        ObjectNode root = JsonLd.MAPPER.createObjectNode();
        root.put("@context", "https://schema.org");
        var graph = root.putArray("@graph");
        graph.addObject()
                .put("@type", "WebPage")
                .put("@id", page.canonical().toString())
                .put("url", page.canonical().toString())
                .put("name", page.pub().title());
        graph.add(article);
        return root;
    }

    private static void head(StringBuilder h, Site site, String title, String canonical) {
        h.append("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>%s</title>
                <link rel="canonical" href="%s">
                <link rel="alternate" type="application/atom+xml" title="%s" href="%s">
                <script src="/assets/consent-manager.js" defer></script>
                """.formatted(esc(title), esc(canonical), esc(site.name()), esc(site.feedUrl())));
    }

    private static void top(StringBuilder h, Site site) {
        h.append("""
                <div class="consent-overlay" id="gdpr-consent">
                  <h2>Your privacy</h2>
                  <p>The Daily Ledger and its partners store cookies on your device to measure audiences and show relevant advertising.</p>
                  <button>Accept cookies</button> <a href="/cookies">Manage cookies</a>
                </div>
                <div class="dl-ticker" aria-label="Markets data">
                  <span class="dl-ticker__item">VSX 40 <b>8,412.30</b> <i class="up">+0.4%%</i></span>
                  <span class="dl-ticker__item">ARK/EUR <b>7.4512</b> <i class="down">-0.1%%</i></span>
                  <span class="dl-ticker__item">Brent <b>81.20</b> <i class="up">+1.2%%</i></span>
                  <span class="dl-ticker__item">10Y <b>2.87%%</b></span>
                </div>
                <header class="dl-header">
                  <a class="dl-brand" href="/">%s</a>
                  <nav class="dl-nav">
                    <a href="/markets">Markets</a> <a href="/business">Companies</a> <a href="/economy">Economy</a>
                    <a href="/technology">Technology</a> <a href="/opinion">Opinion</a> <a href="/life-arts">Life &amp; Arts</a>
                  </nav>
                  <a class="dl-subscribe" href="/subscribe">Subscribe</a> <a class="dl-signin" href="/login">Sign in</a>
                </header>
                <div class="dl-ad dl-ad--top"><span class="dl-ad__label">Advertisement</span><div class="dl-ad__slot" data-slot="top-970"></div></div>
                """.formatted(esc(site.name())));
    }

    private static void popular(StringBuilder h, java.util.List<Publication> mostRead) {
        h.append("  <aside class=\"dl-popular\">\n    <h3>Most read</h3>\n    <ol>\n");
        for (Publication pub : mostRead) {
            h.append("      <li><a href=\"%s\">%s</a></li>\n".formatted(esc(pub.path()), esc(pub.title())));
        }
        h.append("""
                    </ol>
                  </aside>
                  <aside class="dl-newsletter">
                    <h3>Ledger Briefing</h3>
                    <p>The markets, the deals and the numbers that matter, every weekday at 7am.</p>
                    <form action="/newsletters" method="post"><input type="email" name="email" placeholder="Work email"><button>Subscribe</button></form>
                  </aside>
                """);
    }

    private static void footer(StringBuilder h, Site site) {
        h.append("""
                <footer class="dl-footer">
                  <ul class="dl-footer__legal">
                    <li><a href="/terms">Terms &amp; Conditions</a></li>
                    <li><a href="/privacy">Privacy</a></li>
                    <li><a href="/cookies">Cookies</a></li>
                    <li><a href="/accessibility">Accessibility</a></li>
                    <li><a href="/slavery-statement">Modern slavery statement</a></li>
                  </ul>
                  <small>&copy; The Daily Ledger %s. Markets data delayed by at least 15 minutes.</small>
                </footer>
                </body>
                </html>
                """.formatted(Html.display(site.now(), site.outlet().zone(), "yyyy")));
    }
}
