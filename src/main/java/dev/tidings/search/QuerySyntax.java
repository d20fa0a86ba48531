package dev.tidings.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the search box: words (all must match), {@code "exact phrases"}, {@code -excluded} words or
 * phrases, and {@code OR} between two clauses. Anything it cannot read raises a
 * {@link QuerySyntaxException} whose message is shown to the reader.
 */
public final class QuerySyntax {
    static final int MAX_LENGTH = 500;
    static final int MAX_CLAUSES = 24;

    private QuerySyntax() {}

    private record Raw(String text, boolean quoted, boolean negated, int at) {}

    public static ParsedQuery parse(String input) {
        if (input == null || input.isBlank()) {
            return ParsedQuery.EMPTY;
        }
        if (input.length() > MAX_LENGTH) {
            throw new QuerySyntaxException(
                    "The query is " + input.length() + " characters long; please keep it under " + MAX_LENGTH + ".");
        }
        List<Raw> raws = split(input);
        List<List<ParsedQuery.Clause>> groups = new ArrayList<>();
        List<ParsedQuery.Clause> excluded = new ArrayList<>();
        boolean pendingOr = false;
        int clauses = 0;
        for (int i = 0; i < raws.size(); i++) {
            Raw raw = raws.get(i);
            if (!raw.quoted() && !raw.negated() && raw.text().equals("OR")) {
                if (groups.isEmpty() || pendingOr || i == raws.size() - 1) {
                    throw new QuerySyntaxException(
                            "OR needs something to look for on both sides, as in: ceasefire OR truce.");
                }
                pendingOr = true;
                continue;
            }
            if (!raw.quoted() && !raw.negated() && raw.text().equals("AND")) {
                continue; // words are all required anyway
            }
            List<String> tokens = Analysis.tokens(raw.text());
            if (tokens.isEmpty()) {
                if (pendingOr) {
                    throw new QuerySyntaxException("OR needs a word after it, not \"" + raw.text() + "\".");
                }
                continue;
            }
            if (++clauses > MAX_CLAUSES) {
                throw new QuerySyntaxException("The query has more than " + MAX_CLAUSES + " words or phrases.");
            }
            var clause = new ParsedQuery.Clause(List.copyOf(tokens), raw.quoted());
            if (raw.negated()) {
                if (pendingOr) {
                    throw new QuerySyntaxException(
                            "An excluded word cannot be one side of OR: \"-" + raw.text() + "\".");
                }
                excluded.add(clause);
            } else if (pendingOr) {
                groups.getLast().add(clause);
                pendingOr = false;
            } else {
                groups.add(new ArrayList<>(List.of(clause)));
            }
        }
        if (groups.isEmpty() && !excluded.isEmpty()) {
            throw new QuerySyntaxException("Add a word to look for: a search cannot be only excluded words (-word).");
        }
        if (groups.isEmpty()) {
            throw new QuerySyntaxException("The query has no words to look for.");
        }
        return new ParsedQuery(groups.stream().map(List::copyOf).toList(), List.copyOf(excluded));
    }

    private static List<Raw> split(String s) {
        List<Raw> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean negated = false;
            if (c == '-' && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1))) {
                negated = true;
                i++;
            }
            if (i < s.length() && s.charAt(i) == '"') {
                int close = s.indexOf('"', i + 1);
                if (close < 0) {
                    throw new QuerySyntaxException("The quote at character " + (i + 1)
                            + " is never closed; close the phrase with another \" or remove the quote.");
                }
                out.add(new Raw(s.substring(i + 1, close), true, negated, start));
                i = close + 1;
                continue;
            }
            int end = i;
            while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '"') {
                end++;
            }
            out.add(new Raw(s.substring(i, end), false, negated, start));
            i = end;
        }
        return out;
    }
}
