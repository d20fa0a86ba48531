package dev.tidings.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What must hold after a node is killed at any instant and started again. Each invariant reads
 * the data directory as a restarted node would find it and names what is wrong. When the
 * search index lands, an invariant comparing its documents with the articles table belongs here
 * (open the index under the data directory after the restarted node has reconciled it).
 */
interface CrashInvariants {

    /** Problems found, empty when the invariant holds; {@code acknowledged} are article ids logged as stored. */
    List<String> violations(Connection db, Path dataDir, Set<String> acknowledged) throws SQLException;

    /** The invariants checked after every kill. */
    static List<CrashInvariants> all() {
        return List.of(
                CrashInvariants::integrity,
                CrashInvariants::acknowledgedArticlesKept,
                CrashInvariants::noDuplicateArticles,
                CrashInvariants::finishedEntriesPointAtArticles);
    }

    static Connection open(Path dataDir) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("tidings.db"));
    }

    private static List<String> integrity(Connection db, Path dataDir, Set<String> acknowledged) throws SQLException {
        List<String> rows = strings(db, "PRAGMA integrity_check");
        return rows.equals(List.of("ok")) ? List.of() : List.of("integrity_check: " + rows);
    }

    private static List<String> acknowledgedArticlesKept(Connection db, Path dataDir, Set<String> acknowledged)
            throws SQLException {
        List<String> problems = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT COUNT(*) FROM articles WHERE id = ?")) {
            for (String id : acknowledged) {
                q.setString(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) != 1) {
                        problems.add("acknowledged article " + id + " found " + rs.getLong(1) + " times");
                    }
                }
            }
        }
        return problems;
    }

    private static List<String> noDuplicateArticles(Connection db, Path dataDir, Set<String> acknowledged)
            throws SQLException {
        List<String> problems = new ArrayList<>();
        for (String column : List.of("url", "content_hash", "title")) {
            for (String dup :
                    strings(db, "SELECT " + column + " FROM articles GROUP BY " + column + " HAVING COUNT(*) > 1")) {
                problems.add("two articles with the same " + column + ": " + dup);
            }
        }
        return problems;
    }

    private static List<String> finishedEntriesPointAtArticles(Connection db, Path dataDir, Set<String> acknowledged)
            throws SQLException {
        return strings(
                        db,
                        "SELECT e.guid FROM entries e LEFT JOIN articles a ON a.id = e.article_id"
                                + " WHERE e.state IN ('done', 'duplicate') AND a.id IS NULL")
                .stream()
                .map(guid -> "entry " + guid + " is finished but its article is missing")
                .toList();
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
