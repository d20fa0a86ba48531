package dev.tidings.ai;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The built-in summarizer: scores the article's clean sentences, lets {@link TldrChooser} pick the
 * TL;DR (one to three of the first sentences, judged as a set), shortens each chosen sentence with
 * {@link Compression}, and takes the next likeliest short sentences as key points. No network, no
 * model files.
 */
public final class Summarizer {
    static final int MIN_POINTS = 3;
    static final int MAX_POINTS = 5;

    private static final double POINT_MIN_PROBABILITY = 0.08;

    /*
     * Key points: weights on the share of headline words and on holding a number, added to the
     * summary probability (see byPointScore). Chosen on half of the demo articles against a
     * reader's choice of key points made blind to the method, checked on the other half
     * (docs/benchmarks.md, "Key points").
     */
    static final double[] POINT_WEIGHTS = {0.2, 0.3};

    private final SentenceScorer scorer = new SentenceScorer();
    private final Words words = new Words();

    /** Summarizes an article; {@code title} may be null. */
    public Summary summarize(String title, String text) {
        Choice c = choose(title, text);
        return new Summary(
                c.tldr.stream().map(c::shown).toList(),
                c.points.stream().map(c::shown).toList(),
                "builtin");
    }

    /**
     * The article's clean sentences, and which of them make the TL;DR and the key points (indices
     * in reading order); each is shown compressed.
     */
    Choice choose(String title, String text) {
        return choose(title, text, POINT_WEIGHTS);
    }

    /** As {@link #choose(String, String)}, with the key points ranked by these weights. */
    Choice choose(String title, String text, double[] pointWeights) {
        Clean c = clean(text == null ? "" : text);
        List<String> sentences = c.sentences;
        if (sentences.isEmpty()) {
            return new Choice(sentences, new String[0], new TreeSet<>(), new TreeSet<>());
        }
        double[][] x = scorer.features(c.raw, c.asides);
        Scored scored = new Scored(sentences, SentenceScorer.probabilities(x));
        List<String> head = sentences.subList(0, Math.min(TldrChooser.WINDOW, sentences.size())).stream()
                .map(Compression::compress)
                .toList();
        int standfirst = standfirstSentences(text, sentences);
        TreeSet<Integer> tldr = TldrChooser.choose(head, x, standfirst);
        // each sentence as it is shown (compressed), made once: the TL;DR's already are
        Choice choice = new Choice(sentences, head.toArray(new String[sentences.size()]), tldr, new TreeSet<>());
        TreeSet<Integer> points = choice.points;
        Set<String> trigrams = new HashSet<>();
        tldr.forEach(i -> trigrams.addAll(trigrams(sentences.get(i))));
        // what has been told so far, by content words: a point never tells it again in other words
        Map<Integer, Set<String>> told = new HashMap<>();
        tldr.forEach(i -> told.put(i, new HashSet<>(words.content(choice.shown(i)))));
        for (int i : byPointScore(scored, x, title, pointWeights)) {
            if (points.size() == MAX_POINTS
                    || (points.size() >= MIN_POINTS && scored.probability[i] < POINT_MIN_PROBABILITY)) {
                break;
            }
            // a sentence too long for a point may still give its first statement
            boolean cut = false;
            if (!tldr.contains(i) && Words.count(choice.shown(i)) > ReadAlone.MAX_WORDS) {
                String first = firstClause(choice.shown(i));
                if (first != null) {
                    choice.shownForms[i] = first;
                    cut = true;
                }
            }
            // judged as it will be shown: a caption's label cut off can leave a headline fragment
            if (!tldr.contains(i) && ReadAlone.standsAlone(choice.shown(i)) && !repliesToAQuestion(sentences, i)) {
                Set<String> t = trigrams(cut ? choice.shown(i) : sentences.get(i));
                Set<String> content = new HashSet<>(words.content(choice.shown(i)));
                if (t.stream().noneMatch(trigrams::contains) && !retells(content, i, told, standfirst)) {
                    points.add(i);
                    trigrams.addAll(t);
                    told.put(i, content);
                }
            }
        }
        // A short article has too few other sentences: its points restate the TL;DR ones, statements first.
        for (boolean questionsToo : new boolean[] {false, true}) {
            for (int i : tldr) {
                if (points.size() < MIN_POINTS
                        && (questionsToo || !choice.shown(i).endsWith("?"))) {
                    points.add(i);
                }
            }
        }
        return choice;
    }

    /**
     * The order in which sentences are offered as key points: their summary probability (learnt
     * from news highlights, which favour the opening), plus weights on the share of the headline's
     * content words they carry and on holding a number: a fact about what the headline says.
     */
    private Integer[] byPointScore(Scored scored, double[][] x, String title, double[] w) {
        Set<String> headline = title == null ? Set.of() : new HashSet<>(words.content(title));
        double[] score = new double[scored.sentences.size()];
        for (int i = 0; i < score.length; i++) {
            double titleShare = 0;
            if (!headline.isEmpty()) {
                Set<String> own = new HashSet<>(words.content(scored.sentences.get(i)));
                titleShare = own.stream().filter(headline::contains).count() / (double) headline.size();
            }
            score[i] = scored.probability[i] + w[0] * titleShare + w[1] * x[i][17];
        }
        return IntStream.range(0, score.length)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i))
                .toArray(Integer[]::new);
    }

    /* Where a long sentence's first statement ends and a second, with its own subject, begins. */
    private static final Pattern SECOND_STATEMENT =
            Pattern.compile("; |, (?:and|but|while) (?=(?:a|an|the|its|their|his|her|\\p{Lu})\\S*)");

    /**
     * The first statement of a sentence too long to be a key point ("Both armies are to pull heavy
     * weapons back …, and a humanitarian corridor … is to open within 48 hours …" → "Both armies are
     * to pull heavy weapons back …."), or null when it has none of a point's length.
     */
    static String firstClause(String sentence) {
        Matcher m = SECOND_STATEMENT.matcher(sentence);
        while (m.find()) {
            String head = sentence.substring(0, m.start()).strip();
            int n = Words.count(head);
            if (n > ReadAlone.MAX_WORDS) {
                return null;
            }
            // ", and" after commas ends a list ("the police, the firefighters, and the families")
            boolean listTail = m.group().startsWith(",") && head.contains(",");
            if (n >= ReadAlone.MIN_WORDS && ReadAlone.balanced(head) && !listTail) {
                return head + ".";
            }
        }
        return null;
    }

    /**
     * Whether the sentence replies to the question the article opens with ("Couldn't pay for your
     * coffee this morning? Blame a bad settings update."): alone, it answers nothing asked. (A
     * question further on is more often a heading-like "What happens next?" before a statement
     * that stands on its own.)
     */
    static boolean repliesToAQuestion(List<String> sentences, int i) {
        return i == 1 && sentences.getFirst().endsWith("?");
    }

    /** What {@link #choose} picked: indices into {@code sentences}. */
    record Choice(List<String> sentences, String[] shownForms, TreeSet<Integer> tldr, TreeSet<Integer> points) {
        /** The sentence as shown: compressed, once. */
        String shown(int i) {
            if (shownForms[i] == null) {
                shownForms[i] = Compression.compress(sentences.get(i));
            }
            return shownForms[i];
        }
    }

    /**
     * Whether sentence {@code i} (its content words {@code content}) tells again what one already told
     * does: it shares {@link TldrChooser#RESTATES} of the shorter one's content words, or {@link
     * TldrChooser#STANDFIRST_RESTATES} when either is a sentence of the standfirst (the first {@code
     * standfirst}), which sums up in other words what the article then tells ("City council backs
     * car-free centre by 31 votes to 22" / "…after the city council voted 31 to 22").
     */
    static boolean retells(Set<String> content, int i, Map<Integer, Set<String>> told, int standfirst) {
        for (var e : told.entrySet()) {
            boolean oneIsStandfirst = i < standfirst || e.getKey() < standfirst;
            if (WordOverlap.of(content, e.getValue()).ofShorter()
                    >= (oneIsStandfirst ? TldrChooser.STANDFIRST_RESTATES : TldrChooser.RESTATES)) {
                return true;
            }
        }
        return false;
    }

    /*
     * The most sentences a standfirst has: a dek is one sentence or two ("City council backs
     * car-free centre by 31 votes to 22 after a five-hour debate. Shopkeepers are furious; cyclists
     * are delighted."); a first paragraph of three is the article's own opening.
     */
    static final int STANDFIRST_SENTENCES = 2;

    /**
     * How many sentences of standfirst the text opens with: a first paragraph of at most {@value
     * #STANDFIRST_SENTENCES} sentences, the text's first kept ones, with more paragraphs after it;
     * 0 when it has none.
     */
    static int standfirstSentences(String text, List<String> sentences) {
        if (text == null || sentences.isEmpty()) {
            return 0;
        }
        String body = text.strip();
        int end = body.indexOf("\n\n");
        if (end < 0) {
            return 0;
        }
        List<String> first = Sentences.split(body.substring(0, end));
        if (first.isEmpty() || first.size() > STANDFIRST_SENTENCES || first.size() >= sentences.size()) {
            return 0;
        }
        for (int i = 0; i < first.size(); i++) {
            if (!CleanText.clean(CleanText.uncaption(first.get(i))).equals(sentences.get(i))) {
                return 0;
            }
        }
        return first.size();
    }

    /** The first sentences of the clean text, the baseline every summarizer is measured against. */
    public static List<String> lead(String text, int n) {
        List<String> all = Sentences.split(text);
        return List.copyOf(all.subList(0, Math.min(n, all.size())));
    }

    /** Clean sentences with their summary probabilities, for the story summary and the LLM prompt. */
    Scored score(String text) {
        Clean c = clean(text);
        return new Scored(c.sentences, scorer.score(c.raw, c.asides));
    }

    /** The clean sentences of a text, and each as it stood before cleaning (what the scorer reads). */
    static Clean clean(String text) {
        List<String> kept = new ArrayList<>();
        List<String> keptRaw = new ArrayList<>();
        StringBuilder asides = new StringBuilder();
        for (String whole : Sentences.split(text)) {
            String r = CleanText.uncaption(whole);
            String c = CleanText.clean(r);
            if (CleanText.keep(c)) {
                kept.add(c);
                keptRaw.add(r);
                asides.append(whole, 0, whole.length() - r.length()).append('\n');
            } else {
                asides.append(whole).append('\n');
            }
        }
        return new Clean(kept, keptRaw, asides.toString());
    }

    /**
     * The clean sentences, each as it stood before cleaning, and the text left out (captions cut
     * from the start of a sentence, dropped lines): on news pages the captions restate the story's
     * main facts, so the scorer reads them as a hint.
     */
    record Clean(List<String> sentences, List<String> raw, String asides) {}

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
