package dev.tidings.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A node's counters, gauges and histograms, written out in Prometheus's text format for
 * {@code /metrics}. Each node counts only its own work; a scraper adds the nodes up. Label values
 * must come from small fixed sets (a route's pattern, a status class), never from a request.
 */
public final class Metrics {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private final List<Family> families = new CopyOnWriteArrayList<>();

    /** A counter with these label names; {@link Counter#inc} takes the values in the same order. */
    public Counter counter(String name, String help, String... labels) {
        Counter c = new Counter(name, help, labels);
        register(c);
        return c;
    }

    /** A histogram of values (seconds, say) over these bucket bounds, ascending. */
    public Histogram histogram(String name, String help, double[] bounds, String... labels) {
        Histogram h = new Histogram(name, help, bounds, labels);
        register(h);
        return h;
    }

    /**
     * A gauge read when scraped: {@code values} gives one sample per label value set (an empty
     * map for none). A reading that fails leaves the gauge out of that scrape.
     */
    public void gauge(String name, String help, String label, Supplier<Map<String, Double>> values) {
        register(new Gauge(name, help, label, values, "gauge"));
    }

    /** A gauge without labels, read when scraped. */
    public void gauge(String name, String help, Supplier<Double> value) {
        register(new Gauge(name, help, null, () -> Map.of("", value.get()), "gauge"));
    }

    /** A count kept elsewhere (the CPU time the JVM reports, say), read when scraped. */
    public void total(String name, String help, Supplier<Double> value) {
        register(new Gauge(name, help, null, () -> Map.of("", value.get()), "counter"));
    }

    private void register(Family f) {
        if (!NAME.matcher(f.name).matches()) {
            throw new IllegalArgumentException("not a metric name: " + f.name);
        }
        if (families.stream().anyMatch(g -> g.name.equals(f.name))) {
            throw new IllegalArgumentException("metric registered twice: " + f.name);
        }
        families.add(f);
    }

    /** Every metric in Prometheus's text exposition format (version 0.0.4). */
    public String scrape() {
        StringBuilder out = new StringBuilder();
        for (Family f : families) {
            List<String> lines = new ArrayList<>();
            try {
                f.write(lines);
            } catch (RuntimeException e) {
                continue; // a gauge whose source failed (a database away): the rest still reads
            }
            out.append("# HELP ")
                    .append(f.name)
                    .append(' ')
                    .append(escapeHelp(f.help))
                    .append('\n');
            out.append("# TYPE ").append(f.name).append(' ').append(f.type()).append('\n');
            lines.forEach(l -> out.append(l).append('\n'));
        }
        return out.toString();
    }

    private abstract static sealed class Family permits Counter, Histogram, Gauge {
        final String name;
        final String help;
        final String[] labels;

        Family(String name, String help, String[] labels) {
            this.name = name;
            this.help = help;
            this.labels = labels.clone();
        }

        abstract String type();

        abstract void write(List<String> lines);

        /**
         * The label pairs for these values as they are written out ({@code route="/",status="2xx"}),
         * which also keys the family's samples: nothing to take apart again when writing.
         */
        String key(String[] values) {
            if (values.length != labels.length) {
                throw new IllegalArgumentException(
                        name + " takes " + labels.length + " label values, not " + values.length);
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < labels.length; i++) {
                sb.append(i == 0 ? "" : ",")
                        .append(labels[i])
                        .append("=\"")
                        .append(escapeValue(values[i]))
                        .append('"');
            }
            return sb.toString();
        }

        /** A sample's name with its label pairs, and one more pair when {@code extra} is not null. */
        String sample(String suffix, String key, String extra) {
            String pairs = extra == null ? key : key.isEmpty() ? extra : key + "," + extra;
            return name + suffix + (pairs.isEmpty() ? "" : "{" + pairs + "}");
        }
    }

    /** A count that only goes up, per set of label values. */
    public static final class Counter extends Family {
        private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

        private Counter(String name, String help, String[] labels) {
            super(name, help, labels);
        }

        public void inc(String... values) {
            counts.computeIfAbsent(key(values), k -> new LongAdder()).increment();
        }

        /** The count so far for these label values. */
        public long get(String... values) {
            LongAdder a = counts.get(key(values));
            return a == null ? 0 : a.sum();
        }

        @Override
        String type() {
            return "counter";
        }

        @Override
        void write(List<String> lines) {
            counts.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> lines.add(
                            sample("", e.getKey(), null) + " " + e.getValue().sum()));
        }
    }

    /** How many observations fell at or under each bound, their sum and their count. */
    public static final class Histogram extends Family {
        private final double[] bounds;
        private final Map<String, Cells> cells = new ConcurrentHashMap<>();

        private record Cells(LongAdder[] buckets, DoubleAdder sum, LongAdder count) {}

        private Histogram(String name, String help, double[] bounds, String[] labels) {
            super(name, help, labels);
            for (int i = 1; i < bounds.length; i++) {
                if (bounds[i] <= bounds[i - 1]) {
                    throw new IllegalArgumentException(name + ": bucket bounds must ascend");
                }
            }
            this.bounds = bounds.clone();
        }

        public void observe(double value, String... values) {
            Cells c = cells.computeIfAbsent(key(values), k -> {
                LongAdder[] b = new LongAdder[bounds.length];
                Arrays.setAll(b, i -> new LongAdder());
                return new Cells(b, new DoubleAdder(), new LongAdder());
            });
            for (int i = 0; i < bounds.length; i++) {
                if (value <= bounds[i]) {
                    c.buckets[i].increment(); // counted in its own bucket; summed up when written
                    break;
                }
            }
            c.sum.add(value);
            c.count.increment();
        }

        @Override
        String type() {
            return "histogram";
        }

        @Override
        void write(List<String> lines) {
            cells.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                String key = e.getKey();
                Cells c = e.getValue();
                long below = 0;
                for (int i = 0; i < bounds.length; i++) {
                    below += c.buckets[i].sum();
                    lines.add(sample("_bucket", key, "le=\"" + number(bounds[i]) + "\"") + " " + below);
                }
                long count = c.count.sum();
                lines.add(sample("_bucket", key, "le=\"+Inf\"") + " " + count);
                lines.add(sample("_sum", key, null) + " " + number(c.sum.sum()));
                lines.add(sample("_count", key, null) + " " + count);
            });
        }
    }

    /* A value read when scraped; typed "counter" when it only goes up. */
    private static final class Gauge extends Family {
        private final Supplier<Map<String, Double>> values;
        private final String type;

        private Gauge(String name, String help, String label, Supplier<Map<String, Double>> values, String type) {
            super(name, help, label == null ? new String[0] : new String[] {label});
            this.values = values;
            this.type = type;
        }

        @Override
        String type() {
            return type;
        }

        @Override
        void write(List<String> lines) {
            values.get().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> lines.add(sample("", labels.length == 0 ? "" : key(new String[] {e.getKey()}), null)
                            + " "
                            + number(e.getValue())));
        }
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%s", v);
    }

    private static String escapeValue(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String escapeHelp(String h) {
        return h.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
