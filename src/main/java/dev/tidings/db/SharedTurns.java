package dev.tidings.db;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns at work that one node at a time does for every node sharing the database (a backlog of
 * summaries or vectors after an import): nodes that start together would otherwise each do all of
 * it. The node whose turn it is holds it for {@code hold} and renews it before each step; the
 * others wait, looking again every {@code look}, and take the turn when it is given up or has run
 * out (its holder died).
 */
public final class SharedTurns {
    private static final Logger log = LoggerFactory.getLogger(SharedTurns.class);
    private static final long NAP_MILLIS = 100;

    private final Database db;
    private final Clock clock;
    private final String node;
    private final Duration hold;
    private final Duration look;

    public SharedTurns(Database db, Clock clock, String node, Duration hold, Duration look) {
        this.db = db;
        this.clock = clock;
        this.node = node;
        this.hold = hold;
        this.look = look;
    }

    /** The turns of a node that is the only one (SQLite, a command): always its turn, nothing stored. */
    private static final SharedTurns ALONE = new SharedTurns(null, Clock.systemUTC(), "", Duration.ZERO, Duration.ZERO);

    public static SharedTurns alone() {
        return ALONE;
    }

    /**
     * How a node holds a work's turn now: it held it all along, it took it after waiting (other
     * nodes did some of the work meanwhile), or it stopped waiting (the node is closing).
     */
    public enum Held {
        ALL_ALONG,
        AFTER_OTHERS,
        STOPPED
    }

    /** Takes or renews this node's turn at {@code work}, waiting for it while another's runs. */
    public Held hold(String work, BooleanSupplier stopped) {
        if (take(work)) {
            return Held.ALL_ALONG;
        }
        return awaitTurn(work, stopped) ? Held.AFTER_OTHERS : Held.STOPPED;
    }

    /**
     * A node's turns as it runs: held two minutes (renewed before each batch of work, which takes
     * seconds), looked at every fifteen seconds by a node waiting for one.
     */
    public static SharedTurns of(Database db, Clock clock, String node) {
        return new SharedTurns(db, clock, node, Duration.ofMinutes(2), Duration.ofSeconds(15));
    }

    /** Takes or renews this node's turn at {@code work}: false while another node's turn runs. */
    public boolean take(String work) {
        if (db == null) {
            return true;
        }
        long now = clock.millis();
        long until = now + hold.toMillis();
        return db.transaction(h -> {
            h.update(
                    "INSERT INTO shared_turns (work, node, until_at) VALUES (?, ?, ?) ON CONFLICT (work) DO NOTHING",
                    work,
                    node,
                    until);
            return h.update(
                            "UPDATE shared_turns SET node = ?, until_at = ? WHERE work = ? AND (node = ? OR until_at < ?)",
                            node,
                            until,
                            work,
                            node,
                            now)
                    == 1;
        });
    }

    /**
     * Waits until this node has the turn at {@code work}, looking every {@code look}: true once it
     * has, false when {@code stopped} comes first (the node is closing).
     */
    private boolean awaitTurn(String work, BooleanSupplier stopped) {
        boolean told = false;
        while (!stopped.getAsBoolean()) {
            if (take(work)) {
                if (told) {
                    log.info("event=turn_taken work={} node={}", work, node);
                }
                return true;
            }
            if (!told) {
                log.info("event=turn_waiting work={} node={} reason=another_node_at_it", work, node);
                told = true;
            }
            long end = System.nanoTime() + look.toNanos();
            for (long left = look.toMillis(); left > 0 && !stopped.getAsBoolean(); ) {
                try {
                    TimeUnit.MILLISECONDS.sleep(Math.min(NAP_MILLIS, left));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
            }
        }
        return false;
    }

    /**
     * The works named {@code prefix} followed by anything whose turn some node holds now, each with
     * the node holding it.
     */
    public Map<String, String> heldNow(String prefix) {
        if (db == null) {
            return Map.of();
        }
        Map<String, String> held = new LinkedHashMap<>();
        db.read(h -> h.query(
                "SELECT work, node FROM shared_turns WHERE until_at >= ? AND substr(work, 1, ?) = ? ORDER BY work",
                rs -> held.put(rs.getString(1), rs.getString(2)),
                clock.millis(),
                prefix.length(),
                prefix));
        return held;
    }

    /** Gives up this node's turn at {@code work} (done, or closing), so another may take it at once. */
    public void giveUp(String work) {
        if (db == null) {
            return;
        }
        db.transaction(h -> h.update("UPDATE shared_turns SET until_at = 0 WHERE work = ? AND node = ?", work, node));
    }
}
