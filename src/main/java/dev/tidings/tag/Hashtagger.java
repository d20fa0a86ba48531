package dev.tidings.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Hashtags and keyphrases for one article. The ranked noun phrases become tags in CamelCase;
 * a name takes the spelling the corpus uses most among the document's ways of writing it
 * (so "Vladimir Putin" and "Putin" are one tag), and near-duplicates and empty tags are dropped.
 */
public final class Hashtagger {
    static final int MAX_TAGS = 8;
    static final int MIN_TAGS = 3;
    static final int KEYPHRASES = 15;
    private static final double NAME_WEIGHT = 1.5;
    private static final double FLOOR = 0.15;
    /** A single common noun must be nearly as salient as the best tag to be a topic (#Ceasefire, not #Town). */
    private static final double SINGLE_WORD_FLOOR = 0.4;
    /** At most this many single common nouns: past two, a list of them says less than a phrase. */
    private static final int MAX_BARE_NOUNS = 2;
    /** With enough articles counted, a word in more than this share of them is too common to be a tag. */
    private static final double COMMON_SHARE = 0.15;

    private static final int COMMON_MIN_DOCUMENTS = 20;

    private static volatile PosTagger tagger;

    private final Keyphrases keyphrases;

    Hashtagger(Keyphrases keyphrases) {
        this.keyphrases = keyphrases;
    }

    /** The production tagger (the POS model loads once per process). */
    public static Hashtagger standard() {
        return new Hashtagger(standardKeyphrases());
    }

    /** An article's tags, most salient first, and its keyphrases in plain lowercase words, best first. */
    public record Result(List<String> hashtags, List<String> keyphrases) {}

    Keyphrases.Parsed parse(String title, String text) {
        return keyphrases.parse(title, text);
    }

    /** Tags a parsed document against the corpus (which should already count this document). */
    Result tag(Keyphrases.Parsed doc, CorpusStats corpus) {
        List<Candidate> ranked = keyphrases.rank(doc, corpus);
        return new Result(hashtags(ranked, corpus), Keyphrases.plain(ranked, KEYPHRASES));
    }

    /** Tags one text on its own, with no corpus. */
    public Result tagAlone(String title, String text) {
        var doc = parse(title, text);
        MemoryCorpusStats self = new MemoryCorpusStats();
        self.count(doc.counts());
        return tag(doc, self);
    }

    private static List<String> hashtags(List<Candidate> ranked, CorpusStats corpus) {
        List<Candidate> bySalience = new ArrayList<>(ranked);
        bySalience.sort(Comparator.comparingDouble(Hashtagger::salience).reversed());
        Map<String, Candidate> chosen = new LinkedHashMap<>();
        double top = bySalience.isEmpty() ? 0 : salience(bySalience.getFirst());
        Set<String> commonWords = commonWords(bySalience, corpus);
        Map<String, Candidate> namesByHead = namesByHead(ranked);
        // longer names that a chosen name stands for ("Kestrel Cells" behind #Kestrel)
        List<Candidate> absorbed = new ArrayList<>();
        for (Candidate next : bySalience) {
            if (chosen.size() == MAX_TAGS || (chosen.size() >= MIN_TAGS && salience(next) < FLOOR * top)) {
                break;
            }
            if (TagNames.empty(next.plain().split(" ")) || !substantial(next) || peopleOfACountry(next)) {
                continue;
            }
            // "the gallery" is the National Gallery the article names
            Candidate named = nameItStandsFor(next, namesByHead);
            Candidate c = named == null ? next : named;
            String plain = c.plain();
            if (overlaps(c, chosen.values())) {
                if (c.proper && c.length() > 1) {
                    absorbed.add(c);
                }
                continue;
            }
            boolean bareNoun = !c.proper && c.length() == 1;
            if (bareNoun
                    && (commonWords.contains(c.key)
                            || salience(c) < SINGLE_WORD_FLOOR * top
                            || bareNouns(chosen.values()) >= MAX_BARE_NOUNS)) {
                continue;
            }
            String tag = TagNames.camelCase(c.proper ? spelling(c, corpus) : plain);
            if (tag.isEmpty()
                    || !Character.isLetter(tag.codePointAt(0))
                    || chosen.containsKey(tag.toLowerCase(Locale.ROOT))) {
                continue;
            }
            c.tag = tag;
            Candidate sibling = placeOrAdjective(c, chosen.values());
            if (sibling == null) {
                chosen.put(tag.toLowerCase(Locale.ROOT), c);
            } else if (tag.length() < sibling.tag.length()) {
                // one tag for a place and its adjective: the place's name, in the adjective's rank
                Map<String, Candidate> renamed = new LinkedHashMap<>();
                chosen.forEach((k, d) -> {
                    if (d == sibling) {
                        renamed.put(tag.toLowerCase(Locale.ROOT), c);
                    } else {
                        renamed.put(k, d);
                    }
                });
                chosen.clear();
                chosen.putAll(renamed);
            }
        }
        List<Candidate> names = new ArrayList<>(chosen.values());
        names.addAll(absorbed);
        List<String> out = new ArrayList<>();
        for (Candidate c : chosen.values()) {
            if (!partOfAName(c, names)) {
                out.add(c.tag);
            }
        }
        return out;
    }

    /**
     * A nationality and a common noun ("Ardenian astronomers", "Italian film"): who or what, not
     * which; the country, if it matters, is a tag of its own.
     */
    private static boolean peopleOfACountry(Candidate c) {
        return !c.proper && c.length() == 2 && c.afterANationality;
    }

    /** How often the bare noun must stand alone to stand for the name ("the gallery", nine times). */
    private static final int NAMED_BY_ITS_HEAD = 3;

    /**
     * A single common noun that ends a name the article gives ("the gallery" after "the National
     * Gallery", "the observatory" after "the Kessel Observatory") stands for that name, the
     * likeliest one if there are several ({@code namesByHead}: see {@link #namesByHead}).
     */
    private static Candidate nameItStandsFor(Candidate c, Map<String, Candidate> namesByHead) {
        if (c.proper || c.length() != 1 || c.count < NAMED_BY_ITS_HEAD) {
            return null;
        }
        return namesByHead.get(c.stems[0]);
    }

    /** The article's names of two to four words by the stem of their last word, the likeliest for each. */
    private static Map<String, Candidate> namesByHead(List<Candidate> ranked) {
        Map<String, Candidate> out = new HashMap<>();
        for (Candidate d : ranked) {
            if (d.proper && d.length() > 1 && d.length() <= 4) {
                out.merge(d.stems[d.length() - 1], d, (a, b) -> b.score > a.score ? b : a);
            }
        }
        return out;
    }

    /** How many of the chosen are single common nouns. */
    private static long bareNouns(java.util.Collection<Candidate> chosen) {
        return chosen.stream().filter(d -> !d.proper && d.length() == 1).count();
    }

    /**
     * A common word that is a word of a chosen name ("gallery" beside the National Gallery, "police"
     * beside the Ardenian Police), or of a longer name a chosen one stands for ("cells" beside
     * #Kestrel, for Kestrel Cells): the name says it, whichever of the two ranked first.
     */
    private static boolean partOfAName(Candidate c, Iterable<Candidate> chosen) {
        if (c.proper || c.length() != 1) {
            return false;
        }
        for (Candidate d : chosen) {
            if (d.proper && d.length() > 1 && List.of(d.stems).contains(c.stems[0])) {
                return true;
            }
        }
        return false;
    }

    private static Candidate placeOrAdjective(Candidate c, Iterable<Candidate> chosen) {
        if (!c.proper || c.length() != 1) {
            return null;
        }
        for (Candidate d : chosen) {
            if (d.proper && d.length() == 1 && TagNames.placeAndAdjective(c.tag, d.tag)) {
                return d;
            }
        }
        return null;
    }

    /** Single common nouns among the candidates that too many articles of the corpus contain. */
    private static Set<String> commonWords(List<Candidate> candidates, CorpusStats corpus) {
        long documents = corpus.documents();
        if (documents < COMMON_MIN_DOCUMENTS) {
            return Set.of();
        }
        List<String> words = new ArrayList<>();
        for (Candidate c : candidates.subList(0, Math.min(candidates.size(), 40))) {
            if (!c.proper && c.length() == 1) {
                words.add(c.key);
            }
        }
        Set<String> common = new HashSet<>();
        corpus.frequencies(words).forEach((w, df) -> {
            if (df > COMMON_SHARE * documents) {
                common.add(w);
            }
        });
        return common;
    }

    private static double salience(Candidate c) {
        return c.score * (c.proper ? NAME_WEIGHT : 1.0);
    }

    /**
     * A topic must recur: a common word three times, not counting its times inside a name ("a
     * floor, not a house" is no topic for the Customs House), a common phrase of at most three
     * words twice (once if in the headline). Names need only be names.
     */
    static boolean substantial(Candidate c) {
        int seen = c.count + c.contained;
        if (c.proper) {
            return c.length() <= 5;
        }
        if (c.length() == 1) {
            return seen - c.containedInNames >= 3;
        }
        return c.length() <= 3 && (seen >= 2 || c.inTitle);
    }

    /**
     * One tag per thing: a phrase inside a chosen phrase of the same kind (or around one) adds
     * nothing, and neither does a word of a chosen phrase that seldom stands alone, common words
     * inside a chosen name ("seafood exporters" of Northmark Seafood Exporters), or a chosen name
     * with a word after it.
     */
    private static boolean overlaps(Candidate c, Iterable<Candidate> chosen) {
        Set<String> mine = new HashSet<>(List.of(c.stems));
        for (Candidate d : chosen) {
            Set<String> theirs = new HashSet<>(List.of(d.stems));
            boolean sameKind = d.proper == c.proper;
            if (sameKind && (theirs.containsAll(mine) || mine.containsAll(theirs))) {
                return true;
            }
            if (!c.proper && d.proper && (nameAndAWord(c, d) || theirs.containsAll(mine))) {
                return true;
            }
            if (c.length() == 1 && theirs.containsAll(mine) && c.count < 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name and one common word after it ("Saltmarsh truce", "Winter Orchard review"), which
     * says no more than the name. Only where the phrase writes the name as one ("cancer rates" is
     * not about a Cancer the article took for a name at a sentence's start).
     */
    private static boolean nameAndAWord(Candidate phrase, Candidate name) {
        if (phrase.length() != name.length() + 1) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!phrase.stems[i].equals(name.stems[i])) {
                return false;
            }
        }
        return Character.isUpperCase(phrase.mostFrequentForm().codePointAt(0));
    }

    /**
     * The spelling of a name: among the ways this document writes it (in full, or by its last
     * word when the document also does), the one the corpus writes most often.
     */
    static String spelling(Candidate c, CorpusStats corpus) {
        Map<String, Integer> local = new HashMap<>(c.nameForms.isEmpty() ? c.forms : c.nameForms);
        for (Candidate part : c.parts) {
            part.nameForms.forEach((f, n) -> local.merge(f, n, Integer::sum));
        }
        for (String form : List.copyOf(local.keySet())) {
            int space = form.lastIndexOf(' ');
            if (space > 0) {
                local.putIfAbsent(form.substring(space + 1), 0);
            }
        }
        Set<String> keys = new HashSet<>();
        for (String form : local.keySet()) {
            keys.add(form.toLowerCase(Locale.ROOT));
        }
        Map<String, CorpusStats.NameCount> counts = corpus.names(keys);
        String best = null;
        long bestCount = -1;
        int bestLocal = -1;
        // First the spellings this document uses, then a bare surname it does not use, which wins
        // only if the corpus writes it more often (so every article about Holm, whether it says
        // "Mattias Holm" or "Holm", compares the same two counts, and "Tannery Lane" stays whole).
        for (boolean written : new boolean[] {true, false}) {
            long bar = written ? -1 : Math.max(bestCount, 0);
            for (var e : local.entrySet()) {
                if ((e.getValue() > 0) != written) {
                    continue;
                }
                var n = counts.get(e.getKey().toLowerCase(Locale.ROOT));
                if ((!written && n == null) || bareTail(e.getKey(), local)) {
                    continue;
                }
                long count = (n == null ? e.getValue() : n.count()) * (isSurname(e.getKey(), local) ? 2 : 1);
                String spelled = n == null ? e.getKey() : n.spelling();
                boolean better = count > bestCount
                        || (count == bestCount && e.getValue() > bestLocal)
                        || (count == bestCount && e.getValue() == bestLocal && spelled.compareTo(best) < 0);
                if (better && count > bar) {
                    best = spelled;
                    bestCount = count;
                    bestLocal = e.getValue();
                }
            }
        }
        return best == null ? c.plain() : best;
    }

    /**
     * The last word of a place's or a firm's longer name ("Lane" of "Tannery Lane", "North" of
     * "Halcyon North"): it names nothing alone, however often the corpus writes it.
     */
    private static boolean bareTail(String form, Map<String, Integer> forms) {
        return form.indexOf(' ') < 0
                && Words.NAME_TAILS.contains(form.toLowerCase(Locale.ROOT))
                && forms.keySet().stream().anyMatch(f -> f.indexOf(' ') > 0);
    }

    /**
     * A bare last word of a longer form ("Voss" of "Anneliese Voss") counts double: news writes a
     * person in full once and by surname after, so early on, before the corpus has spoken, every
     * article still settles on the same tag.
     */
    private static boolean isSurname(String form, Map<String, Integer> forms) {
        if (form.indexOf(' ') >= 0) {
            return false;
        }
        for (String other : forms.keySet()) {
            if (other.endsWith(" " + form)) {
                return true;
            }
        }
        return false;
    }

    static PosTagger tagger() {
        PosTagger t = tagger;
        if (t == null) {
            synchronized (Hashtagger.class) {
                if (tagger == null) {
                    tagger = PosTagger.load();
                }
                t = tagger;
            }
        }
        return t;
    }

    static Keyphrases standardKeyphrases() {
        return new Keyphrases(new Analyzer(tagger()), new KeyphraseExtractor(KeyphraseExtractor.Params.DEFAULT));
    }
}
