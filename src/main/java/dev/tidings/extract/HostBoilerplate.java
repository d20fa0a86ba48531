package dev.tidings.extract;

import dev.tidings.work.LeastRecentlyUsed;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The boilerplate each site repeats inside its article bodies (a donation appeal, an author bio,
 * a standard disclaimer), learned per host as pages arrive: a block whose text was seen on
 * {@link #MIN_OTHER_PAGES} other pages of the same host is dropped. Memory is bounded (least
 * recently seen hosts and blocks go first); after a restart the store is rebuilt from stored
 * article texts with {@link #learn}. Thread-safe.
 */
public final class HostBoilerplate {

    /** A block is boilerplate once seen on this many other pages of its host. */
    static final int MIN_OTHER_PAGES = 3;

    /**
     * When the repeated blocks would be more than this share of a page's text, the page repeats
     * an earlier article (a correction, a second URL) and nothing is dropped.
     */
    static final double MAX_DROPPED_SHARE = 0.5;

    private final int maxBlocksPerHost;
    private final Map<String, HostBlocks> hosts;

    /** A store for up to 512 hosts of 1,024 block fingerprints each (a few tens of MB at most). */
    public HostBoilerplate() {
        this(512, 1024);
    }

    HostBoilerplate(int maxHosts, int maxBlocksPerHost) {
        this.maxBlocksPerHost = maxBlocksPerHost;
        this.hosts = LeastRecentlyUsed.map(maxHosts);
    }

    /** Records the paragraphs of an article text already extracted from {@code pageUrl}. */
    public void learn(URI pageUrl, String text) {
        String host = hostOf(pageUrl);
        if (host == null || text == null) {
            return;
        }
        long page = pageKey(pageUrl);
        HostBlocks blocks = blocksOf(host);
        synchronized (blocks) {
            for (String paragraph : text.split("\n\n")) {
                long print = BlockPrint.of(paragraph);
                if (print != BlockPrint.NONE) {
                    blocks.record(print, page);
                }
            }
        }
    }

    /**
     * Removes the blocks under {@code root} that the host repeats on other pages, then records
     * this page's blocks. Returns how many blocks were removed.
     */
    int filter(URI pageUrl, Element root) {
        String host = hostOf(pageUrl);
        if (host == null) {
            return 0;
        }
        List<Element> leaves = new ArrayList<>();
        collectLeafBlocks(root, leaves);
        long page = pageKey(pageUrl);
        long[] prints = new long[leaves.size()];
        List<Element> repeated = new ArrayList<>();
        long totalChars = 0;
        long repeatedChars = 0;
        HostBlocks blocks = blocksOf(host);
        synchronized (blocks) {
            for (int i = 0; i < prints.length; i++) {
                String text = leaves.get(i).text();
                prints[i] = BlockPrint.of(text);
                totalChars += text.length();
                if (prints[i] != BlockPrint.NONE && blocks.otherPages(prints[i], page) >= MIN_OTHER_PAGES) {
                    repeated.add(leaves.get(i));
                    repeatedChars += text.length();
                }
            }
            for (long print : prints) {
                if (print != BlockPrint.NONE) {
                    blocks.record(print, page);
                }
            }
        }
        if (repeated.isEmpty() || repeatedChars > totalChars * MAX_DROPPED_SHARE) {
            return 0;
        }
        repeated.forEach(Element::remove);
        return repeated.size();
    }

    /** Number of hosts currently remembered. */
    int hostCount() {
        synchronized (hosts) {
            return hosts.size();
        }
    }

    /** Number of block fingerprints remembered for {@code host}. */
    int blockCount(String host) {
        HostBlocks blocks;
        synchronized (hosts) {
            blocks = hosts.get(host);
        }
        if (blocks == null) {
            return 0;
        }
        synchronized (blocks) {
            return blocks.size();
        }
    }

    private HostBlocks blocksOf(String host) {
        synchronized (hosts) {
            return hosts.computeIfAbsent(host, h -> new HostBlocks(maxBlocksPerHost, MIN_OTHER_PAGES + 1));
        }
    }

    /**
     * Block elements whose content is inline only: the units that become one paragraph of text.
     * A block holding other blocks is judged by its children.
     */
    private static void collectLeafBlocks(Element e, List<Element> out) {
        boolean hasBlockChild = false;
        for (Element child : e.children()) {
            if (Tags.isBlock(child.normalName())) {
                hasBlockChild = true;
                collectLeafBlocks(child, out);
            }
        }
        if (!hasBlockChild && Tags.isBlock(e.normalName()) && hasText(e)) {
            out.add(e);
        }
    }

    private static boolean hasText(Element e) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return true;
            }
            if (n instanceof Element c && hasText(c)) {
                return true;
            }
        }
        return false;
    }

    private static String hostOf(URI url) {
        if (url == null || url.getHost() == null) {
            return null;
        }
        String host = url.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** The page within its host: path and query, so that two URLs of one page count once. */
    private static long pageKey(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return BlockPrint.exact(path + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
    }
}
