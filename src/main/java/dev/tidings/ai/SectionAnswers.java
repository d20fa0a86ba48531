package dev.tidings.ai;

import dev.tidings.nlp.Vectors;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A question that one of the texts' subheadings asks or names ("What could go wrong?" over a
 * section headed "What could go wrong", "Why now?" over "Why now"), answered from that section,
 * which the sentences alone may not tie to the question's words.
 */
final class SectionAnswers {
    /*
     * A subheading that is a question this close in meaning to the reader's asks it in other words
     * (on the demo's explainer, such pairs measured 0.55-0.99, other questions at most 0.42).
     */
    private static final double HEADING_PUT_ALIKE = 0.5;
    /* A section answer quotes this many of its sentences. */
    private static final int SECTION_SENTENCES = 2;
    /* A subheading on two things or more: "Software and battery", "Price, release date". */
    private static final Pattern TWO_THINGS = Pattern.compile("(?i)\\s(?:and|&)\\s|,");

    private final AskTerms terms;
    private final Closeness closeness;

    SectionAnswers(AskTerms terms, Closeness closeness) {
        this.terms = terms;
        this.closeness = closeness;
    }

    /**
     * The opening sentences of the section whose subheading asks or names the question (for a broad
     * question, its sentences that do the job asked about; under a subheading on two things, from
     * where it turns to the one asked about), or null when no subheading matches.
     */
    Answer answer(AskedQuestion ask, List<Passage> passages, BroadQuestion broad) {
        String question = ask.text;
        String lower = ask.lower;
        List<String> q = ask.lookedFor;
        String asked = Sections.letters(question);
        Map<Passage, List<Sections.Section>> sections = new LinkedHashMap<>();
        passages.forEach(p -> sections.put(p, Sections.of(p.text())));
        String putAlike = headingPutAlike(ask, sections.values());
        for (Passage p : passages) {
            for (Sections.Section section : sections.get(p)) {
                if (!section.heading().equals(putAlike) && !names(section.heading(), asked, q)) {
                    continue;
                }
                List<String> opening = section.opening(SECTION_SENTENCES);
                if (broad == null
                        && !section.heading().equals(putAlike)
                        && TWO_THINGS.matcher(section.heading()).find()
                        && !q.containsAll(terms.of(section.heading()))) {
                    // "how is the battery?" under "Software and battery": from where the section turns to it
                    List<String> all = section.opening(Integer.MAX_VALUE);
                    for (int i = 0; i < all.size(); i++) {
                        if (new HashSet<>(terms.of(all.get(i))).containsAll(q)) {
                            opening = all.subList(i, Math.min(i + SECTION_SENTENCES, all.size()));
                            break;
                        }
                    }
                }
                if (broad != null) {
                    // "what happens next?" over a section "What happens next": its sentences that tell a next step
                    List<String> all = section.opening(Integer.MAX_VALUE);
                    double[] score = all.stream().mapToDouble(broad::cue).toArray();
                    broad.laterStepFirst(score);
                    List<Integer> told = BroadAnswers.best(score);
                    if (!told.isEmpty()) {
                        opening = told.stream().map(all::get).toList();
                    }
                }
                // a section on the thing asked about answers "how far is it?" only with a figure
                boolean answers = !QuestionKind.asksForAFigure(lower)
                        || opening.stream().anyMatch(s -> QuestionKind.fits(lower, s));
                if (!opening.isEmpty() && answers) {
                    Set<String> marked = new HashSet<>(q);
                    return Answer.quoting(
                            question,
                            opening.stream()
                                    .map(s -> terms.evidence(p, s, marked))
                                    .toList());
                }
            }
        }
        return null;
    }

    /**
     * The subheading that asks the reader's question in other words ("Can the government see where I
     * use it?" for "can the government track where I use my ID?"): of the passages' subheadings that
     * are questions, the one nearest the question in meaning, if at least {@link
     * #HEADING_PUT_ALIKE} close; null without a meaning function or such a subheading.
     */
    private String headingPutAlike(AskedQuestion ask, Collection<List<Sections.Section>> sections) {
        if (!closeness.available()) {
            return null;
        }
        List<String> asking = sections.stream()
                .flatMap(List::stream)
                .map(Sections.Section::heading)
                .filter(h -> h.strip().endsWith("?"))
                .distinct()
                .toList();
        List<float[]> v = asking.isEmpty() ? null : closeness.embedded(ask.text, asking);
        if (v == null) {
            return null;
        }
        String best = null;
        double closest = HEADING_PUT_ALIKE;
        for (int i = 0; i < asking.size(); i++) {
            double d = Vectors.dot(v.getFirst(), v.get(i + 1));
            if (d >= closest) {
                closest = d;
                best = asking.get(i);
            }
        }
        return best;
    }

    /** Whether a subheading is the question itself, or holds every word the question looks for and little else. */
    private boolean names(String heading, String asked, List<String> q) {
        if (Sections.letters(heading).equals(asked)) {
            return true;
        }
        if (q.isEmpty()) {
            return false;
        }
        List<String> h = terms.of(heading);
        return new HashSet<>(h).containsAll(q) && h.size() <= q.size() + 1;
    }
}
