package dev.tidings.search;

import dev.tidings.natives.NativeLibraries;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The other side of the search benchmark: an SQLite FTS5 table over the same articles, ranked by
 * FTS5's BM25 with the same headline weight, as SQLite-based feed readers search.
 */
final class Fts5Side implements AutoCloseable {
    private final Connection connection;
    private PreparedStatement query;

    private Fts5Side(Connection connection) {
        this.connection = connection;
    }

    static Fts5Side create(Path file) throws SQLException {
        NativeLibraries.sqlite();
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=OFF");
            s.execute("PRAGMA synchronous=OFF");
            s.execute("PRAGMA cache_size=-65536");
            s.execute("CREATE VIRTUAL TABLE docs USING fts5(aid UNINDEXED, title, body, outlet)");
            s.execute("INSERT INTO docs(docs, rank) VALUES('rank', 'bm25(0.0, 3.0, 1.0, 1.0)')");
        }
        return new Fts5Side(c);
    }

    void build(Path corpusDir, java.io.PrintStream progress) throws SQLException, IOException {
        connection.setAutoCommit(false);
        int[] n = {0};
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO docs(aid, title, body, outlet) VALUES (?, ?, ?, ?)")) {
            SyntheticCorpus.read(corpusDir, row -> {
                try {
                    insert.setString(1, row.id());
                    insert.setString(2, row.title());
                    insert.setString(3, row.body());
                    insert.setString(4, row.outlet());
                    insert.executeUpdate();
                    if (++n[0] % 10_000 == 0) {
                        connection.commit();
                    }
                    if (n[0] % 100_000 == 0) {
                        progress.printf("fts5: inserted %d articles%n", n[0]);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("FTS5 insert failed at article " + row.id(), e);
                }
            });
        }
        connection.commit();
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO docs(docs) VALUES('optimize')");
        }
        connection.commit();
        connection.setAutoCommit(true);
        query = connection.prepareStatement("SELECT aid FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?");
    }

    List<String> top(String match, int k) throws IOException {
        try {
            query.setString(1, match);
            query.setInt(2, k);
            List<String> ids = new ArrayList<>(k);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IOException("FTS5 query failed: " + match, e);
        }
    }

    /** Our query syntax in FTS5's: groups joined by AND, alternatives by OR, exclusions by NOT. */
    static String match(ParsedQuery q) {
        String positive = q.groups().stream()
                .map(g -> g.size() == 1
                        ? fts(g.getFirst())
                        : g.stream().map(Fts5Side::fts).collect(Collectors.joining(" OR ", "(", ")")))
                .collect(Collectors.joining(" AND "));
        StringBuilder s = new StringBuilder(positive);
        for (ParsedQuery.Clause c : q.excluded()) {
            s.append(" NOT ").append(fts(c));
        }
        return s.toString();
    }

    private static String fts(ParsedQuery.Clause c) {
        return '"' + String.join(" ", c.tokens()) + '"';
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
