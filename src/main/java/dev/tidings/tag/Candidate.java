package dev.tidings.tag;

import java.util.HashMap;
import java.util.Map;

/** A candidate keyphrase in one document: a noun phrase, by its stems, with how it was written and where. */
final class Candidate {
    final String key;
    final String[] stems;
    final Map<String, Integer> forms = new HashMap<>();
    /** Spellings in running text (not headlines) when every word is a name: the corpus counts these. */
    final Map<String, Integer> nameForms = new HashMap<>();

    int count;
    int contained;
    /* Of those, the times inside a name ("house" in "the Customs House"). */
    int containedInNames;
    int firstToken = Integer.MAX_VALUE;
    int firstSentence = Integer.MAX_VALUE;
    boolean inTitle;
    boolean proper;
    /** Written after an adjective of nationality at least once: "Ardenian astronomers". */
    boolean afterANationality;

    double score;
    String tag;
    /** Shorter names merged into this one ("Putin" into "Vladimir Putin"). */
    final java.util.List<Candidate> parts = new java.util.ArrayList<>();

    Candidate(String key, String[] stems) {
        this.key = key;
        this.stems = stems;
    }

    int length() {
        return stems.length;
    }

    /** The way the document most often writes the phrase, in lowercase plain words. */
    String plain() {
        return Texts.plainWords(mostFrequentForm().toLowerCase(java.util.Locale.ROOT));
    }

    String mostFrequentForm() {
        String best = null;
        int bestCount = -1;
        for (var e : forms.entrySet()) {
            if (e.getValue() > bestCount
                    || (e.getValue() == bestCount && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
