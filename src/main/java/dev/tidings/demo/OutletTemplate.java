package dev.tidings.demo;

/** One outlet's HTML: its own markup, class names, layout and clutter. */
interface OutletTemplate {

    String articlePage(ArticlePage page);

    String frontPage(FrontPage page);

    /** Whether the pages show a lead image, which the site must then serve. */
    default boolean leadImages() {
        return false;
    }
}
