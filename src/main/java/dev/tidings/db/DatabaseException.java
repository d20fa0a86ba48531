package dev.tidings.db;

import java.sql.SQLException;

/** A failed SQL statement; the message names the statement. */
public final class DatabaseException extends RuntimeException {
    public DatabaseException(String sql, SQLException cause) {
        super("SQL failed: " + cause.getMessage() + " [" + abbreviate(sql) + "]", cause);
    }

    private static String abbreviate(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").trim();
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "..." : oneLine;
    }
}
