package dev.tidings.ai;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Questions about the report's own event or subject, which name little or nothing of their own
 * ("When did it happen?", "What happened?", "Why did profits drop?", "How old is he?"): answered
 * from what the article's opening, its headline or its summary tell.
 */
final class EventAnswers {
    private static final int OPENING_SENTENCES = 4;

    private final AskTerms terms;
    private final Summarizer summarizer = new Summarizer();

    EventAnswers(AskTerms terms) {
        this.terms = terms;
    }

    /** Whether the article's opening sentences hold every word the question looks for. */
    static boolean opensWith(Passage article, List<String> q, List<AnswerCandidate> candidates) {
        Set<String> opening = new HashSet<>();
        opening(article, candidates).forEach(c -> opening.addAll(c.terms));
        return opening.containsAll(q);
    }

    /** The article's first {@link #OPENING_SENTENCES} sentences. */
    private static List<AnswerCandidate> opening(Passage article, List<AnswerCandidate> candidates) {
        return candidates.stream()
                .filter(c -> c.passage == article)
                .limit(OPENING_SENTENCES)
                .toList();
    }

    /**
     * A question about the event itself, with nothing of its own to look for ("When did it happen?",
     * "Where was this?"): the first of the article's opening sentences that gives the kind of answer
     * asked for, or that the text does not say. "What was the score?" and "What caused it?" take
     * the first scoreline or stated cause anywhere, the article's own first: a match report may give
     * the score only halfway down, and a news story the cause after what happened.
     */
    Answer aboutTheEvent(String question, String lower, Passage article, List<AnswerCandidate> candidates) {
        boolean anywhere = QuestionKind.asksScore(lower) || QuestionKind.asksCause(lower);
        // "how much is it?", "what place did she finish?": the price or the placing of the article's own subject
        boolean ofItsSubject = QuestionKind.asksMoney(lower) || QuestionKind.asksPlacing(lower);
        if (lower.startsWith("how old") && QuestionKind.aboutItsSubject(lower)) {
            // "how old is he?": the article's own subject's age, which its opening gives
            return ageByItself(question, lower, List.of(), List.of(article), candidates);
        }
        if (!anywhere && !ofItsSubject && !lower.startsWith("when") && !lower.startsWith("where")) {
            return Answer.unsupported(question, "builtin");
        }
        List<AnswerCandidate> own = AnswerCandidate.in(article, candidates);
        List<AnswerCandidate> where = anywhere ? candidates : own.subList(0, Math.min(OPENING_SENTENCES, own.size()));
        Predicate<String> ofTheKind = QuestionKind.answeredBy(lower);
        Optional<AnswerCandidate> found =
                where.stream().filter(c -> ofTheKind.test(c.sentence)).findFirst();
        if (found.isEmpty() && ofItsSubject) {
            // "how much is it?" of a review: its price, wherever the review gives it
            found = own.stream().filter(c -> ofTheKind.test(c.sentence)).findFirst();
        }
        return found.map(c -> quoted(question, c.passage, c.sentence, Set.of()))
                .orElseGet(() -> Answer.unsupported(question, "builtin"));
    }

    /**
     * "Why did profits drop?", "why are they walking out?", when no sentence answers in the
     * question's words: a question about the report's own event (its headline and opening name all
     * but one of the words looked for, or it asks of "they" or "it" with one word of its own) is
     * answered by the reason the opening gives, which news states beside the event itself ("…
     * reported a 14 per cent fall in operating profit as price cuts … ate into its margins"). Empty
     * when the question is about something else or the opening gives no reason.
     */
    Optional<Answer> whyOfTheEvent(AskedQuestion ask, Passage article, List<AnswerCandidate> candidates) {
        List<AnswerCandidate> opening = opening(article, candidates);
        if (opening.isEmpty()) {
            return Optional.empty(); // an article of a headline alone, its story's coverage in the passages
        }
        List<String> q = ask.lookedFor;
        if (!ofTheEvent(q, ask.lower, article, candidates)) {
            return Optional.empty();
        }
        // the reason for the event, not for something else the opening tells: the first sentence,
        // or one that names something of the question, the headline or the first sentence
        Set<String> ofIt = new HashSet<>(q);
        ofIt.addAll(headlineTerms(article));
        ofIt.addAll(opening.getFirst().terms);
        return opening.stream()
                .filter(c -> c == opening.getFirst() || c.terms.stream().anyMatch(ofIt::contains))
                .filter(c -> QuestionKind.givesReason(c.sentence))
                .findFirst()
                .map(c -> quoted(ask.text, article, c.sentence, new HashSet<>(q)));
    }

    /*
     * Whether a question asks about the report's own event or subject: its headline and opening
     * name all but one of the words looked for, or it asks of "they" or "it" with one word of its own.
     */
    private boolean ofTheEvent(List<String> q, String lower, Passage article, List<AnswerCandidate> candidates) {
        Set<String> told = new HashSet<>(headlineTerms(article));
        opening(article, candidates).forEach(c -> told.addAll(c.terms));
        long missing = q.stream().filter(t -> !told.contains(t)).count();
        return missing <= 1 && (missing < q.size() || QuestionKind.aboutItsSubject(lower));
    }

    private Set<String> headlineTerms(Passage article) {
        return new HashSet<>(terms.of(article.title() == null ? "" : article.title()));
    }

    /**
     * "What happened?": the article's own summary, the sentences its TL;DR is made of, quoted as
     * written; a question there ("Couldn't pay for your coffee this morning?") tells nothing, nor
     * does the reply to it ("Blame a bad settings update at Nimbus Cloud.").
     */
    Answer whatHappened(String question, Passage article) {
        Summarizer.Choice choice = summarizer.choose(article.title(), article.text());
        List<Answer.Evidence> evidence = choice.tldr().stream()
                .filter(i -> !Summarizer.repliesToAQuestion(choice.sentences(), i))
                .map(i -> choice.sentences().get(i))
                .filter(s -> !s.strip().endsWith("?"))
                .map(s -> terms.evidence(article, s, Set.of()))
                .toList();
        return evidence.isEmpty() ? Answer.unsupported(question, "builtin") : Answer.quoting(question, evidence);
    }

    /**
     * "How old is Oduya?" when no sentence gives her name and an age together: news gives the age
     * as the subject of a later sentence ("The 28-year-old took 37 seconds off …"). The first such
     * sentence of a text that names everyone the question does answers. "How old was he when he
     * became a grandmaster?", of the article's own subject: the first age its opening gives (the
     * moment told in other words). None, and the text does not say.
     */
    Answer ageByItself(
            String question, String lower, List<String> q, List<Passage> passages, List<AnswerCandidate> candidates) {
        for (Passage p : passages) {
            List<AnswerCandidate> own = AnswerCandidate.in(p, candidates);
            Set<String> named = new HashSet<>();
            own.forEach(c -> named.addAll(c.terms));
            if (!named.containsAll(q)) {
                continue;
            }
            for (AnswerCandidate c : own) {
                if (QuestionKind.ageAsSubject(c.sentence)) {
                    return quoted(question, p, c.sentence, Set.of());
                }
            }
        }
        Passage article = passages.getFirst();
        boolean ofItsSubject =
                QuestionKind.aboutItsSubject(lower) && terms.ageMoment(lower).containsAll(q);
        if (!ofItsSubject && (q.isEmpty() || !ofTheEvent(q, lower, article, candidates))) {
            return Answer.unsupported(question, "builtin");
        }
        // "how old is the boat they dug up?" of a report on its find: the first age the report gives
        // of something its headline names ("… places the felling of the tree between 1050 and 900 BC,
        // making it the oldest boat ever found in Ardenia …"), not of anything else the question
        // names ("how old is the Alpine Trophy?" / "Her first trophy was a 40-year-old cup.")
        Set<String> ofIt = headlineTerms(article);
        Stream<AnswerCandidate> named = candidates.stream()
                .filter(c -> c.passage == article && c.terms.stream().anyMatch(ofIt::contains));
        Stream<AnswerCandidate> aged =
                ofItsSubject ? Stream.concat(opening(article, candidates).stream(), named) : named;
        return aged.filter(c -> QuestionKind.fits(lower, c.sentence))
                .findFirst()
                .map(c -> quoted(question, article, c.sentence, Set.of()))
                .orElseGet(() -> Answer.unsupported(question, "builtin"));
    }

    /** One sentence quoted as the answer. */
    private Answer quoted(String question, Passage p, String sentence, Set<String> marked) {
        return Answer.quoting(question, List.of(terms.evidence(p, sentence, marked)));
    }
}
