package dev.tidings.xss;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Opens pages in headless Chromium and records every sign that injected script ran: a dialog
 * (alert, confirm, prompt), a call to the canary {@code xss()}, an uncaught script error, and
 * markup in the page that should never survive escaping and sanitizing (event-handler
 * attributes, {@code javascript:}/{@code data:} URLs, scripts, frames, objects).
 */
public final class XssProbe implements AutoCloseable {
    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("TIDINGS_CHROMIUM", "/usr/bin/chromium"));

    // Runs before any page script: wraps the dialog functions and defines the canary, so a hit is
    // recorded even if a dialog were somehow suppressed.
    private static final String CANARY = """
            window.__xssHits = [];
            (function () {
              var record = function (name) {
                return function (m) { window.__xssHits.push(name + ':' + String(m)); };
              };
              window.xss = record('xss');
              ['alert', 'confirm', 'prompt'].forEach(function (n) {
                var original = window[n];
                window[n] = function (m) { window.__xssHits.push(n + ':' + String(m)); return original.apply(window, arguments); };
              });
            })();
            """;

    private static final String DOM_CHECK = """
            () => {
              const bad = [];
              for (const el of document.querySelectorAll('*')) {
                for (const a of el.attributes) {
                  const n = a.name.toLowerCase();
                  if (n.startsWith('on')) bad.push(el.tagName + ' ' + n);
                  if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc'].includes(n)
                      && /^\\s*(javascript|data|vbscript):/i.test(a.value)) bad.push(el.tagName + ' ' + n + '=' + a.value.slice(0, 40));
                }
              }
              for (const s of document.scripts) {
                // only the site's own external scripts, never inline ones
                if (!s.src || new URL(s.src).origin !== location.origin || !/^[^?#]*\\/static\\/[a-z-]+\\.js$/.test(new URL(s.src).pathname)) bad.push('script ' + (s.src || s.textContent.slice(0, 40)));
              }
              for (const sel of ['iframe', 'object', 'embed', 'base', 'meta[http-equiv]', 'math', 'template', 'foreignObject']) {
                for (const el of document.querySelectorAll(sel)) bad.push(sel + ': ' + el.outerHTML.slice(0, 60));
              }
              return bad;
            }
            """;

    private final Playwright playwright;
    private final Browser browser;

    private XssProbe(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Whether Chromium is here; without it browser suites skip unless TIDINGS_REQUIRE_BROWSER=1. */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) || "1".equals(System.getenv("TIDINGS_REQUIRE_BROWSER"));
    }

    public static XssProbe launch() {
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        return new XssProbe(playwright, chromium(playwright));
    }

    /** Debian's Chromium, headless, with nothing of its own reaching the network. */
    public static Browser chromium(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    /** A browser session (its own cookies) whose pages are all watched. */
    public Session session(String baseUrl, Map<String, String> cookies) {
        var context = browser.newContext();
        if (!cookies.isEmpty()) {
            String host = java.net.URI.create(baseUrl).getHost();
            context.addCookies(cookies.entrySet().stream()
                    .map(e -> new com.microsoft.playwright.options.Cookie(e.getKey(), e.getValue())
                            .setDomain(host)
                            .setPath("/"))
                    .toList());
        }
        context.addInitScript(CANARY);
        return new Session(context.newPage(), context);
    }

    /** One watched tab; {@link #findings()} lists everything suspicious it saw. */
    public static final class Session implements AutoCloseable {
        private final Page page;
        private final com.microsoft.playwright.BrowserContext context;
        private final List<String> findings = new ArrayList<>();

        Session(Page page, com.microsoft.playwright.BrowserContext context) {
            this.page = page;
            this.context = context;
            page.onDialog(d -> {
                findings.add(page.url() + " opened a " + d.type() + " dialog: " + d.message());
                d.dismiss();
            });
            page.onPageError(e -> findings.add(page.url() + " script error: " + e));
        }

        public Page page() {
            return page;
        }

        /** Opens a page, lets timers and animations run briefly, and checks it. */
        public Page open(String url) {
            page.navigate(url);
            check();
            return page;
        }

        /** Checks the page as it is now (after a script changed it, say). */
        @SuppressWarnings("unchecked")
        public void check() {
            page.waitForTimeout(150);
            for (Object hit : (List<Object>) page.evaluate("() => window.__xssHits || []")) {
                findings.add(page.url() + " ran injected script: " + hit);
            }
            for (Object bad : (List<Object>) page.evaluate(DOM_CHECK)) {
                findings.add(page.url() + " holds unsafe markup: " + bad);
            }
        }

        public List<String> findings() {
            return findings;
        }

        @Override
        public void close() {
            context.close();
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
