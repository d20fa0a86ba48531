package dev.tidings.search;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Deterministic synthetic news for benchmarks: a Zipfian vocabulary of made-up words with common
 * two-word phrases, log-normal article lengths (median about 400 words), a few hundred outlets of
 * very unequal size, three languages, and publication times spread over two years. Written as one
 * tab-separated file, {@code id, published, source, outlet, language, title, body}, one article a line.
 */
public final class SyntheticCorpus {
    static final String FILE = "corpus.tsv";
    /** The corpus file's first line starts with this, then the seed and the article count. */
    private static final String HEADER = "# seed=";

    static final int VOCABULARY = 60_000;
    static final int OUTLETS = 300;
    static final int PHRASES = 2_000;
    private static final double ZIPF_S = 1.05;
    private static final long SPAN_MS = 2L * 365 * 24 * 3600 * 1000;
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final String[] ONSETS = {
        "b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "pr", "r", "s", "sh", "st", "t",
        "tr", "v", "w", "z"
    };
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "io"};
    private static final String[] CODAS = {"", "", "n", "r", "s", "t", "l", "m", "nd", "st", "rk"};

    final String[] words;
    final int[][] phrases;
    final String[] outlets;
    private final double[] cumulative;
    private final double[] outletCumulative;

    SyntheticCorpus(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        words = vocabulary(r);
        cumulative = zipf(VOCABULARY, ZIPF_S);
        outletCumulative = zipf(OUTLETS, 0.9);
        outlets = new String[OUTLETS];
        for (int i = 0; i < OUTLETS; i++) {
            outlets[i] =
                    capital(word(r)) + " " + new String[] {"Times", "Post", "Herald", "Wire", "Ledger", "Daily"}[i % 6];
        }
        phrases = new int[PHRASES][];
        for (int i = 0; i < PHRASES; i++) {
            phrases[i] = new int[] {sample(r), sample(r)};
        }
    }

    /** The bench's vocabulary rank {@code rank} (0 is the commonest word). */
    String word(int rank) {
        return words[rank];
    }

    /** Writes {@code n} articles to {@code dir/corpus.tsv}, showing progress on {@code progress}. */
    public static Path write(Path dir, int n, long seed, PrintStream progress) throws IOException {
        Files.createDirectories(dir);
        SyntheticCorpus c = new SyntheticCorpus(seed);
        Path file = dir.resolve(FILE);
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + seed + " articles=" + n + "\n");
            StringBuilder line = new StringBuilder(8192);
            for (int i = 0; i < n; i++) {
                line.setLength(0);
                c.article(r, i, n, line);
                out.append(line).append('\n');
                if (progress != null && (i + 1) % 100_000 == 0) {
                    progress.printf("generated %d articles%n", i + 1);
                }
            }
        }
        return file;
    }

    /** The seed the corpus in {@code dir} was written with (from its header line). */
    static long seed(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            throw new IOException("no corpus in " + dir + "; run: tidings bench corpus --articles N --data " + dir);
        }
        try (var in = Files.newBufferedReader(file)) {
            String header = in.readLine();
            if (header == null || !header.startsWith(HEADER)) {
                throw new IOException("not a bench corpus (no '# seed=' header): " + file);
            }
            return Long.parseLong(header.substring(HEADER.length()).split(" ")[0]);
        }
    }

    /** Reads every article of the corpus in {@code dir}, in order. */
    static void read(Path dir, Consumer<Row> each) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 7);
                each.accept(new Row(
                        f[0],
                        Instant.ofEpochMilli(Long.parseLong(f[1])),
                        Long.parseLong(f[2]),
                        f[3],
                        f[4],
                        f[5],
                        f[6]));
            }
        }
    }

    /** One article of the corpus. */
    record Row(
            String id, Instant published, long sourceId, String outlet, String language, String title, String body) {}

    private void article(SplittableRandom r, int i, int n, StringBuilder line) {
        int outlet = pick(outletCumulative, r.nextDouble());
        long published = START.toEpochMilli() + (long) ((double) i / n * SPAN_MS) + r.nextLong(3_600_000);
        double u = r.nextDouble();
        String language = u < 0.9 ? "en" : u < 0.95 ? "fr" : "de";
        // A story has a few topic words it repeats, as news does.
        int[] topic = {200 + r.nextInt(8_000), 200 + r.nextInt(8_000), 500 + r.nextInt(20_000)};
        line.append('a')
                .append(i)
                .append('\t')
                .append(published)
                .append('\t')
                .append(outlet + 1)
                .append('\t');
        line.append(outlets[outlet]).append('\t').append(language).append('\t');
        int titleWords = 6 + r.nextInt(8);
        words(r, titleWords, topic, line, false);
        line.append('\t');
        int length = (int) Math.max(50, Math.min(3_000, Math.exp(Math.log(400) + 0.6 * gaussian(r))));
        words(r, length, topic, line, true);
    }

    private void words(SplittableRandom r, int count, int[] topic, StringBuilder out, boolean sentences) {
        int sentence = 0;
        int sentenceLength = 8 + r.nextInt(22);
        for (int w = 0; w < count; w++) {
            if (w > 0) {
                out.append(' ');
            }
            String word;
            double u = r.nextDouble();
            if (u < 0.06) {
                word = words[topic[r.nextInt(topic.length)]];
            } else if (u < 0.09) {
                int[] p = phrases[r.nextInt(PHRASES)];
                word = words[p[0]] + " " + words[p[1]];
                w++;
            } else {
                word = words[sample(r)];
            }
            out.append(sentences && sentence == 0 ? capital(word) : word);
            if (sentences && ++sentence >= sentenceLength) {
                out.append('.');
                sentence = 0;
                sentenceLength = 8 + r.nextInt(22);
            }
        }
        if (sentences && sentence > 0) {
            out.append('.');
        }
    }

    private int sample(SplittableRandom r) {
        return pick(cumulative, r.nextDouble());
    }

    private static int pick(double[] cumulative, double u) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[] zipf(int n, double s) {
        double[] c = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1 / Math.pow(k + 1, s);
            c[k] = sum;
        }
        for (int k = 0; k < n; k++) {
            c[k] /= sum;
        }
        return c;
    }

    private static double gaussian(SplittableRandom r) {
        double u = Math.max(r.nextDouble(), 1e-12);
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static String[] vocabulary(SplittableRandom r) {
        List<String> out = new ArrayList<>(VOCABULARY);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (out.size() < VOCABULARY) {
            String w = word(r);
            if (seen.add(w)) {
                out.add(w);
            }
        }
        // Short words are the common ones, as in real text.
        out.sort(java.util.Comparator.comparingInt(String::length).thenComparing(w -> 0));
        return out.toArray(String[]::new);
    }

    private static String word(SplittableRandom r) {
        StringBuilder w = new StringBuilder();
        int syllables = 1 + r.nextInt(r.nextInt(4) + 1);
        for (int s = 0; s < syllables; s++) {
            w.append(ONSETS[r.nextInt(ONSETS.length)]).append(VOWELS[r.nextInt(VOWELS.length)]);
        }
        return w.append(CODAS[r.nextInt(CODAS.length)]).toString();
    }

    private static String capital(String w) {
        return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }
}
