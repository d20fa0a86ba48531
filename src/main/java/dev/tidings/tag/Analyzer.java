package dev.tidings.tag;

import dev.tidings.nlp.PorterStemmer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Text to tagged tokens. The statistical tagger misses many names (it learnt on web text), so
 * capitalisation in running text corrects it: a capitalised word in mid-sentence is a name,
 * and a word that opens a sentence or stands in a headline is judged by how the body writes it.
 */
final class Analyzer {
    private final PosTagger tagger;

    Analyzer(PosTagger tagger) {
        this.tagger = tagger;
    }

    /** Tokens of the title (may be null or blank) and the text; a first line that reads as a headline counts as title. */
    List<Token> analyze(String title, String text) {
        List<List<String>> titleSentences = title == null || title.isBlank() ? List.of() : Tokenizer.sentences(title);
        List<List<String>> body = Tokenizer.sentences(text == null ? "" : text);
        int headlineLines = 0;
        if (titleSentences.isEmpty() && body.size() > 1 && looksLikeHeadline(body.getFirst())) {
            headlineLines = 1;
        }
        Map<String, int[]> casing = casing(body, headlineLines);
        boolean titleInSentenceCase = inSentenceCase(titleSentences);
        if (titleInSentenceCase) {
            countCasing(casing, titleSentences);
        }
        List<Token> tokens = new ArrayList<>();
        int sentence = 0;
        for (List<String> s : titleSentences) {
            addSentence(tokens, titleInSentenceCase ? s : sentenceCase(s, casing), sentence++, true);
        }
        for (int i = 0; i < body.size(); i++) {
            boolean headline = i < headlineLines;
            addSentence(tokens, headline ? sentenceCase(body.get(i), casing) : body.get(i), sentence++, headline);
        }
        return correctNames(retagHeadlines(tokens), casing);
    }

    /**
     * Headlines drop articles and auxiliaries ("Bank lifts rate"), so the tagger takes their
     * verbs for plural nouns. A headline word takes the tag the body most often gives it; one the
     * body never uses, ending in "s" right after a noun, is read as a verb.
     */
    private static List<Token> retagHeadlines(List<Token> tokens) {
        Map<String, Map<String, Integer>> bodyTags = new HashMap<>();
        boolean anyTitle = false;
        for (Token t : tokens) {
            if (t.title()) {
                anyTitle = true;
            } else {
                bodyTags.computeIfAbsent(t.lower(), k -> new HashMap<>()).merge(t.pos(), 1, Integer::sum);
            }
        }
        if (!anyTitle) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens);
        for (int i = 0; i < out.size(); i++) {
            Token t = out.get(i);
            if (!t.title() || !(t.pos().equals("NOUN") || t.pos().equals("PROPN"))) {
                continue;
            }
            Map<String, Integer> seen = bodyTags.get(t.lower());
            if (seen != null) {
                String usual = seen.entrySet().stream()
                        .max(Map.Entry.comparingByValue())
                        .orElseThrow()
                        .getKey();
                if (!usual.equals("PROPN") && !usual.equals(t.pos())) {
                    out.set(i, t.withPos(usual));
                }
            } else if (i > 0
                    && t.lower().endsWith("s")
                    && !t.lower().endsWith("ss")
                    && out.get(i - 1).title()
                    && out.get(i - 1).sentence() == t.sentence()
                    && out.get(i - 1).noun()) {
                out.set(i, t.withPos("VERB"));
            }
        }
        return out;
    }

    /** How running text (not headlines, not sentence openings) writes each word: {capitalised, lowercase}. */
    private static Map<String, int[]> casing(List<List<String>> body, int skip) {
        Map<String, int[]> casing = new HashMap<>();
        countCasing(casing, body.subList(Math.min(skip, body.size()), body.size()));
        return casing;
    }

    private static void countCasing(Map<String, int[]> casing, List<List<String>> sentences) {
        for (List<String> s : sentences) {
            for (int j = 1; j < s.size(); j++) {
                String w = s.get(j);
                if (Words.hasLetter(w) && !opensAQuote(s, j)) {
                    int[] c = casing.computeIfAbsent(w.toLowerCase(Locale.ROOT).replace('’', '\''), k -> new int[2]);
                    c[Character.isUpperCase(w.codePointAt(0)) ? 0 : 1]++;
                }
            }
        }
    }

    /**
     * A headline written as a sentence ("Ardenian astronomers report signs of water vapour"), not
     * in Title Case: most of its words after the first are lowercase, so each of its words is
     * written as running text would write it, and counts as such.
     */
    private static boolean inSentenceCase(List<List<String>> title) {
        int lower = 0;
        int upper = 0;
        for (List<String> s : title) {
            for (int j = 1; j < s.size(); j++) {
                String w = s.get(j);
                if (Words.hasLetter(w) && !Words.STOP.contains(w.toLowerCase(Locale.ROOT))) {
                    if (Character.isUpperCase(w.codePointAt(0))) {
                        upper++;
                    } else if (Character.isLowerCase(w.codePointAt(0))) {
                        lower++;
                    }
                }
            }
        }
        return lower >= 2 && lower > upper;
    }

    /**
     * Headlines Capitalise Every Word, which the tagger reads as names. Rewritten in sentence
     * case, keeping capitals only on words the body capitalises and on acronyms.
     */
    private static List<String> sentenceCase(List<String> words, Map<String, int[]> casing) {
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            int[] c = casing.get(w.toLowerCase(Locale.ROOT).replace('’', '\''));
            boolean acronym = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && Words.hasLetter(w);
            boolean name = c != null && c[0] > c[1];
            String lower = w.toLowerCase(Locale.ROOT);
            if (acronym || name) {
                out.add(w);
            } else if (i == 0 && !lower.isEmpty()) {
                out.add(lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1));
            } else {
                out.add(lower);
            }
        }
        return out;
    }

    private static boolean looksLikeHeadline(List<String> words) {
        String last = words.getLast();
        return words.size() <= 25 && !last.equals(".") && !last.equals("?") && !last.equals("!");
    }

    private void addSentence(List<Token> out, List<String> words, int sentence, boolean title) {
        String[] tags = tagger.tag(words);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String lower = w.toLowerCase(Locale.ROOT).replace('’', '\'');
            out.add(new Token(w, lower, stemOf(lower), tags[i], sentence, i == 0 || opensAQuote(words, i), title));
        }
    }

    /**
     * A word straight after a quotation mark opens the quoted sentence ("… called it "a win", and
     * "Rent in a small town hurts…""): its capital says nothing about whether it is a name.
     */
    private static boolean opensAQuote(List<String> words, int i) {
        if (i == 0) {
            return false;
        }
        String before = words.get(i - 1);
        return before.equals("\"") || before.equals("“") || before.equals("‘") || before.equals("'");
    }

    /** The stem used to compare words: Porter on each hyphen-separated part, apostrophes dropped. */
    static String stemOf(String lower) {
        if (lower.indexOf('-') < 0 && lower.indexOf('\'') < 0 && lower.indexOf('.') < 0) {
            return PorterStemmer.stem(lower);
        }
        StringBuilder sb = new StringBuilder();
        for (String part : lower.split("[^\\p{L}\\p{M}\\p{N}]+")) {
            if (!part.isEmpty()) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(PorterStemmer.stem(part));
            }
        }
        return sb.toString();
    }

    private static List<Token> correctNames(List<Token> tokens, Map<String, int[]> casing) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(correct(t, casing.get(t.lower())));
        }
        return out;
    }

    private static Token correct(Token t, int[] casing) {
        if (!Words.hasLetter(t.text()) || Words.STOP.contains(t.lower())) {
            return t;
        }
        boolean free = !t.title() && !t.sentenceStart();
        int upper = casing == null ? 0 : casing[0];
        int lower = casing == null ? 0 : casing[1];
        if (free) {
            // "the venture firm Halcyon North": a word the tagger put in a closed class ("Halcyon" as a
            // preposition) is a name too when the text never writes it in lower case
            boolean named = isOpen(t.pos()) || (lower == 0 && !CLOSED_NOT_NAMES.contains(t.pos()));
            if (t.capitalized() && named && !demonym(t)) {
                return t.withPos("PROPN");
            }
            return t;
        }
        // Headline or sentence opening: the body's own spelling decides when it has one.
        if (lower > upper && t.pos().equals("PROPN")) {
            return t.withPos("NOUN");
        }
        if (upper > lower && t.capitalized() && isOpen(t.pos()) && !demonym(t)) {
            return t.withPos("PROPN");
        }
        return t;
    }

    /* Parts of speech a capitalised word in mid-sentence keeps: numbers ("III"), symbols, marks. */
    private static final Set<String> CLOSED_NOT_NAMES = Set.of("NUM", "SYM", "PUNCT");

    private static boolean isOpen(String pos) {
        return pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("VERB") || pos.equals("X") || pos.equals("PROPN");
    }

    /** "Russian", "British", "Chinese": adjectives of nationality stay adjectives. */
    static boolean demonym(Token t) {
        if (!t.pos().equals("ADJ")) {
            return false;
        }
        String l = t.lower();
        return l.endsWith("an") || l.endsWith("ish") || l.endsWith("ese") || l.endsWith("i") || l.endsWith("ic");
    }
}
