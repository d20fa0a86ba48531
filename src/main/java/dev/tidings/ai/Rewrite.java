package dev.tidings.ai;

import java.util.List;

/** The article retold by the language model: translated, or explained simply. */
public record Rewrite(String kind, String language, List<String> sentences) {
    public Rewrite {
        sentences = List.copyOf(sentences);
    }
}
