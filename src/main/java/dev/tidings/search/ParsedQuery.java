package dev.tidings.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A search query read by {@link QuerySyntax}: every group must match (a group of several
 * alternatives was written with OR), no excluded clause may match. A clause of one token is a word,
 * of several a phrase; tokens are already analysed (lower case).
 */
public record ParsedQuery(List<List<Clause>> groups, List<Clause> excluded) {
    public static final ParsedQuery EMPTY = new ParsedQuery(List.of(), List.of());

    /** A word or a phrase. */
    public record Clause(List<String> tokens, boolean quoted) {
        boolean phrase() {
            return tokens.size() > 1;
        }

        String render(Map<String, String> replace) {
            String words = tokens.stream().map(t -> replace.getOrDefault(t, t)).collect(Collectors.joining(" "));
            return quoted || phrase() ? '"' + words + '"' : words;
        }
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    public boolean hasPhrase() {
        return groups.stream().flatMap(List::stream).anyMatch(Clause::phrase);
    }

    /** Every token the reader is looking for (for highlighting and spelling). */
    public Set<String> positiveTokens() {
        Set<String> out = new LinkedHashSet<>();
        groups.forEach(g -> g.forEach(c -> out.addAll(c.tokens())));
        return out;
    }

    /** The words looked for, as plain text (what the semantic side embeds). */
    public String positiveText() {
        return String.join(" ", positiveTokens());
    }

    /** The query written back in our syntax, with some tokens replaced (a spelling suggestion). */
    public String render(Map<String, String> replace) {
        List<String> parts = new ArrayList<>();
        for (List<Clause> group : groups) {
            parts.add(group.stream().map(c -> c.render(replace)).collect(Collectors.joining(" OR ")));
        }
        for (Clause c : excluded) {
            parts.add("-" + c.render(replace));
        }
        return String.join(" ", parts);
    }
}
