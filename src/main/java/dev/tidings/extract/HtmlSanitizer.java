package dev.tidings.extract;

import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Reduces article HTML to an allow-list of text, structure and media tags. Scripts, styles,
 * forms, event handlers and {@code javascript:}/{@code data:} URLs go; links become absolute
 * with {@code rel="nofollow noopener"}; iframes stay only when they come from an allowed video
 * host. Thread-safe.
 */
public final class HtmlSanitizer {

    /** Text, structure and media tags that survive; everything else is dropped, its text kept. */
    private static final String[] ALLOWED_TAGS = ("a abbr b blockquote br caption cite code dd del dfn div dl dt em"
                    + " figcaption figure h1 h2 h3 h4 h5 h6 hr i ins kbd li mark ol p picture pre q s samp section"
                    + " small span strong sub sup table tbody td tfoot th thead time tr u ul var img iframe video")
            .split(" ");

    private final Cleaner cleaner;

    public HtmlSanitizer() {
        Safelist safelist = new Safelist()
                .addTags(ALLOWED_TAGS)
                .addAttributes("a", "href", "title")
                .addAttributes("img", "src", "alt", "width", "height", "title")
                .addAttributes("iframe", "src", "width", "height", "allowfullscreen", "title")
                .addAttributes("video", "src", "poster", "controls", "width", "height")
                .addAttributes("td", "colspan", "rowspan")
                .addAttributes("th", "colspan", "rowspan", "scope")
                .addAttributes("ol", "start", "reversed")
                .addAttributes("time", "datetime")
                .addAttributes("blockquote", "cite")
                .addAttributes("q", "cite")
                .addAttributes("abbr", "title")
                .addProtocols("a", "href", "http", "https", "mailto")
                .addProtocols("img", "src", "http", "https")
                .addProtocols("iframe", "src", "https")
                .addProtocols("video", "src", "http", "https")
                .addProtocols("video", "poster", "http", "https")
                .addProtocols("blockquote", "cite", "http", "https")
                .addProtocols("q", "cite", "http", "https")
                .addEnforcedAttribute("a", "rel", "nofollow noopener")
                .preserveRelativeLinks(false);
        this.cleaner = new Cleaner(safelist);
    }

    /** The safe form of an HTML fragment; relative URLs resolve against {@code baseUrl} (may be null). */
    public String sanitize(String html, URI baseUrl) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html, baseUrl == null ? "" : baseUrl.toString());
        return sanitize(dirty.body());
    }

    /** The safe HTML of {@code root}'s children; the element's base URI resolves relative links. */
    String sanitize(Element root) {
        PagePreparer.prepare(root);
        Document shell = Document.createShell(root.baseUri());
        shell.body().insertChildren(0, root.childNodesCopy());
        Document clean = cleaner.clean(shell);
        clean.outputSettings().prettyPrint(false);
        dropLeftovers(clean.body());
        return clean.body().html();
    }

    /** Images whose only source was a data: URL, and iframes from hosts off the allow-list. */
    private static void dropLeftovers(Element body) {
        for (Element img : body.getElementsByTag("img")) {
            if (img.attr("src").isEmpty()) {
                img.remove();
            }
        }
        for (Element iframe : body.getElementsByTag("iframe")) {
            if (!Embeds.isAllowed(iframe.attr("src"))) {
                iframe.remove();
            }
        }
    }
}
