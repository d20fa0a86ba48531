package dev.tidings.ai;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The built-in summarizer: scores the article's clean sentences, takes the three likeliest
 * summary sentences (skipping any that repeats a three-word run already taken) in article order
 * as the TL;DR, and the next best short ones as key points. No network, no model files.
 */
public final class Summarizer {
    static final int TLDR = 3;
    static final int MIN_POINTS = 3;
    static final int MAX_POINTS = 5;
    static final int WORD_BUDGET = 1000;
    /*
     * News puts what matters first: the TL;DR is picked among the first six clean sentences (chosen
     * by cross-validation; a later sentence the scorer likes is more often an aside than the news).
     * Key points may come from anywhere.
     */
    static final int TLDR_WINDOW = 6;
    private static final int POINT_MAX_WORDS = 40;
    private static final double POINT_MIN_PROBABILITY = 0.08;

    private final SentenceScorer scorer = new SentenceScorer();

    /** Summarizes an article; {@code title} may be null. */
    public Summary summarize(String title, String text) {
        Scored scored = score(text == null ? "" : text);
        List<String> sentences = scored.sentences;
        if (sentences.isEmpty()) {
            return new Summary(List.of(), List.of(), "builtin");
        }
        Integer[] order = scored.byProbability();
        TreeSet<Integer> tldr = tldr(sentences, scored.probability);
        Set<String> trigrams = new HashSet<>();
        tldr.forEach(i -> trigrams.addAll(trigrams(sentences.get(i))));
        TreeSet<Integer> points = new TreeSet<>();
        for (int i : order) {
            if (points.size() == MAX_POINTS
                    || (points.size() >= MIN_POINTS && scored.probability[i] < POINT_MIN_PROBABILITY)) {
                break;
            }
            if (!tldr.contains(i) && Words.count(sentences.get(i)) <= POINT_MAX_WORDS && balanced(sentences.get(i))) {
                Set<String> t = trigrams(sentences.get(i));
                if (t.stream().noneMatch(trigrams::contains)) {
                    points.add(i);
                    trigrams.addAll(t);
                }
            }
        }
        // A short article has too few other sentences: its points restate the TL;DR ones.
        for (int i : tldr) {
            if (points.size() >= MIN_POINTS) {
                break;
            }
            points.add(i);
        }
        return new Summary(pick(sentences, tldr), pick(sentences, points), "builtin");
    }

    /** The first sentences of the clean text, the baseline every summarizer is measured against. */
    public static List<String> lead(String text, int n) {
        List<String> all = Sentences.split(text);
        return List.copyOf(all.subList(0, Math.min(n, all.size())));
    }

    /**
     * The TL;DR: the likeliest sentences, skipping any that repeats a three-word run already
     * taken, in article order.
     */
    static TreeSet<Integer> tldr(List<String> sentences, double[] probability) {
        return tldr(sentences, probability, WORD_BUDGET);
    }

    static TreeSet<Integer> tldr(List<String> sentences, double[] probability, int budget) {
        Integer[] order = new Scored(sentences, probability).byProbability();
        TreeSet<Integer> tldr = new TreeSet<>();
        Set<String> trigrams = new HashSet<>();
        int words = 0;
        for (int i : order) {
            if (tldr.size() == TLDR || words >= budget) {
                break;
            }
            if (i >= TLDR_WINDOW) {
                continue;
            }
            Set<String> t = trigrams(sentences.get(i));
            if (t.stream().noneMatch(trigrams::contains)) {
                tldr.add(i);
                trigrams.addAll(t);
                words += Words.count(sentences.get(i));
            }
        }
        return tldr;
    }

    /** Clean sentences with their summary probabilities, for the story summary and the LLM prompt. */
    Scored score(String text) {
        Clean c = clean(text);
        return new Scored(c.sentences, scorer.score(c.raw));
    }

    /** The clean sentences of a text, and each as it stood before cleaning (what the scorer reads). */
    static Clean clean(String text) {
        List<String> kept = new ArrayList<>();
        List<String> keptRaw = new ArrayList<>();
        for (String whole : Sentences.split(text)) {
            String r = CleanText.uncaption(whole);
            String c = CleanText.clean(r);
            if (CleanText.keep(c)) {
                kept.add(c);
                keptRaw.add(r);
            }
        }
        return new Clean(kept, keptRaw);
    }

    record Clean(List<String> sentences, List<String> raw) {}

    /** Sentences and the probability that each belongs in the summary. */
    record Scored(List<String> sentences, double[] probability) {
        Integer[] byProbability() {
            return IntStream.range(0, sentences.size())
                    .boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> -probability[i])
                            .thenComparingInt(i -> i))
                    .toArray(Integer[]::new);
        }
    }

    private static List<String> pick(List<String> sentences, TreeSet<Integer> indices) {
        return indices.stream().map(sentences::get).toList();
    }

    /** False for a piece of a quotation cut at a full stop inside it: it reads badly as a point. */
    static boolean balanced(String s) {
        long straight = s.chars().filter(c -> c == '"').count();
        long open = s.chars().filter(c -> c == '“').count();
        long close = s.chars().filter(c -> c == '”').count();
        return straight % 2 == 0 && open == close;
    }

    static Set<String> trigrams(String s) {
        String[] t = s.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip()
                .split(" ");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 < t.length; i++) {
            out.add(t[i] + " " + t[i + 1] + " " + t[i + 2]);
        }
        return out;
    }
}
