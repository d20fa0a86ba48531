package dev.tidings.app;

import dev.tidings.article.ArticleRepository;
import dev.tidings.db.Database;
import dev.tidings.db.SharedTurns;
import dev.tidings.fetch.HttpFetcher;
import dev.tidings.source.FeedSubscription;
import dev.tidings.source.NewSource;
import dev.tidings.source.Opml;
import dev.tidings.source.OpmlOutline;
import dev.tidings.source.Source;
import dev.tidings.source.SourceRemoval;
import dev.tidings.source.SourceRepository;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tidings source add|list|pause|resume|edit|remove|export}. Each opens only the database (no model, no
 * search index), so it runs beside a serving node, which holds the index.
 */
@Command(
        name = "source",
        description = "Add, list, pause, resume, edit, remove and export the sources Tidings follows.",
        subcommands = {
            SourceCommand.Add.class,
            SourceCommand.ListSources.class,
            SourceCommand.Pause.class,
            SourceCommand.Resume.class,
            SourceCommand.Edit.class,
            SourceCommand.Remove.class,
            SourceCommand.Export.class
        })
final class SourceCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        CommandGroup.missingCommand(spec);
    }

    @Command(name = "add", description = "Add a feed after checking that it can be fetched and parsed.")
    static final class Add implements Runnable {
        @Mixin
        DataOptions data;

        @Parameters(paramLabel = "URL", description = "The feed's URL (RSS, Atom or JSON Feed).")
        URI url;

        @Option(names = "--title", description = "Name of the outlet (default: the feed's own title).")
        String title;

        @Option(
                names = "--allow-private-network",
                description = "Allow this source to resolve to loopback or private addresses (local publishers).")
        boolean allowPrivateNetwork;

        @Option(
                names = "--interval",
                description = "Seconds between refreshes (default: ${DEFAULT-VALUE}).",
                defaultValue = "" + NewSource.DEFAULT_INTERVAL_SECONDS)
        int interval;

        @Override
        public void run() {
            if (interval < SourceRepository.MIN_INTERVAL_SECONDS || interval > SourceRepository.MAX_INTERVAL_SECONDS) {
                throw new IllegalArgumentException("--interval is from " + SourceRepository.MIN_INTERVAL_SECONDS
                        + " to " + SourceRepository.MAX_INTERVAL_SECONDS + " seconds (a week), not " + interval);
            }
            Settings settings = data.settings();
            try (Database db = Database.open(settings.database())) {
                var subscription = new FeedSubscription(
                        new SourceRepository(db, Clock.systemUTC()), new HttpFetcher(settings.fetch()));
                FeedSubscription.Followed f = subscription.follow(url.toString(), title, allowPrivateNetwork, interval);
                Source s = f.source();
                System.out.printf(
                        "%s %s (%s): %d entries in the feed now, slug %s%n",
                        f.before() ? "already following" : "added", s.title(), s.feedUrl(), f.entries(), s.slug());
            }
        }
    }

    @Command(name = "list", description = "List sources with their last status and error.")
    static final class ListSources implements Runnable {
        @Mixin
        DataOptions data;

        @Override
        public void run() {
            try (Database db = Database.open(data.settings().database())) {
                List<Source> all = new SourceRepository(db, Clock.systemUTC()).all();
                var counts = new ArticleRepository(db).countsBySource();
                Map<Long, String> removing = removal(db, data).underWay();
                System.out.printf(
                        "%-4s %-22s %-24s %-8s %-12s %-20s %s%n",
                        "id", "slug", "title", "articles", "status", "last fetched", "url / error");
                for (Source s : all) {
                    System.out.printf(
                            "%-4d %-22s %-24s %-8d %-12s %-20s %s%n",
                            s.id(),
                            s.slug(),
                            abbreviate(s.title(), 24),
                            counts.getOrDefault(s.id(), 0L),
                            removing.containsKey(s.id())
                                    ? "removing"
                                    : !s.enabled()
                                            ? "paused"
                                            : s.lastStatus() == null ? "pending" : s.lastStatusInWords(),
                            s.lastFetchedAt() == null
                                    ? "never"
                                    : s.lastFetchedAt()
                                            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                                            .toString(),
                            s.feedUrl());
                    String blank = "%-4s %-22s %-24s %-8s %-12s %-20s ".formatted("", "", "", "", "", "");
                    if (removing.containsKey(s.id())) {
                        System.out.println(blank + "being removed by " + removing.get(s.id()));
                    } else if (s.lastError() != null) {
                        System.out.println(blank + "error: " + s.lastError());
                    }
                }
                System.out.printf("%d sources%n", all.size());
            }
        }
    }

    /** A command on one source, named by id, slug or feed URL, in the configured database. */
    abstract static class OnOneSource implements Runnable {
        @Mixin
        DataOptions data;

        @Parameters(paramLabel = "SOURCE", description = "The source's id, slug or feed URL (see `source list`).")
        String name;

        /** The command's work on the source it names. */
        abstract void run(Database db, SourceRepository sources, Source source);

        @Override
        public void run() {
            try (Database db = Database.open(data.settings().database())) {
                var sources = new SourceRepository(db, Clock.systemUTC());
                Source s = sources.named(name)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "no source is called " + name + "; `tidings source list` shows their ids and slugs"));
                run(db, sources, s);
            }
        }
    }

    /** Pausing and resuming: the same source named the same way, followed or not. */
    abstract static class Following extends OnOneSource {
        /** Whether the source is to be followed (resume) or not (pause). */
        abstract boolean follows();

        @Override
        void run(Database db, SourceRepository sources, Source s) {
            boolean follow = follows();
            if (follow) {
                removal(db, data).underWay(s.id()).ifPresent(node -> {
                    throw new IllegalArgumentException(s.title() + " (" + s.slug() + ") is being removed by " + node
                            + "; it cannot be followed again");
                });
            }
            boolean changed = sources.follow(s.id(), follow);
            String state = follow ? "followed" : "paused";
            System.out.printf(
                    "%s %s (%s)%s%n",
                    changed ? state : "already " + state, s.title(), s.slug(), changed ? "" : "; nothing to do");
        }
    }

    @Command(
            name = "pause",
            description = "Stop fetching a source; its articles stay on the site. `source resume` follows it again.")
    static final class Pause extends Following {
        @Override
        boolean follows() {
            return false;
        }
    }

    @Command(name = "resume", description = "Follow a paused source again; it is fetched on the next round.")
    static final class Resume extends Following {
        @Override
        boolean follows() {
            return true;
        }
    }

    @Command(
            name = "edit",
            description = "Rename a source or change how often it is fetched; its slug and addresses stay.")
    static final class Edit extends OnOneSource {
        @Option(names = "--title", description = "The outlet's name as readers see it.")
        String title;

        @Option(names = "--interval", description = "Seconds between refreshes (60 to 604800).")
        Integer interval;

        @Override
        void run(Database db, SourceRepository sources, Source s) {
            if (title == null && interval == null) {
                throw new IllegalArgumentException("say what to change: --title, --interval or both");
            }
            boolean changed = sources.edit(s.id(), title, interval);
            Source now = sources.byId(s.id()).orElseThrow();
            System.out.printf(
                    "%s %s (%s): fetched every %d seconds%n",
                    changed ? "edited" : "unchanged", now.title(), now.slug(), now.intervalSeconds());
        }
    }

    @Command(
            name = "remove",
            description =
                    "Remove a source with its articles and their comments; without --yes, only say what would go.")
    static final class Remove extends OnOneSource {
        @Option(names = "--yes", description = "Remove it: nothing is asked, and nothing can be undone.")
        boolean yes;

        @Override
        void run(Database db, SourceRepository sources, Source s) {
            var removal = removal(db, data);
            if (!yes) {
                SourceRemoval.Extent e = removal.extent(s);
                System.out.printf(
                        "removing %s (%s) would delete its %d articles and %d comments on them,"
                                + " and take them out of %d stories; run again with --yes to remove it%n",
                        s.title(), s.slug(), e.articles(), e.comments(), e.stories());
                return;
            }
            // the serving nodes follow the removal in the change log; this process has no index
            SourceRemoval.Outcome o = removal.remove(s, ids -> {}, done -> {
                System.err.printf("removed %d articles so far%n", done.articles());
                return true;
            });
            System.out.printf(
                    "removed %s (%s): %d articles, %d comments; %d stories mended, %d left empty and removed;"
                            + " %d feed entries of other outlets were copies of its articles and will be fetched"
                            + " again%n",
                    s.title(),
                    s.slug(),
                    o.articles(),
                    o.comments(),
                    o.storiesMended(),
                    o.storiesGone(),
                    o.copiesFetchedAgain());
        }
    }

    @Command(name = "export", description = "Write the sources as OPML to standard output.")
    static final class Export implements Runnable {
        @Mixin
        DataOptions data;

        @Override
        public void run() {
            try (Database db = Database.open(data.settings().database())) {
                List<OpmlOutline> outlines = new SourceRepository(db, Clock.systemUTC())
                        .all().stream()
                                .map(s -> new OpmlOutline(
                                        s.title(),
                                        s.feedUrl(),
                                        s.siteUrl(),
                                        s.category(),
                                        new OpmlOutline.Followed(
                                                s.allowPrivateNetwork(), s.intervalSeconds(), !s.enabled())))
                                .toList();
                System.out.print(Opml.write(outlines, "Tidings sources"));
            }
        }
    }

    /** Removals in this command's own name: a node beside it sees the source being removed, and by what. */
    static SourceRemoval removal(Database db, DataOptions data) {
        Clock clock = Clock.systemUTC();
        return new SourceRemoval(
                db, clock, SharedTurns.of(db, clock, data.settings().nodeId() + " (command)"));
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
