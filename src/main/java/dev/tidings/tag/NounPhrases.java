package dev.tidings.tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document's candidate keyphrases: runs of nouns and adjectives within a sentence, trimmed to
 * end on a noun, split where a role meets a name ("film producer | Soren Staermose") or a tagger's
 * verb sits among the nouns, names kept whole with their joining words ("Bank of Ardenia"), and
 * every phrase that occurs inside a longer one counted there too.
 */
final class NounPhrases {
    private final int maxLength;

    /** {@code maxLength}: the most words of a phrase that is not all names (names may run two longer). */
    NounPhrases(int maxLength) {
        this.maxLength = maxLength;
    }

    /** The document's candidates, keyed by their stems, each counted where it occurs. */
    Map<String, Candidate> of(List<Token> tokens) {
        tokens = superlativeHeads(withJoiners(demonymsInNames(tokens)));
        Map<String, Candidate> out = new LinkedHashMap<>();
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!chunkable(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i;
            int sentence = tokens.get(i).sentence();
            while (j < tokens.size()
                    && chunkable(tokens.get(j))
                    && tokens.get(j).sentence() == sentence) {
                j++;
            }
            addRun(tokens, i, j, out, spans);
            i = j;
        }
        // Phrases also occur inside longer ones ("oil spill" in "Exxon Valdez oil spill"), and
        // inside names ("house" in "the Customs House")
        for (int[] span : spans) {
            boolean name = true;
            for (int k = span[0]; k < span[1]; k++) {
                name &= properish(tokens.get(k));
            }
            for (int a = span[0]; a < span[1]; a++) {
                for (int b = a + 1; b <= span[1]; b++) {
                    if (a == span[0] && b == span[1]) {
                        continue;
                    }
                    Candidate inner = out.get(key(tokens, a, b));
                    if (inner != null) {
                        inner.contained++;
                        if (name) {
                            inner.containedInNames++;
                        }
                    }
                }
            }
        }
        return out;
    }

    private void addRun(List<Token> tokens, int from, int to, Map<String, Candidate> out, List<int[]> spans) {
        // Verbs the tagger took for nouns: "tanker carrying crude oil", "oil spill spread".
        for (int k = from + 1; k < to; k++) {
            Token t = tokens.get(k);
            boolean participle = t.lower().endsWith("ing")
                    && !t.capitalized()
                    && tokens.get(k - 1).noun();
            boolean verb = k == to - 1 && !t.capitalized() && Words.AMBIGUOUS_VERBS.contains(t.lower());
            if (participle || verb) {
                addRun(tokens, from, k, out, spans);
                addRun(tokens, k + 1, to, out, spans);
                return;
            }
        }
        if (to - from > 1
                && tokens.get(from).lower().endsWith("ing")
                && tokens.get(from + 1).pos().equals("ADJ")) {
            from++;
        }
        while (to > from && !tokens.get(to - 1).noun()) {
            to--;
        }
        while (from < to && weakStart(tokens.get(from))) {
            from++;
        }
        from = afterTitles(tokens, from, to);
        if (from >= to) {
            return;
        }
        // A role before a name is not part of it: "film producer Soren Staermose".
        for (int k = from + 1; k < to; k++) {
            if (properish(tokens.get(k)) && !properish(tokens.get(k - 1))) {
                addRun(tokens, from, k, out, spans);
                addRun(tokens, k, to, out, spans);
                return;
            }
        }
        while (from < to && tokens.get(from).pos().equals(JOIN)) {
            from++;
        }
        if (from >= to) {
            return;
        }
        boolean allProper = true;
        for (int k = from; k < to; k++) {
            allProper &= properish(tokens.get(k));
        }
        if (to - from <= maxLength + (allProper ? 2 : 0)) {
            add(tokens, from, to, out, spans);
            return;
        }
        // Too long: split where names meet common nouns, else keep the head end.
        int cut = from;
        for (int k = from + 1; k < to; k++) {
            boolean properHere = properish(tokens.get(k));
            boolean properBefore = properish(tokens.get(k - 1));
            if (properHere != properBefore) {
                addRun(tokens, cut, k, out, spans);
                cut = k;
            }
        }
        if (cut == from) {
            add(tokens, to - maxLength, to, out, spans);
        } else {
            addRun(tokens, cut, to, out, spans);
        }
    }

    private static void add(List<Token> tokens, int from, int to, Map<String, Candidate> out, List<int[]> spans) {
        if (to - from == 1 && Words.VAGUE.contains(tokens.get(from).lower())) {
            return;
        }
        String key = key(tokens, from, to);
        Candidate c = out.get(key);
        if (c == null) {
            String[] stems = new String[to - from];
            for (int k = from; k < to; k++) {
                stems[k - from] = tokens.get(k).stem();
            }
            c = new Candidate(key, stems);
            out.put(key, c);
        }
        StringBuilder form = new StringBuilder();
        boolean proper = true;
        boolean title = false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (k > from) {
                form.append(' ');
            }
            form.append(t.text());
            proper &= properish(t);
            title |= t.title();
        }
        c.forms.merge(form.toString(), 1, Integer::sum);
        if (proper && !title) {
            c.nameForms.merge(form.toString(), 1, Integer::sum);
        }
        c.count++;
        Token first = tokens.get(from);
        c.afterANationality |= to - from > 1 && first.capitalized() && Analyzer.demonym(first);
        c.firstToken = Math.min(c.firstToken, from);
        c.firstSentence = Math.min(c.firstSentence, tokens.get(from).sentence());
        c.inTitle |= title;
        c.proper |= proper;
        spans.add(new int[] {from, to});
    }

    private static String key(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).stem());
        }
        return sb.toString();
    }

    /**
     * Skips "President", "Prime Minister" and the like at the start of a name written in capitals;
     * not before the one word that ends a place's name ("Crown Park", "Duke Street", "Grand
     * Square" are places, not a park with a title).
     */
    private static int afterTitles(List<Token> tokens, int from, int to) {
        if (to - from == 2 && Words.NAME_TAILS.contains(tokens.get(from + 1).lower())) {
            return from;
        }
        int k = from;
        while (k < to - 1 && Words.TITLES.contains(tokens.get(k).lower())) {
            k++;
        }
        return k > from && properish(tokens.get(k)) && tokens.get(k - 1).capitalized() ? k : from;
    }

    /* The part of speech given to a joining word inside a name ("&", "of"). */
    static final String JOIN = "JOIN";

    /**
     * "Ardenian Railways", "British Airways": an adjective of nationality straight before a name
     * is the name's first word, unless a title follows it ("Russian President Vladimir Putin"
     * names Putin, not a Russian Putin).
     */
    private static List<Token> demonymsInNames(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.capitalized() || !Analyzer.demonym(t) || !startsName(tokens, i + 1, t.sentence())) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens);
            }
            out.set(i, t.withPos("PROPN"));
        }
        return out == null ? tokens : out;
    }

    /** Whether a capitalised name with no title among its words starts at {@code i}. */
    private static boolean startsName(List<Token> tokens, int i, int sentence) {
        int end = nameEnd(tokens, i, sentence);
        for (int k = i; k < end; k++) {
            if (Words.TITLES.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return end > i;
    }

    /** Whether the capitalised name starting at {@code i} ends in "Union", "Council", "Bill" and the like. */
    private static boolean endsAsOrganisation(List<Token> tokens, int i) {
        int end = nameEnd(tokens, i, tokens.get(i).sentence());
        return end > i && Words.ORGANISATION_TAILS.contains(tokens.get(end - 1).lower());
    }

    /** Where the run of capitalised names from {@code i} in the sentence ends (i itself when there is none). */
    private static int nameEnd(List<Token> tokens, int i, int sentence) {
        int k = i;
        while (k < tokens.size()
                && tokens.get(k).sentence() == sentence
                && tokens.get(k).pos().equals("PROPN")
                && tokens.get(k).capitalized()) {
            k++;
        }
        return k;
    }

    /**
     * "Hollis & Grant", "Bank of Ardenia", "Rail and Transport Union", "Homes for Ardenia Bill":
     * the joining word becomes part of the name ("and" and "for" only before a name that ends as
     * an organisation's or a law's does).
     */
    private static List<Token> withJoiners(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token before = tokens.get(i - 1);
            Token after = tokens.get(i + 1);
            boolean names = before.pos().equals("PROPN")
                    && after.pos().equals("PROPN")
                    && before.capitalized()
                    && after.capitalized()
                    && before.sentence() == after.sentence();
            if (!names) {
                continue;
            }
            boolean joins = t.text().equals("&")
                    || (t.lower().equals("of") && Words.NAME_HEADS.contains(before.lower()))
                    || ((t.lower().equals("and") || t.lower().equals("for")) && endsAsOrganisation(tokens, i + 1));
            if (joins) {
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.set(i, t.withPos(JOIN));
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * "Best" or "worst" straight after a noun is the phrase's head whatever the tagger made of it
     * ("a marathon world best", "a season's worst"): left out, the phrase would end "marathon world".
     */
    private static List<Token> superlativeHeads(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token before = tokens.get(i - 1);
            if ((t.lower().equals("best") || t.lower().equals("worst"))
                    && !t.noun()
                    && before.noun()
                    && before.sentence() == t.sentence()) {
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.set(i, t.withPos("NOUN"));
            }
        }
        return out == null ? tokens : out;
    }

    private static boolean properish(Token t) {
        return t.pos().equals("PROPN") || t.pos().equals(JOIN);
    }

    static boolean chunkable(Token t) {
        if (t.pos().equals(JOIN)) {
            return true;
        }
        String pos = t.pos();
        return (pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("ADJ"))
                && t.lower().length() > 1
                && Words.hasLetter(t.lower())
                && !Words.STOP.contains(t.lower());
    }

    private static boolean weakStart(Token t) {
        return (!properish(t) && Words.WEAK_MODIFIERS.contains(t.lower()))
                || Character.isDigit(t.lower().charAt(0))
                || Words.NUMBERS.contains(t.lower());
    }
}
