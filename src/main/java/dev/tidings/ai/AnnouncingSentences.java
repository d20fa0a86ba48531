package dev.tidings.ai;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A quoted sentence that only announces what follows ("The agreement's weaknesses are plain.",
 * "So what's in it for you?", "Mr Albrecht was equally guarded.") is quoted together with the
 * sentences after it in its paragraph, which say what it announces.
 */
final class AnnouncingSentences {
    /*
     * A quoted sentence this short without a figure ("The agreement's weaknesses are plain.")
     * announces what the next ones in its paragraph say; at most FOLLOWING of them are quoted with it.
     */
    private static final int ANNOUNCING_WORDS = 8;
    private static final int FOLLOWING = 2;
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /* "… are plain", "… was equally guarded", "… has not been free of controversy": not a name after it. */
    private static final Pattern CHARACTERISES = Pattern.compile(
            "\\b(?:is|are|was|were|remains?|remained|seems?|seemed|looks?|looked|(?:has|have|had) (?:not )?been|will be)"
                    + "(?:\\s+(?:not|also|still|equally|more|less|far|much|now))*\\s+(?!\\p{Lu})\\S");

    private final AskTerms terms;

    AnnouncingSentences(AskTerms terms) {
        this.terms = terms;
    }

    /**
     * The answer with each quoted sentence that announces quoted together with the sentences after
     * it in its paragraph, up to the first that says more than a few words and at most {@link
     * #FOLLOWING} of them.
     */
    Answer withWhatFollows(Answer a, AskedQuestion ask, List<AnswerCandidate> candidates) {
        List<Answer.Evidence> quoted = a.evidence();
        Set<String> marked = new HashSet<>(ask.lookedFor);
        Set<Integer> taken = new HashSet<>();
        List<Answer.Evidence> out = new ArrayList<>(quoted.size());
        for (int k = 0; k < quoted.size(); k++) {
            if (taken.contains(k)) {
                continue;
            }
            Answer.Evidence e = quoted.get(k);
            int at = IntStream.range(0, candidates.size())
                    .filter(i -> candidates.get(i).sentence.equals(e.sentence())
                            && candidates.get(i).passage.outlet().equals(e.outlet()))
                    .findFirst()
                    .orElse(-1);
            if (at < 0 || !announces(e.sentence())) {
                out.add(e);
                continue;
            }
            AnswerCandidate c = candidates.get(at);
            StringBuilder text = new StringBuilder(e.sentence());
            List<Answer.Span> spans = new ArrayList<>(e.spans());
            for (int i = at + 1; i <= at + FOLLOWING && i < candidates.size(); i++) {
                AnswerCandidate next = candidates.get(i);
                if (next.passage != c.passage || next.paragraph != c.paragraph) {
                    break;
                }
                // a sentence after it that is quoted anyway joins it, with its marks
                int already = IntStream.range(k + 1, quoted.size())
                        .filter(j -> quoted.get(j).sentence().equals(next.sentence))
                        .findFirst()
                        .orElse(-1);
                text.append(' ').append(next.sentence);
                spans.add(new Answer.Span(" ", false));
                if (already >= 0) {
                    taken.add(already);
                    spans.addAll(quoted.get(already).spans());
                } else {
                    spans.addAll(terms.spans(next.sentence, marked));
                }
                if (!isShort(next.sentence)) {
                    break;
                }
            }
            out.add(new Answer.Evidence(e.outlet(), text.toString(), spans, e.opinion()));
        }
        return new Answer(a.question(), true, a.text(), out, a.method());
    }

    /**
     * A sentence that announces rather than tells: a question of the writer's ("So what's in it for
     * you?"), or a short one without a figure or anyone's words that says what something is like
     * ("Battery life was impressive.", "The opposition leader, Tomas Reyne, was scathing.").
     */
    static boolean announces(String sentence) {
        String s = sentence.strip();
        if (QuestionKind.SOMEONE_SPEAKS.matcher(s).find() || s.startsWith("There ")) {
            // "There were no confirmed deaths by late morning." tells
            return false;
        }
        return s.endsWith("?") || (isShort(s) && CHARACTERISES.matcher(s).find());
    }

    /** Whether a sentence is too short to tell much: at most {@link #ANNOUNCING_WORDS} words and no figure. */
    private static boolean isShort(String sentence) {
        return Words.count(sentence) <= ANNOUNCING_WORDS
                && !DIGIT.matcher(sentence).find();
    }
}
