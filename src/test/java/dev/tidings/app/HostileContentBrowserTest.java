package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.tidings.article.ArticleCard;
import dev.tidings.fetch.HostileServer;
import dev.tidings.source.NewSource;
import dev.tidings.xss.XssProbe;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles built from hostile publisher HTML (scripts, event handlers, javascript: URLs, forms,
 * foreign iframes, SVG and MathML tricks, mutation XSS), once from the article page (extractor)
 * and once from the feed's own content (sanitizer), ingested by the real pipeline and opened in
 * headless Chromium: no script may run, no dialog open, no hostile resource be requested, and
 * the article body must hold nothing active. Requests off loopback are refused by the browser.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileContentBrowserTest {
    private static final List<String> PAYLOADS =
            List.of("scripts", "handlers", "urls", "forms", "frames", "svg", "mutation");

    @TempDir
    static Path dataDir;

    private HostileServer publisher;
    private Tidings tidings;
    private Playwright playwright;
    private Browser browser;

    @BeforeAll
    void start() {
        assumeTrue(XssProbe.available(), "Chromium is not installed at " + XssProbe.CHROMIUM);
        publisher = new HostileServer();
        String base = "http://127.0.0.1:" + publisher.port();
        StringBuilder items = new StringBuilder();
        for (String name : PAYLOADS) {
            String payload = resource("payloads/" + name + ".html").replace("{{base}}", base);
            publisher.ok("/page/" + name, "text/html; charset=utf-8", utf8(page(name, payload)));
            items.append(item("Hostile page: " + name, base + "/page/" + name, "page-" + name, null));
            items.append(item(
                    "Hostile feed content: " + name,
                    base + "/gone/" + name,
                    "feed-" + name,
                    paragraphs(name, "feed") + payload + "<p>The end of the feed copy of " + name + ".</p>"));
        }
        items.append(item(
                "<img src=x onerror=alert('title')> in a title",
                base + "/gone/title",
                "title",
                paragraphs("title", "feed")));
        publisher.ok(
                "/feed.xml",
                "application/rss+xml",
                utf8("<rss version=\"2.0\"><channel><title>Hostile Herald</title>" + items + "</channel></rss>"));
        publisher.ok("/evil-frame.html", "<script>parent.alert('foreign frame')</script>");
        publisher.ok("/evil.js", "text/javascript", utf8("alert('external script')"));

        tidings = new Tidings(Settings.from(dataDir, Map.of()), Clock.systemUTC());
        tidings.sources.add(new NewSource(publisher.url("/feed.xml"), null, "Hostile Herald", null, true, 900));
        tidings.ingestion.refreshAllOnce();
        tidings.serve("127.0.0.1", 0);

        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = XssProbe.chromium(playwright);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (tidings != null) {
            tidings.close();
        }
        if (publisher != null) {
            publisher.close();
        }
    }

    @Test
    void everyHostileArticleWasStored() {
        assertThat(tidings.articles.latest(100))
                .extracting(ArticleCard::title)
                .hasSize(2 * PAYLOADS.size() + 1)
                .anyMatch(t -> t.endsWith("in a title"));
    }

    @Test
    void noScriptRunsOnAnyHostileArticleOrOnTheListsShowingThem() {
        List<String> events = new CopyOnWriteArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> hostile = List.of("/evil.js", "/evil-frame.html", "/steal");
        List<Long> hitsBefore = hostile.stream().map(publisher::hits).toList();
        BrowserContext context = browser.newContext();
        context.route("**/*", route -> {
            String url = route.request().url();
            if (url.startsWith("http://127.0.0.1:")) {
                route.resume();
            } else {
                events.add("request off loopback refused: " + url);
                route.abort();
            }
        });
        Page page = context.newPage();
        page.onDialog(d -> {
            events.add("dialog " + d.type() + ": " + d.message());
            d.dismiss();
        });
        page.onPageError(e -> events.add("page error: " + e));
        page.onPopup(p -> events.add("popup: " + p.url()));
        String site = "http://127.0.0.1:" + tidings.port();
        List<String> paths = new ArrayList<>(List.of("/", "/latest", "/source/hostile-herald"));
        for (ArticleCard card : tidings.articles.latest(100)) {
            paths.add(card.path());
        }
        for (String path : paths) {
            page.navigate(site + path);
            page.waitForLoadState();
            if (path.contains("/article/")) {
                page.locator("article.story .body").hover();
                problems.addAll(activeContent(page, path));
            }
            page.waitForTimeout(150); // let any timer or event a payload set up fire
        }
        context.close();

        assertThat(events)
                .as("script ran, a dialog opened or a hostile request left")
                .isEmpty();
        assertThat(problems).as("active content in article bodies").isEmpty();
        assertThat(hostile.stream().map(publisher::hits).toList())
                .as("requests for " + hostile)
                .isEqualTo(hitsBefore);
    }

    @Test
    void theDetectorsDoFireOnThePublishersRawPages() {
        // The control: the same payloads served raw do run script, so silence above means something.
        List<String> dialogs = new CopyOnWriteArrayList<>();
        BrowserContext context = browser.newContext();
        context.route("**/*", route -> {
            if (route.request().url().startsWith("http://127.0.0.1:")) {
                route.resume();
            } else {
                route.abort();
            }
        });
        Page page = context.newPage();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        for (String name : List.of("scripts", "handlers")) {
            page.navigate(publisher.url("/page/" + name).toString());
            page.waitForLoadState();
            page.waitForTimeout(150);
        }
        context.close();
        assertThat(dialogs).contains("inline script", "img onerror");
    }

    /** Anything in the article body that could run or submit, read from the live DOM. */
    @SuppressWarnings("unchecked")
    private static List<String> activeContent(Page page, String path) {
        List<String> found = (List<String>) page.evaluate("""
                () => {
                  const found = [];
                  const body = document.querySelector('article.story .body');
                  const active = ['SCRIPT','STYLE','FORM','INPUT','BUTTON','TEXTAREA','SELECT','OBJECT','EMBED',
                    'FRAME','FRAMESET','BASE','META','LINK','SVG','MATH','TEMPLATE','NOSCRIPT'];
                  for (const el of body.querySelectorAll('*')) {
                    if (active.includes(el.tagName.toUpperCase())) found.push('<' + el.tagName.toLowerCase() + '>');
                    if (el.tagName === 'IFRAME' && !/^https:\\/\\/(www\\.)?(youtube(-nocookie)?\\.com|player\\.vimeo\\.com)\\//.test(el.src))
                      found.push('iframe ' + el.src);
                    for (const a of el.attributes) {
                      const v = a.value.replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
                      if (a.name.startsWith('on') || a.name === 'style' || a.name === 'srcdoc' || a.name === 'formaction')
                        found.push(el.tagName.toLowerCase() + '@' + a.name);
                      if (/^(javascript|vbscript|data):/.test(v)) found.push(el.tagName.toLowerCase() + '@' + a.name + '=' + a.value);
                    }
                  }
                  return found;
                }
                """);
        return found.stream().map(f -> path + ": " + f).toList();
    }

    private static String page(String name, String payload) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Hostile page: " + name
                + "</title><script>alert('head script')</script></head><body onload=\"alert('page onload')\">"
                + "<article><h1>Hostile page: " + name + "</h1>" + paragraphs(name, "page") + payload
                + "<p>After the payload the story goes on for another paragraph, as stories do, with enough words"
                + " that the extractor keeps this part of the page as the body of the article.</p></article></body></html>";
    }

    private static String paragraphs(String name, String copy) {
        return "<p>This article about " + name + " was written by a publisher that does not wish its readers well."
                + " Its paragraphs look like any other story, so that the extractor takes them for the body.</p>"
                + "<p>A second paragraph adds detail on " + name + ": where it happened, who said what, and what"
                + " happens next, in the plain sentences of ordinary news writing.</p>"
                // Distinct text per article, so the near-duplicate detector keeps every one.
                + DistinctText.paragraphs((copy + name).hashCode(), 2);
    }

    private static String item(String title, String link, String guid, String content) {
        return "<item><title>" + escape(title) + "</title><link>" + link + "</link><guid>" + guid
                + "</guid><description>A hostile story.</description>"
                + (content == null
                        ? ""
                        : "<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                                + escape(content) + "</content:encoded>")
                + "</item>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String resource(String name) {
        try (InputStream in = HostileContentBrowserTest.class.getResourceAsStream("/dev/tidings/app/hostile/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
