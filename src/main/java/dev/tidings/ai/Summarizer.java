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
import java.util.regex.MatchResult;
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
    private static final int POINT_MAX_WORDS = 40;
    private static final int POINT_MIN_WORDS = 7;
    /**
     * Openings of a sentence that leans on the one before ("That is the whole point.", "But the
     * court disagreed.", "He curled one in off the far post.", "It plans to hire 50 people.", "That
     * last decision says…"): fine in the article, meaningless alone as a key point. ("It is" and
     * "It was" open statements about nothing in particular too, but a point that opens so says
     * little.)
     */
    private static final Pattern LEANS_BACK =
            Pattern.compile("^(?:(?:But|And|So|Yet|Or|Nor|Still|Even so|Instead|Otherwise|Their|His|Its"
                    + "|However|Meanwhile|Also|Moreover|Furthermore|Nevertheless|Nonetheless|At the same time"
                    + "|Now (?:it|he|she|they|there|that|this))\\b"
                    + "|(?:It|That|They)['\u2019](?:s|re)\\b"
                    + "|(?:He|She|They|It)\\s+\\p{Ll}|That\\s+\\p{L}"
                    + "|(?:It|That|This|Those|These|They|Such|Neither|Both)\\s+"
                    + "(?:is|was|are|were|has|had|have|will|would|could|may|might|says|said|means|meant|did|does"
                    + "|do|seems|looked|looks|came|comes|follows|followed|leaves|left|makes|made|puts|marks"
                    + "|marked|covers|covered)\\b)");

    /*
     * A quotation whose speaker is only a pronoun ("'About 290 crowns a month,' she said, ..."):
     * someone's words with no one to say them, once out of the article.
     */
    private static final Pattern QUOTED_BY_PRONOUN =
            Pattern.compile("^[\"'‘“].*?[,.!?]?[\"'’”],?\\s+(?:he|she|they|we|I)\\s+(?:said|says|added|adds|told"
                    + "|tells|explained|insisted|admitted|asked|warned|recalled)\\b");

    /*
     * Someone named only by their age, as the one who acts or speaks: "The 28-year-old took 37
     * seconds off…", "…," the 68-year-old said (news names a person once, then calls them by their age).
     */
    private static final Pattern NAMED_BY_AGE = Pattern.compile(
            "\\b[Tt]he \\d{1,3}-year-old\\s+(?:said|says|told|tells|added|adds|is|was|has|had|will|would|\\p{Ll}+ed)\\b");

    /*
     * An opening clause that speaks of someone or something by a pronoun ("By the time he began to
     * chase, …", "If it is granted, …"): named in the sentence before.
     */
    private static final Pattern PRONOUN_IN_OPENING_CLAUSE = Pattern.compile(
            "^(?:If|When|By the time|As|After|Before|Once|Until|While|Although|Though|Whether|Because|Since"
                    + "|Unless)\\b[^,]*\\b(?:he|she|it|they)\\b");

    /*
     * Quotations in single marks, as British pages write them. An opening mark follows a space or a
     * bracket and comes before a letter ("'We"; not the "'90s"); a closing one follows the
     * quotation's own punctuation (",'" or ".'"). An apostrophe ("didn't", "fans' ") is neither.
     */
    private static final Pattern SINGLE_OPEN = Pattern.compile("(?:^|[\\s(\\[])['‘](?=\\p{L})");
    private static final Pattern SINGLE_CLOSE = Pattern.compile("[.,!?]['’](?=\\s|$)");

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
            if (!tldr.contains(i) && Words.count(choice.shown(i)) > POINT_MAX_WORDS) {
                String first = firstClause(choice.shown(i));
                if (first != null) {
                    choice.shownForms[i] = first;
                    cut = true;
                }
            }
            // judged as it will be shown: a caption's label cut off can leave a headline fragment
            if (!tldr.contains(i) && standsAlone(choice.shown(i)) && !repliesToAQuestion(sentences, i)) {
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
            if (n > POINT_MAX_WORDS) {
                return null;
            }
            // ", and" after commas ends a list ("the police, the firefighters, and the families")
            boolean listTail = m.group().startsWith(",") && head.contains(",");
            if (n >= POINT_MIN_WORDS && balanced(head) && !listTail) {
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

    /**
     * Whether a sentence reads as a key point on its own: whole, a statement, not too short or long,
     * not leaning back, not a quotation from an unnamed "she".
     */
    static boolean standsAlone(String sentence) {
        int words = Words.count(sentence);
        return words >= POINT_MIN_WORDS
                && words <= POINT_MAX_WORDS
                && !sentence.endsWith("?") // a teaser ("Couldn't pay for your coffee this morning?") states nothing
                && balanced(sentence)
                && !insideSingleQuotes(sentence)
                && !LEANS_BACK.matcher(sentence).find()
                && !QUOTED_BY_PRONOUN.matcher(sentence).find()
                && !pointsBack(sentence);
    }

    /*
     * Openings that stand for someone or something the sentence before named ("Some had to be
     * lifted out", "Someone had cut it out", "Just as important is", "Among them is…"), or
     * that make a simile of nothing ("Like someone running a bath").
     */
    private static final Pattern STANDS_FOR_BEFORE = Pattern.compile(
            "^(?:Like|Somewhere|Someone|Others|Each time|Just as|Some(?!\\s+\\d)|Among (?:them|those|these))\\b");
    /*
     * "This", "these" or "those" before a noun that is not a time ("those fears", "this decision";
     * not "this morning"), or "all of that": a thing the sentence before named.
     */
    private static final Pattern DEMONSTRATIVE = Pattern.compile(
            "\\b(?:[Tt]his|[Tt]hese|[Tt]hose)\\s+(?!(?:year|week|month|morning|afternoon|evening|weekend|season"
                    + "|summer|winter|spring|autumn|century|decade)s?\\b)\\p{L}|\\ball of (?:that|this|it)\\b");
    /* The writer's or a speaker's "I" and "we" outside quotation marks. */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|[Ww]e|[Oo]ur|[Mm]y|me|us)\\b");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”");

    /**
     * Whether the sentence leans on what came before or speaks in the first person outside a
     * quotation: fine in the article, unclear as a key point read alone.
     */
    static boolean pointsBack(String sentence) {
        String unquoted = QUOTED.matcher(sentence).replaceAll(" ");
        return STANDS_FOR_BEFORE.matcher(sentence).find()
                || DEMONSTRATIVE.matcher(unquoted).find()
                || FIRST_PERSON.matcher(unquoted).find()
                || NAMED_BY_AGE.matcher(sentence).find()
                || PRONOUN_IN_OPENING_CLAUSE.matcher(sentence).find();
    }

    /**
     * Whether the sentence closes a quotation it did not open, or opens one it leaves open: a
     * sentence from the middle of someone's words, which needs the sentences around it.
     */
    static boolean insideSingleQuotes(String s) {
        List<Integer> opens =
                SINGLE_OPEN.matcher(s).results().map(MatchResult::start).toList();
        List<Integer> closes =
                SINGLE_CLOSE.matcher(s).results().map(MatchResult::start).toList();
        boolean closesUnopened = !closes.isEmpty() && (opens.isEmpty() || closes.getFirst() < opens.getFirst());
        boolean leavesOpen = !opens.isEmpty() && (closes.isEmpty() || closes.getLast() < opens.getLast());
        return closesUnopened || leavesOpen;
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
