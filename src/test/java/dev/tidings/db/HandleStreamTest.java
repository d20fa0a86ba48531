package dev.tidings.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.db.TestDatabases.Kind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A scan read a batch at a time gives every row in order and leaves the connection as it was. */
@ParameterizedClass
@EnumSource(Kind.class)
class HandleStreamTest {
    @Parameter
    Kind kind;

    @TempDir
    Path dir;

    @Test
    void everyRowOfAScanLargerThanABatchComesInOrderAndLaterWritesStillCommit() {
        try (Database db = TestDatabases.open(kind, dir)) {
            int n = 2_500; // two and a half batches
            db.transaction(h -> {
                for (int i = 0; i < n; i++) {
                    h.update("INSERT INTO tag_terms (term, df) VALUES (?, ?)", String.format("t%05d", i), i);
                }
                return null;
            });
            List<Long> seen = new ArrayList<>();
            db.read(h -> {
                h.stream("SELECT df FROM tag_terms ORDER BY term", rs -> seen.add(rs.getLong(1)));
                // outside a transaction again: this write is committed at once
                h.update("INSERT INTO tag_terms (term, df) VALUES ('after', -1)");
                return null;
            });
            assertThat(seen).hasSize(n);
            for (int i = 0; i < n; i++) {
                assertThat(seen.get(i)).isEqualTo((long) i);
            }
            long after = db.read(h -> h.queryLong("SELECT df FROM tag_terms WHERE term = 'after'"));
            assertThat(after).isEqualTo(-1L);
        }
    }
}
