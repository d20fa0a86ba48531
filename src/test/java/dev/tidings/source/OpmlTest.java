package dev.tidings.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpmlTest {

    @TempDir
    Path dir;

    @Test
    void readsNestedOutlinesWithTheirFolders() throws Exception {
        List<OpmlOutline> outlines = Opml.parse(fixture("subscriptions.opml"));

        assertThat(outlines)
                .containsExactly(
                        new OpmlOutline(
                                "Harbour Times",
                                URI.create("https://harbour.example.com/feed.xml"),
                                URI.create("https://harbour.example.com/"),
                                "News"),
                        new OpmlOutline(
                                "Metro Wire",
                                URI.create("https://wire.example.com/rss"),
                                URI.create("https://wire.example.com/"),
                                "News"),
                        new OpmlOutline(
                                "Valley Weekly", URI.create("http://valley.example.org/rss.xml"), null, "Local"),
                        new OpmlOutline(
                                "Science Notes",
                                URI.create("https://science.example.org/index.rdf"),
                                null,
                                "Science & Tech"),
                        new OpmlOutline(
                                "Loose feed", URI.create("https://loose.example.net/atom.xml"), null, "Blogs/Friends"),
                        new OpmlOutline(
                                "Top level, no folder", URI.create("https://top.example.net/feed"), null, null));
    }

    @Test
    void howTidingsFollowedAFeedComesBackFromItsOwnExport() throws Exception {
        var local = new OpmlOutline(
                "Local",
                URI.create("http://127.0.0.1:8191/feed.xml"),
                null,
                null,
                new OpmlOutline.Followed(true, 1800, true));
        var plain = new OpmlOutline(
                "Plain",
                URI.create("https://plain.example.com/rss"),
                null,
                null,
                new OpmlOutline.Followed(false, 900, false));
        String xml = Opml.write(List.of(local, plain), "Tidings sources");
        assertThat(xml).contains("xmlns:tidings=\"" + Opml.NAMESPACE + "\"", "tidings:privateNetwork=\"allow\"");
        assertThat(Opml.parse(xml.getBytes(StandardCharsets.UTF_8))).containsExactly(local, plain);
        // another reader's file says nothing of it
        assertThat(Opml.parse(Opml.write(List.of(new OpmlOutline("P", plain.feedUrl(), null, null)), "x")
                                .getBytes(StandardCharsets.UTF_8))
                        .getFirst()
                        .followed())
                .isNull();
    }

    @Test
    void writeThenParseGivesBackTheSameOutlines() throws Exception {
        List<OpmlOutline> outlines = List.of(
                new OpmlOutline(
                        "Tom & Jerry's \"Gazette\" <daily>",
                        URI.create("https://gazette.example.com/feed?a=1&b=2"),
                        URI.create("https://gazette.example.com/"),
                        "News & Views"),
                new OpmlOutline("Second", URI.create("https://two.example.com/rss"), null, "Tech"),
                new OpmlOutline("Third", URI.create("https://three.example.com/rss"), null, "News & Views"),
                new OpmlOutline("Unfiled", URI.create("https://four.example.com/atom"), null, null));

        String xml = Opml.write(outlines, "Tidings <export>");
        List<OpmlOutline> back = Opml.parse(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("<opml version=\"2.0\">");
        assertThat(xml).contains("<title>Tidings &lt;export&gt;</title>");
        assertThat(back)
                .as("grouped by category, first appearance order; unfiled feeds last")
                .containsExactly(outlines.get(0), outlines.get(2), outlines.get(1), outlines.get(3));
    }

    @Test
    void parsedFixtureSurvivesARoundTrip() throws Exception {
        List<OpmlOutline> outlines = Opml.parse(fixture("subscriptions.opml"));

        List<OpmlOutline> back = Opml.parse(Opml.write(outlines, null).getBytes(StandardCharsets.UTF_8));

        assertThat(back).containsExactlyInAnyOrderElementsOf(outlines);
    }

    @Test
    void externalEntitiesAreNotResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-OPML");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE opml [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<opml version=\"2.0\"><body><outline text=\"&xxe;\" xmlUrl=\"https://x.example.com/f\"/></body></opml>";

        try {
            List<OpmlOutline> outlines = Opml.parse(xml.getBytes(StandardCharsets.UTF_8));
            assertThat(outlines.toString()).doesNotContain("TOP-SECRET-OPML");
        } catch (OpmlException e) {
            assertThat(e).hasMessageStartingWith("malformed OPML").hasMessageNotContaining("TOP-SECRET-OPML");
        }
    }

    @Test
    void billionLaughsFailsCleanly() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE opml [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n"
                + "<opml version=\"2.0\"><body><outline text=\"&c;\" xmlUrl=\"https://x.example.com/f\"/></body></opml>";

        assertThatThrownBy(() -> Opml.parse(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(OpmlException.class)
                .hasMessageContaining("\"c\"");
    }

    @Test
    void refusesEmptyAndNonOpmlDocuments() {
        assertThatThrownBy(() -> Opml.parse(new byte[0])).hasMessage("empty OPML document (0 bytes)");
        assertThatThrownBy(() -> Opml.parse("<rss version=\"2.0\"/>".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("not an OPML document: root is <rss>");
        assertThatThrownBy(() -> Opml.parse("<opml><body>".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("malformed OPML at line 1");
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = OpmlTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
