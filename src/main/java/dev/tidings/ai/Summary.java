package dev.tidings.ai;

import java.util.List;

/**
 * A TL;DR of at most three sentences and three to five key points, each taken from the article's
 * own text (or, when {@code method} is {@code llm}, written by a language model from it).
 */
public record Summary(List<String> tldr, List<String> points, String method) {
    public Summary {
        tldr = List.copyOf(tldr);
        points = List.copyOf(points);
    }

    public boolean isEmpty() {
        return tldr.isEmpty();
    }

    /** The TL;DR with one sentence per line, as {@code batch summarize} writes it. */
    public String tldrText() {
        return String.join("\n", tldr);
    }
}
