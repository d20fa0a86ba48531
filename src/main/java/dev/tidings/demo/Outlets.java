package dev.tidings.demo;

import dev.tidings.demo.FeedStyle.Format;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** The eight fictional outlets: names, feeds, URL layouts and templates. */
final class Outlets {

    /** Ardenia keeps central European time; most outlets print their times in it. */
    static final ZoneId ARDENIA = ZoneId.of("Europe/Copenhagen");

    private static final List<Outlet> ALL = List.of(
            new Outlet(
                    "harbour-times",
                    "The Harbour Times",
                    "News, analysis and comment from Ardenia and the world",
                    ARDENIA,
                    new FeedStyle(Format.RSS_2_0, true),
                    "/rss.xml",
                    null,
                    (outlet, article, published) -> "/" + date(published, outlet, "yyyy/MM/dd") + "/" + article.slug(),
                    new HarbourTimesTemplate()),
            new Outlet(
                    "daily-ledger",
                    "The Daily Ledger",
                    "Business, markets and the economy",
                    ARDENIA,
                    new FeedStyle(Format.ATOM_1_0, true),
                    "/feeds/atom.xml",
                    null,
                    (outlet, article, published) -> "/" + article.section() + "/"
                            + date(published, outlet, "yyyy/MM/dd") + "/" + article.slug(),
                    new DailyLedgerTemplate()),
            new Outlet(
                    "northwind-post",
                    "Northwind Post",
                    "News for Marrow Bay and the north",
                    ARDENIA,
                    new FeedStyle(Format.RSS_2_0, false),
                    "/feed/",
                    null,
                    (outlet, article, published) ->
                            "/news/" + article.section() + "/" + numericId(outlet, article) + "-" + article.slug(),
                    new NorthwindPostTemplate()),
            new Outlet(
                    "metro-wire",
                    "Metro Wire",
                    "Fast news for the capital",
                    ARDENIA,
                    new FeedStyle(Format.JSON_FEED_1_1, true),
                    "/feed.json",
                    "utm_source=feed&utm_medium=json&utm_campaign=metro-wire-latest",
                    (outlet, article, published) ->
                            "/" + article.section() + "/" + article.slug() + "-n" + numericId(outlet, article),
                    new MetroWireTemplate()),
            new Outlet(
                    "circuit-signal",
                    "Circuit & Signal",
                    "Technology and science, explained",
                    ARDENIA,
                    new FeedStyle(Format.ATOM_1_0, false),
                    "/atom.xml",
                    null,
                    (outlet, article, published) ->
                            "/articles/" + date(published, outlet, "yyyy/MM") + "/" + article.slug(),
                    new CircuitSignalTemplate()),
            new Outlet(
                    "field-gazette",
                    "The Field Gazette",
                    "Country life, farming and the outdoors",
                    ARDENIA,
                    new FeedStyle(Format.JSON_FEED_1_1, false),
                    "/feeds/latest.json",
                    null,
                    (outlet, article, published) -> "/" + article.section() + "/" + article.slug() + ".html",
                    new FieldGazetteTemplate()),
            new Outlet(
                    "global-observer",
                    "Global Observer",
                    "International news and analysis",
                    ZoneOffset.UTC,
                    new FeedStyle(Format.ATOM_1_0, true),
                    "/feeds/all.atom",
                    null,
                    (outlet, article, published) -> "/" + article.section() + "/"
                            + date(published, outlet, "yyyy/MMM/dd").toLowerCase(Locale.ROOT) + "/"
                            + article.slug(),
                    new GlobalObserverTemplate()),
            new Outlet(
                    "civic-voice",
                    "Civic Voice",
                    "Opinion, debate and ideas",
                    ARDENIA,
                    new FeedStyle(Format.RSS_2_0, false),
                    "/rss",
                    null,
                    (outlet, article, published) ->
                            "/opinion/" + date(published, outlet, "yyyy/MM/dd") + "/" + article.slug(),
                    new CivicVoiceTemplate()));

    private Outlets() {}

    static List<Outlet> all() {
        return ALL;
    }

    private static String date(Instant published, Outlet outlet, String pattern) {
        return Html.display(published, outlet.zone(), pattern);
    }

    private static int numericId(Outlet outlet, ArticleSource article) {
        return Publication.numericId(outlet.slug(), article.slug());
    }
}
