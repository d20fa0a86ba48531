package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import dev.tidings.xss.XssProbe;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo site in Debian's headless Chromium: a reader follows a headline from the home page to
 * its article page, asks a question, loads older articles; the pages pass axe-core's accessibility
 * checks, keep to their content security policy and fit a phone. Run alone with {@code ./mvnw test -Dtest=DemoSiteBrowserTest}. Without
 * Chromium installed it is skipped, unless {@code TIDINGS_REQUIRE_BROWSER=1} (as in CI) makes that
 * a failure.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSiteBrowserTest {

    /** axe-core's rule sets for WCAG 2.1 levels A and AA. */
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @TempDir
    static Path dataDir;

    private DemoSite site;
    private Playwright playwright;
    private Browser browser;
    private final List<String> pageErrors = new ArrayList<>();

    @BeforeAll
    void start() throws InterruptedException {
        assumeTrue(
                XssProbe.available(),
                "Chromium is not installed at " + XssProbe.CHROMIUM
                        + " (apt-get install chromium); set TIDINGS_REQUIRE_BROWSER=1 to make this a failure");
        site = DemoSite.start(Settings.from(dataDir, Map.of()), "127.0.0.1", 0, Clock.systemUTC());
        for (int i = 0; i < 1200 && !site.ingested(); i++) {
            Thread.sleep(100);
        }
        site.awaitTags(); // tags settle after the fiftieth article: the tour follows one
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
        if (site != null) {
            site.close();
        }
    }

    @Test
    void aReaderFollowsAHeadlineToTheArticleAndSeesItsFourSections() {
        assertThat(site.ingested()).as("demo newsroom ingested").isTrue();
        Page page = browser.newPage();
        page.onPageError(pageErrors::add);
        page.navigate(base() + "/");

        // the latest twenty under the top stories, the rest a link away
        assertThat(page.locator("#latest-heading ~ article.card h3 a").count()).isEqualTo(20);
        assertThat(page.locator("#latest-heading ~ p.more a").getAttribute("href"))
                .startsWith("/latest");
        // Top stories lead the page, each with its outlets; the syndicated wire story is shown once.
        List<String> headlines = page.locator("article.story-card h2 a").allTextContents();
        assertThat(headlines).hasSizeGreaterThanOrEqualTo(5);
        assertThat(page.locator("article.story-card")
                        .first()
                        .locator(".outlets")
                        .textContent())
                .contains(" · ");
        assertThat(headlines.stream().filter(h -> h.startsWith("Rail workers call nationwide strike")))
                .hasSizeLessThanOrEqualTo(1);
        // "full coverage" only where there is more than one outlet to cover it
        List<String> coverage =
                page.locator("article.story-card a.full-coverage").allTextContents();
        assertThat(coverage.getFirst()).matches("\\d+ outlets · full coverage →");
        assertThat(coverage).noneMatch(c -> c.startsWith("1 outlet") && c.contains("full coverage"));
        assertThat(page.locator("article.card time").first().textContent())
                .matches("just now|a minute ago|\\d+ minutes ago|an hour ago|\\d+ hours ago|yesterday");

        String headline = headlines.get(0);
        page.locator("article.story-card h2 a").first().click();
        page.waitForURL("**/article/**");

        assertThat(page.locator("h1").textContent()).isEqualTo(headline);
        assertThat(page.locator("article.story .body p").count()).isGreaterThanOrEqualTo(2);
        for (String section : List.of("hashtags", "ai", "comments", "related")) {
            assertThat(page.locator("#" + section).isVisible())
                    .as("section #" + section)
                    .isTrue();
        }
        assertThat(page.locator("#comments").textContent()).contains("No comments yet...");
        assertThat(page.locator("#related article.card").count()).isBetween(1, 8);
        // a top story's other coverage comes first, under its own label
        assertThat(page.locator("#related .related-group").first().textContent())
                .isEqualTo("This story");
        var time = page.locator("article.story header time");
        assertThat(time.getAttribute("datetime")).matches("\\d{4}-\\d\\d-\\d\\dT.*");
        assertThat(time.getAttribute("title")).isNotBlank();
        assertThat(time.textContent()).matches(".*(ago|now|yesterday)");
        assertThat(pageErrors).isEmpty();

        // From related coverage to the story's full coverage: its timeline and every outlet.
        page.locator("#related a.full-coverage").click();
        page.waitForURL("**/story/**");
        assertThat(page.locator("h1").textContent()).isNotBlank();
        assertThat(page.locator(".timeline svg circle").count()).isGreaterThanOrEqualTo(2);
        assertThat(page.locator(".first-report").textContent()).startsWith("First reported by");
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void theSyndicatedWireStoryIsShownOnceWithItsOtherPublisher() {
        Page page = browser.newPage();
        page.navigate(base() + "/");
        var wire = page.locator(
                "#latest-heading ~ article.card h3 a",
                new Page.LocatorOptions().setHasText("Rail workers call nationwide strike"));
        assertThat(wire.count()).isEqualTo(1);
        wire.first().click();
        page.waitForURL("**/article/**");
        // Both copies are fetched at once; whichever is stored first is the original the other links to.
        String outlet = page.locator("article.story header .outlet").textContent();
        String other = outlet.equals("Northwind Post") ? "The Harbour Times" : "Northwind Post";
        assertThat(outlet).isIn("Northwind Post", "The Harbour Times");
        assertThat(page.locator("p.also").textContent()).isEqualTo("Also published by " + other);
    }

    @Test
    void theOpinionOutletsColumnsAreLabelledSoInListsOnTheirPagesTheApiAndFeeds() {
        Page page = browser.newPage();
        page.navigate(base() + "/source/civic-voice");
        var cards = page.locator("article.card");
        assertThat(cards.count()).isPositive();
        assertThat(page.locator("article.card .meta .label").allTextContents())
                .hasSize(cards.count())
                .containsOnly("Opinion");
        cards.first().locator("h2 a").click();
        page.waitForURL("**/article/**");
        assertThat(page.locator("article.story header .meta .label").textContent())
                .isEqualTo("Opinion");
        String id = page.url().substring(page.url().lastIndexOf('/') + 1);
        assertThat(page.request().get(base() + "/api/v1/articles/" + id).text()).contains("\"opinion\":true");
        assertThat(page.request().get(base() + "/feeds/source/civic-voice.atom").text())
                .contains("<category term=\"opinion\" label=\"Opinion\"/>");

        page.navigate(base() + "/source/metro-wire");
        assertThat(page.locator("article.card").count()).isPositive();
        assertThat(page.locator(".label").count()).as("a news agency's reports").isZero();
    }

    @Test
    void askingInlineStreamsAGroundedAnswerIntoThePage() {
        Page page = browser.newPage();
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        page.navigate(base() + "/");
        page.locator("article.story-card h2 a", new Page.LocatorOptions().setHasText("ceasefire"))
                .first()
                .click();
        page.waitForURL("**/article/**");
        String address = page.url();
        page.locator("#ask-q").fill("When does the ceasefire start?");
        page.locator("form.ask button").click();
        page.locator("#ai .answer-slot .answer blockquote mark").first().waitFor();
        // Answered in place by the script, not by loading the form's page.
        assertThat(page.url()).isEqualTo(address);
        assertThat(page.locator("#ai .answer .question").textContent()).contains("When does the ceasefire start?");
        assertThat(page.locator("#ai .answer blockquote footer").first().textContent())
                .startsWith("— ");
        assertThat(errors).isEmpty();
    }

    @Test
    void olderArticlesLoadIntoTheListWithoutLeavingThePage() {
        Page page = browser.newPage();
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        page.navigate(base() + "/latest");
        var cards = page.locator("section.feed > article.card");
        int first = cards.count();
        assertThat(first).isEqualTo(30);
        List<String> firstPage =
                page.locator("section.feed > article.card h2 a").allTextContents();

        page.locator("nav.pager a[rel=next]").click();
        page.waitForCondition(() -> cards.count() > first);
        assertThat(page.url()).isEqualTo(base() + "/latest");
        List<String> both = page.locator("section.feed > article.card h2 a").allTextContents();
        assertThat(both.subList(0, first)).isEqualTo(firstPage);
        assertThat(both).doesNotHaveDuplicates();
        // the newly loaded first headline has the focus, so a keyboard reader goes on from there
        assertThat(page.evaluate("document.activeElement.textContent")).isEqualTo(both.get(first));
        var next = page.locator("nav.pager a[rel=next]");
        if (next.count() > 0) {
            assertThat(next.getAttribute("href")).startsWith("/latest?before=");
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void onAPhoneTheHeaderTakesThreeShortLinesAndTheSearchBoxItsWidth() {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(390, 800));
        page.navigate(base() + "/");
        var header = page.locator("header.site").boundingBox();
        var search = page.locator("header .site-search input").boundingBox();
        var brand = page.locator("header .brand").boundingBox();
        var account = page.locator("header nav.account").boundingBox();
        assertThat(header.height).as("header height").isLessThan(150);
        assertThat(search.width).as("search box width").isGreaterThan(250);
        // the account links share the name's line
        assertThat(Math.abs(account.y - brand.y)).isLessThan(brand.height);
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling")
                .isLessThanOrEqualTo(390);
    }

    @Test
    void atThreeHundredAndTwentyPixelsNoPageScrollsSideways() {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(320, 800));
        page.navigate(base() + "/");
        String article = page.locator("article.story-card h2 a").first().getAttribute("href");
        String story =
                page.locator("article.story-card a.full-coverage").first().getAttribute("href");
        String longWord = "Supercalifragilisticexpialidociousandthensomemoreletterswithoutaspace";
        for (String address : List.of(
                "/", article, story, "/latest", "/search?q=ceasefire", "/sources", article + "/ask?q=" + longWord)) {
            page.navigate(base() + address);
            assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                    .as("sideways scrolling on " + address)
                    .isLessThanOrEqualTo(320);
        }
        // the story's timeline is drawn for the phone, its type not shrunk
        page.navigate(base() + story);
        assertThat(page.locator(".timeline svg.narrow").isVisible()).isTrue();
        assertThat(page.locator(".timeline svg.wide").isVisible()).isFalse();
        double labelHeight =
                page.locator(".timeline svg.narrow text.label").first().boundingBox().height;
        assertThat(labelHeight).as("a row label's height in pixels").isGreaterThan(9);
    }

    @Test
    void thePagesPassAutomatedAccessibilityChecks() {
        Page page = browser.newPage();
        Tour tour = tour(page);
        List<String> found = new ArrayList<>();
        List<String> pages = new ArrayList<>(tour.topBar());
        pages.addAll(List.of(
                base() + "/source/metro-wire",
                base() + "/en/article/ffffffffffffffff",
                base() + "/password/forgot",
                base() + "/password/reset?token=expired",
                tour.article(),
                tour.story(),
                tour.hashtag()));
        for (String address : pages) {
            axeViolations(page, address, "", new AxeBuilder(page).withTags(WCAG_AA), found);
        }
        // signed in: the comment form, a posted comment and the account pages (on an article the
        // other tests do not read, so their "No comments yet..." holds in any order)
        page.navigate(base() + "/latest");
        var listed = page.locator("section.feed > article.card h2 a");
        String quiet = listed.last().getAttribute("href");
        if ((base() + quiet).equals(tour.article())) {
            quiet = listed.nth(listed.count() - 2).getAttribute("href");
        }
        page.navigate(base() + "/signup?next=" + quiet);
        page.locator("#name").fill("Axe Reader");
        page.locator("#email").fill("axe.reader@example.org");
        page.locator("#password").fill("a long enough password");
        page.locator("form button[type=submit]").last().click();
        page.waitForURL("**/article/**");
        page.locator("#comments textarea").first().fill("A first comment, to check the thread's markup.");
        page.locator("#comments form button[type=submit]").first().click();
        page.locator("#comments .comment").first().waitFor();
        for (String address : List.of(base() + quiet, base() + "/account", base() + "/account/password")) {
            axeViolations(page, address, "signed in ", new AxeBuilder(page).withTags(WCAG_AA), found);
        }
        // the dark scheme has its own colours: their contrast is checked too
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        for (String address : List.of(base() + "/", tour.article(), tour.story())) {
            axeViolations(page, address, "dark ", new AxeBuilder(page).withRules(List.of("color-contrast")), found);
        }
        assertThat(found).isEmpty();
    }

    /** Opens {@code address} and adds a line to {@code found} for each rule of {@code axe} it breaks. */
    private void axeViolations(Page page, String address, String label, AxeBuilder axe, List<String> found) {
        page.navigate(address);
        for (Rule rule : axe.analyze().getViolations()) {
            found.add(label + address.substring(base().length()) + ": " + rule.getId() + " — " + rule.getHelp() + " ("
                    + rule.getNodes().size() + "×, e.g. "
                    + rule.getNodes().getFirst().getTarget() + ")");
        }
    }

    /** The top bar's pages, and the first top story's article, its story page and one of its hashtags. */
    private record Tour(List<String> topBar, String article, String story, String hashtag) {}

    private Tour tour(Page page) {
        page.navigate(base() + "/");
        String article =
                base() + page.locator("article.story-card h2 a").first().getAttribute("href");
        String story = base()
                + page.locator("article.story-card a.full-coverage").first().getAttribute("href");
        page.navigate(article);
        String hashtag = base() + page.locator("#hashtags a").first().getAttribute("href");
        List<String> topBar = List.of(
                base() + "/",
                base() + "/latest",
                base() + "/topics",
                base() + "/sources",
                base() + "/search?q=ceasefire",
                base() + "/signin",
                base() + "/signup");
        return new Tour(topBar, article, story, hashtag);
    }

    @Test
    void noPageBreaksItsOwnContentSecurityPolicy() {
        Page page = browser.newPage();
        List<String> refused = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                refused.add(page.url() + ": " + m.text());
            }
        });
        var home = page.navigate(base() + "/");
        assertThat(home.headers().get("content-security-policy")).contains("script-src 'self'");
        Tour tour = tour(page);
        List<String> pages = new ArrayList<>(tour.topBar());
        pages.addAll(List.of(tour.article(), tour.story(), tour.hashtag()));
        for (String address : pages) {
            page.navigate(address);
            page.waitForLoadState();
        }
        // the article's pictures come through Tidings, which the policy allows; the answer streams in
        page.navigate(tour.article());
        page.locator("#ask-q").fill("Who brokered it?");
        page.locator("form.ask button").click();
        page.locator("#ai .answer-slot .answer").first().waitFor();
        assertThat(refused).isEmpty();
    }

    @Test
    void anUnknownArticleIsAFriendlyNotFoundPage() {
        Page page = browser.newPage();
        var response = page.navigate(base() + "/en/article/ffffffffffffffff");
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1").textContent()).isEqualTo("Not found");
        assertThat(page.locator("a[href='/']").count()).isPositive();
    }

    private String base() {
        return "http://127.0.0.1:" + site.tidings.port();
    }
}
