package dev.tidings.feed;

/** The namespace URIs that carry meaning in the feeds we read. */
final class Namespaces {

    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String RSS_1_0 = "http://purl.org/rss/1.0/";
    static final String RSS_0_90 = "http://my.netscape.com/rdf/simple/0.9/";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String DC_TERMS = "http://purl.org/dc/terms/";
    static final String ATOM_1_0 = "http://www.w3.org/2005/Atom";
    static final String ATOM_0_3 = "http://purl.org/atom/ns#";

    private Namespaces() {}

    /** Media RSS, which publishers write with and without the trailing slash. */
    static boolean isMedia(String ns) {
        return ns.equals("http://search.yahoo.com/mrss/") || ns.equals("http://search.yahoo.com/mrss");
    }
}
