package dev.tidings.db;

import java.util.Collections;
import java.util.List;
import java.util.function.ToIntBiFunction;

/**
 * SQL's {@code IN (?, ?, …)} over a list of any length: the list is taken in runs short enough for
 * every database's limit on parameters, each run with as many marks as it has values.
 */
public final class InList {
    /** Values per run. */
    public static final int RUN = 200;

    private InList() {}

    /** Calls {@code work} with the marks and values of each run of {@code values}; sums what it returns. */
    public static <T> int eachRun(List<T> values, ToIntBiFunction<String, List<T>> work) {
        int sum = 0;
        for (int i = 0; i < values.size(); i += RUN) {
            List<T> run = values.subList(i, Math.min(values.size(), i + RUN));
            sum += work.applyAsInt(String.join(",", Collections.nCopies(run.size(), "?")), run);
        }
        return sum;
    }

    /** The parameters {@code before}, then the run's values: for a statement whose IN list comes last. */
    public static Object[] after(List<?> run, Object... before) {
        Object[] all = new Object[before.length + run.size()];
        System.arraycopy(before, 0, all, 0, before.length);
        System.arraycopy(run.toArray(), 0, all, before.length, run.size());
        return all;
    }
}
