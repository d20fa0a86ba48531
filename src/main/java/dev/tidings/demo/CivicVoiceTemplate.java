package dev.tidings.demo;

import static dev.tidings.demo.Html.esc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * An opinion site: author card above the column, body in {@code section.column-text}, a writer's
 * note after it, JSON-LD as an array of NewsArticle and BreadcrumbList.
 */
final class CivicVoiceTemplate implements OutletTemplate {

    @Override
    public String articlePage(ArticlePage page) {
        Publication pub = page.pub();
        Site site = page.site();
        var h = new StringBuilder();
        head(
                h,
                site,
                pub.title() + " | Opinion | " + site.name(),
                page.canonical().toString());
        h.append("<meta name=\"description\" content=\"").append(esc(pub.dek())).append("\">\n");
        h.append(JsonLd.script(metadata(page))).append("\n</head>\n<body class=\"cv-opinion\">\n");
        top(h, site);
        h.append("""
                <div class="cv-wrap">
                <div class="cv-column">
                  <p class="cv-label">Opinion &middot; %s</p>
                  <h1 class="cv-headline">%s</h1>
                  <p class="cv-dek">%s</p>
                  <div class="cv-author-card">
                    <span class="cv-author-card__name">%s</span>
                    <span class="cv-author-card__date">Published <time datetime="%s">%s</time></span>
                  </div>
                  <div class="cv-sharebar"><span>Share</span> <a href="/s/fb">Facebook</a> <a href="/s/x">X</a> <a href="/s/mail">Email</a> <a href="/s/link">Link</a></div>
                  <section class="column-text">
                %s
                  </section>
                  <div class="cv-bio"><p><em>%s</em></p></div>
                  <div class="cv-letters">Do you have an opinion on the issues raised in this column? <a href="/letters/submit">Write us a letter</a> of up to 300 words.</div>
                </div>
                """.formatted(
                        esc(Html.capitalise(pub.section())),
                        esc(pub.title()),
                        esc(pub.dek()),
                        Html.authorLinks(pub.authors(), "/contributors/", "", ""),
                        Html.datetime(pub.published(), site.outlet().zone()),
                        esc(Html.display(pub.published(), site.outlet().zone(), "d MMMM yyyy, HH:mm")),
                        Html.body(pub.body()),
                        esc(bio(pub, site))));
        aside(h, page.mostRead());
        h.append("</div>\n<section class=\"cv-more\">\n  <h2>Read more opinion</h2>\n");
        for (Publication other : page.related()) {
            h.append("  <article class=\"cv-more__item\"><a href=\"%s\">%s</a> <span>%s</span></article>\n"
                    .formatted(esc(other.path()), esc(other.title()), esc(other.byline())));
        }
        h.append("""
                </section>
                <div class="cv-comments" id="cv-comments"><noscript>Enable JavaScript to read and write comments.</noscript><div data-comment-thread="%d"></div></div>
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
                site.name() + " | " + site.outlet().tagline(),
                site.baseUrl().toString());
        h.append("</head>\n<body class=\"cv-home\">\n");
        top(h, site);
        h.append("<div class=\"cv-wrap\">\n<div class=\"cv-column-list\">\n  <h1>Latest columns</h1>\n");
        for (Publication pub : page.latest()) {
            h.append("""
                      <div class="cv-teaser">
                        <p class="cv-teaser__author">%s</p>
                        <h2 class="cv-teaser__headline"><a href="%s">%s</a></h2>
                        <p class="cv-teaser__dek">%s</p>
                        <time datetime="%s">%s</time>
                      </div>
                    """.formatted(
                            esc(pub.byline()),
                            esc(pub.path()),
                            esc(pub.title()),
                            esc(pub.dek()),
                            Html.datetime(pub.published(), site.outlet().zone()),
                            esc(Html.display(pub.published(), site.outlet().zone(), "d MMMM"))));
        }
        h.append("</div>\n");
        aside(h, page.latest().stream().limit(5).toList());
        h.append("</div>\n");
        footer(h, site);
        return h.toString();
    }

    private static String bio(Publication pub, Site site) {
        if (pub.syndicated()) {
            return "This article was supplied by Continental Press.";
        }
        return pub.byline() + (pub.authors().size() > 1 ? " write" : " writes") + " for " + site.name() + ".";
    }

    private static ArrayNode metadata(ArticlePage page) {
        ArrayNode nodes = JsonLd.MAPPER.createArrayNode();
        nodes.add(JsonLd.newsArticle(page));
        ObjectNode breadcrumbs = nodes.addObject();
        breadcrumbs.put("@context", "https://schema.org");
        breadcrumbs.put("@type", "BreadcrumbList");
        ArrayNode items = breadcrumbs.putArray("itemListElement");
        items.addObject()
                .put("@type", "ListItem")
                .put("position", 1)
                .put("name", "Opinion")
                .put("item", page.site().url("/opinion").toString());
        items.addObject()
                .put("@type", "ListItem")
                .put("position", 2)
                .put("name", Html.capitalise(page.pub().section()))
                .put("item", page.site().url("/opinion/" + page.pub().section()).toString());
        return nodes;
    }

    private static void head(StringBuilder h, Site site, String title, String canonical) {
        h.append("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="canonical" href="%s">
                <link rel="alternate" type="application/rss+xml" title="%s" href="%s">
                """.formatted(esc(title), esc(canonical), esc(site.name()), esc(site.feedUrl())));
    }

    private static void top(StringBuilder h, Site site) {
        h.append("""
                <div class="cv-banner cv-banner--cookies" role="dialog">
                  <p>Civic Voice uses cookies to keep the site working and, with your consent, to measure readership. <a href="/cookies">Cookie policy</a></p>
                  <button>Accept</button> <button>Only necessary cookies</button>
                </div>
                <header class="cv-masthead">
                  <a href="/" class="cv-wordmark">%s</a>
                  <span class="cv-strapline">%s</span>
                  <nav class="cv-sections"><a href="/columns">Columns</a> <a href="/editorials">Editorials</a> <a href="/letters">Letters</a> <a href="/debate">Debate</a> <a href="/podcasts">Podcasts</a></nav>
                  <a class="cv-donate" href="/support">Support us</a>
                </header>
                """.formatted(esc(site.name()), esc(site.outlet().tagline())));
    }

    private static void aside(StringBuilder h, List<Publication> mostRead) {
        h.append("""
                <aside class="cv-aside">
                  <div class="cv-ad"><p class="cv-ad__label">Advertisement</p><div class="cv-ad__slot"></div></div>
                  <div class="cv-most-read"><h2>Most read</h2><ol>
                """);
        for (Publication pub : mostRead) {
            h.append("    <li><a href=\"%s\">%s</a></li>\n".formatted(esc(pub.path()), esc(pub.title())));
        }
        h.append("""
                  </ol></div>
                  <div class="cv-newsletter"><h2>The Argument</h2><p>The week&rsquo;s sharpest opinion, every Sunday morning.</p>
                  <form action="/newsletter" method="post"><input type="email" name="email" placeholder="you@example.com"><button>Sign up</button></form></div>
                </aside>
                """);
    }

    private static void footer(StringBuilder h, Site site) {
        h.append("""
                <footer class="cv-footer">
                  <p><a href="/about">About Civic Voice</a> &middot; <a href="/editorial-code">Editorial code</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a> &middot; <a href="/terms">Terms</a></p>
                  <p>&copy; %s Civic Voice Trust. Registered charity.</p>
                </footer>
                </body>
                </html>
                """.formatted(Html.display(site.now(), site.outlet().zone(), "yyyy")));
    }
}
