package dev.tidings.ai;

import java.util.List;

/**
 * The answer to a reader's question about an article: whether the text supports one, the answer
 * (a language model's grounded sentences, or empty for the built-in method, which answers with the
 * evidence itself), and the article sentences it rests on. When the text does not answer, {@code
 * nearby} may hold the article's sentences closest to the question in meaning: shown as what the
 * text says nearest the question, never as an answer (empty otherwise).
 */
public record Answer(
        String question,
        boolean supported,
        List<String> text,
        List<Evidence> evidence,
        String method,
        List<Evidence> nearby) {
    public Answer {
        text = List.copyOf(text);
        evidence = List.copyOf(evidence);
        nearby = supported ? List.of() : List.copyOf(nearby);
    }

    public Answer(String question, boolean supported, List<String> text, List<Evidence> evidence, String method) {
        this(question, supported, text, evidence, method, List.of());
    }

    static Answer unsupported(String question, String method) {
        return new Answer(question, false, List.of(), List.of(), method);
    }

    /** The built-in method's answer: these sentences, quoted. */
    static Answer quoting(String question, List<Evidence> evidence) {
        return new Answer(question, true, List.of(), evidence, "builtin");
    }

    /** This answer with the sentences nearest the question, when it is one the text does not support. */
    Answer withNearby(List<Evidence> sentences) {
        return new Answer(question, supported, text, evidence, method, sentences);
    }

    /**
     * One sentence of the article quoted as evidence, with the words that match the question marked;
     * {@code opinion} when it comes from an opinion piece.
     */
    public record Evidence(String outlet, String sentence, List<Span> spans, boolean opinion) {
        public Evidence {
            spans = List.copyOf(spans);
        }
    }

    /** A run of a quoted sentence, marked when it matches the question. */
    public record Span(String text, boolean match) {}
}
