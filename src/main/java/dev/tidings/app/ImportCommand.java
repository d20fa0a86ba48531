package dev.tidings.app;

import dev.tidings.db.Database;
import dev.tidings.source.NewSource;
import dev.tidings.source.Opml;
import dev.tidings.source.OpmlException;
import dev.tidings.source.OpmlOutline;
import dev.tidings.source.Source;
import dev.tidings.source.SourceRepository;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tidings import}: opens only the database, so it runs beside a serving node. */
@Command(name = "import", description = "Add the feeds of an OPML file (or the built-in list of public news feeds).")
final class ImportCommand implements Runnable {
    static final String PUBLIC_FEEDS = "/dev/tidings/app/public-news-feeds.opml";

    @Mixin
    DataOptions data;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @Option(
            names = "--allow-private-network",
            description = "Allow the imported feeds to resolve to loopback or private addresses (local publishers).")
    boolean allowPrivateNetwork;

    static final class What {
        @Parameters(paramLabel = "FILE.opml", description = "An OPML file, as feed readers export them.")
        Path file;

        @Option(
                names = "--public-feeds",
                description = "Follow a small built-in list of well-known public news feeds (needs internet).")
        boolean publicFeeds;
    }

    @Override
    public void run() {
        List<OpmlOutline> outlines;
        try {
            outlines = Opml.parse(read());
        } catch (IOException | OpmlException e) {
            throw new IllegalArgumentException("cannot read " + describe() + ": " + e.getMessage(), e);
        }
        try (Database db = Database.open(data.settings().database())) {
            SourceRepository sources = new SourceRepository(db, Clock.systemUTC());
            int before = sources.all().size();
            for (OpmlOutline o : outlines) {
                if (o.feedUrl() != null) {
                    // a file Tidings exported says how each feed was followed
                    OpmlOutline.Followed f = o.followed();
                    Source added = sources.add(new NewSource(
                            o.feedUrl(),
                            o.siteUrl(),
                            o.title(),
                            o.category(),
                            allowPrivateNetwork || (f != null && f.allowPrivateNetwork()),
                            f != null ? f.intervalSeconds() : NewSource.DEFAULT_INTERVAL_SECONDS));
                    if (f != null && f.paused()) {
                        sources.follow(added.id(), false);
                    }
                }
            }
            int added = sources.all().size() - before;
            System.out.printf("imported %s: %d feeds, %d new%n", describe(), outlines.size(), added);
        }
    }

    private byte[] read() throws IOException {
        if (what.file != null) {
            return Files.readAllBytes(what.file);
        }
        try (InputStream in = ImportCommand.class.getResourceAsStream(PUBLIC_FEEDS)) {
            return in.readAllBytes();
        }
    }

    private String describe() {
        return what.file != null ? what.file.toString() : "the built-in public news feeds";
    }
}
