package dev.tidings.demo;

import static dev.tidings.demo.Html.esc;

import java.util.List;

/**
 * An old weekly's site laid out in a table: body in {@code div.story-text}, byline and date below
 * it, OpenGraph tags only.
 */
final class FieldGazetteTemplate implements OutletTemplate {

    @Override
    public String articlePage(ArticlePage page) {
        Publication pub = page.pub();
        Site site = page.site();
        var h = new StringBuilder();
        head(h, site, site.name() + " :: " + pub.title(), page.canonical().toString());
        h.append(OpenGraph.tags(page, false)).append("</head>\n<body>\n");
        top(h, site);
        h.append("""
                <div class="story">
                  <div class="headline"><h1>%s</h1></div>
                  <p class="story-intro"><em>%s</em></p>
                  <div class="story-text">
                %s
                  </div>
                  <p class="story-byline">Words: <b>%s</b><br>
                  Published <time datetime="%s">%s</time> in <a href="/%s/">%s</a></p>
                  <div class="share-this">Share this story: <a href="/share.php?to=facebook">Facebook</a> | <a href="/share.php?to=x">X</a> | <a href="/share.php?to=email">Email a friend</a> | <a href="javascript:print()">Print</a></div>
                </div>
                <div class="see-also"><b>See also:</b>
                <ul>
                """.formatted(
                        esc(pub.title()),
                        esc(pub.dek()),
                        Html.body(pub.body()),
                        esc(pub.byline()),
                        Html.datetime(pub.published(), site.outlet().zone()),
                        esc(Html.display(pub.published(), site.outlet().zone(), "EEEE, d MMMM yyyy")),
                        esc(pub.section()),
                        esc(Html.capitalise(pub.section()))));
        for (Publication other : page.related()) {
            h.append("<li><a href=\"%s\">%s</a></li>\n".formatted(esc(other.path()), esc(other.title())));
        }
        h.append("""
                </ul></div>
                <div class="comments-box" id="have-your-say">
                  <h3>Have your say</h3>
                  <p>Comments are moderated and may take a while to appear. <a href="/house-rules.html">House rules</a>.</p>
                  <div class="comments-widget" data-src="/comments/embed.js"></div>
                </div>
                """);
        bottom(h, site, page.mostRead());
        return h.toString();
    }

    @Override
    public String frontPage(FrontPage page) {
        Site site = page.site();
        var h = new StringBuilder();
        head(
                h,
                site,
                site.name() + " :: " + site.outlet().tagline(),
                site.baseUrl().toString());
        h.append("</head>\n<body>\n");
        top(h, site);
        h.append("<h1 class=\"page-title\">Latest from the Gazette</h1>\n<table class=\"news-list\">\n");
        for (Publication pub : page.latest()) {
            h.append("""
                    <tr><td class="news-date"><time datetime="%s">%s</time></td>
                    <td class="news-item"><a class="news-title" href="%s">%s</a><br><span class="news-teaser">%s</span></td></tr>
                    """.formatted(
                            Html.datetime(pub.published(), site.outlet().zone()),
                            esc(Html.display(pub.published(), site.outlet().zone(), "d MMM")),
                            esc(pub.path()),
                            esc(pub.title()),
                            esc(pub.dek())));
        }
        h.append("</table>\n");
        bottom(h, site, page.latest().stream().limit(5).toList());
        return h.toString();
    }

    private static void head(StringBuilder h, Site site, String title, String canonical) {
        h.append("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
                <title>%s</title>
                <link rel="canonical" href="%s">
                <link rel="alternate" type="application/feed+json" title="%s" href="%s">
                <link rel="stylesheet" type="text/css" href="/css/gazette.css">
                """.formatted(esc(title), esc(canonical), esc(site.name()), esc(site.feedUrl())));
    }

    private static void top(StringBuilder h, Site site) {
        h.append("""
                <div id="cookie-bar">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies.html">Find out more</a> <a href="#" id="cookie-ok">[close]</a></div>
                <div id="wrapper">
                <div id="header">
                  <h2 id="logo"><a href="/">%s</a></h2>
                  <div id="tagline">%s &middot; Est. 1887</div>
                </div>
                <ul id="menu">
                  <li><a href="/">Home</a></li><li><a href="/farming/">Farming</a></li><li><a href="/science/">Nature</a></li>
                  <li><a href="/sport/">Country sports</a></li><li><a href="/culture/">Shows &amp; fairs</a></li><li><a href="/classifieds/">Classifieds</a></li>
                </ul>
                <table id="layout" width="100%%" cellpadding="0" cellspacing="0"><tr>
                <td id="leftcol" valign="top">
                  <div class="ad-box"><span class="ad-label">Advertisement</span><div class="ad-120x600"></div></div>
                  <div class="weather-box"><b>Farm weather</b><br>Frost likely inland tonight.</div>
                </td>
                <td id="maincol" valign="top">
                """.formatted(esc(site.name()), esc(site.outlet().tagline())));
    }

    private static void bottom(StringBuilder h, Site site, List<Publication> mostRead) {
        h.append(
                "</td>\n<td id=\"rightcol\" valign=\"top\">\n  <div class=\"box most-read\"><h3>Most read this week</h3><ol>\n");
        for (Publication pub : mostRead) {
            h.append("    <li><a href=\"%s\">%s</a></li>\n".formatted(esc(pub.path()), esc(pub.title())));
        }
        h.append("""
                  </ol></div>
                  <div class="box newsletter"><h3>Gazette by email</h3><p>Our weekly newsletter: prices, shows and country news.</p>
                  <form action="/newsletter.php" method="post"><input type="text" name="email" size="18"><input type="submit" value="Join"></form></div>
                  <div class="ad-box"><span class="ad-label">Advertisement</span><div class="ad-160x600"></div></div>
                </td>
                </tr></table>
                <div id="footer">
                  <a href="/about.html">About the Gazette</a> | <a href="/advertise.html">Advertise with us</a> | <a href="/privacy.html">Privacy statement</a> | <a href="/terms.html">Terms of use</a> | <a href="/cookies.html">Cookies</a><br>
                  &copy; %s The Field Gazette Publishing Co.
                </div>
                </div>
                </body>
                </html>
                """.formatted(Html.display(site.now(), site.outlet().zone(), "yyyy")));
    }
}
