package dev.tidings.ai;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a language model to the article: the model sees the article as numbered sentences and
 * must cite them as {@code [n]} after every sentence it writes; a sentence without a valid
 * citation is dropped. Also parses the summary and answer formats the prompts ask for.
 */
final class Grounding {
    static final String NOT_IN_TEXT = "NOT IN ARTICLE";
    private static final Pattern CITES = Pattern.compile("(\\s*\\[\\s*\\d+(?:\\s*[,;]\\s*\\d+)*\\s*\\])+");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** A sentence the model wrote, with the article sentences (0-based) it cites. */
    record Claim(String text, List<Integer> cites) {}

    private final List<String> sentences;
    private final List<String> outlets;
    private final Set<Integer> opinion;

    Grounding(List<String> sentences) {
        this(sentences, java.util.Collections.nCopies(sentences.size(), ""), Set.of());
    }

    /**
     * Sentences from several outlets' coverage; {@code outlets} names the outlet of each, {@code
     * opinion} holds the (0-based) numbers of those from opinion pieces.
     */
    Grounding(List<String> sentences, List<String> outlets, Set<Integer> opinion) {
        if (sentences.size() != outlets.size()) {
            throw new IllegalArgumentException(
                    "grounding needs one outlet per sentence: " + sentences.size() + " vs " + outlets.size());
        }
        this.sentences = List.copyOf(sentences);
        this.outlets = List.copyOf(outlets);
        this.opinion = Set.copyOf(opinion);
    }

    List<String> sentences() {
        return sentences;
    }

    /** The outlet of sentence {@code i} (0-based), empty when only one article is given. */
    String outlet(int i) {
        return outlets.get(i);
    }

    /** Whether sentence {@code i} (0-based) comes from an opinion piece. */
    boolean opinion(int i) {
        return opinion.contains(i);
    }

    /** Whether some of the sentences come from opinion pieces. */
    boolean hasOpinion() {
        return !opinion.isEmpty();
    }

    /**
     * The text as the model sees it: one numbered sentence per line, each headed by its outlet
     * when the sentences come from more than one ("(Civic Voice, opinion)" for an opinion piece's).
     */
    String numbered() {
        boolean several = outlets.stream().distinct().count() > 1;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            b.append('[').append(i + 1).append("] ");
            if (several) {
                b.append('(')
                        .append(outlets.get(i))
                        .append(opinion.contains(i) ? ", opinion" : "")
                        .append(") ");
            }
            b.append(sentences.get(i)).append('\n');
        }
        return b.toString();
    }

    /** What the model is told about sentences headed "opinion", when there are any. */
    static String opinionRule() {
        return " A sentence headed 'opinion' comes from a comment piece: cite it only for facts it states,"
                + " never as what the outlets report for its views or arguments.";
    }

    static String rules() {
        return "You work only from the numbered sentences of a news article. After every sentence you write, cite"
                + " the numbers of the article sentences that support it in square brackets, like [2] or [1][4]."
                + " Write nothing the cited sentences do not say. Sentences without a citation are discarded.";
    }

    /** The cited claims in {@code text}, in order; uncited or wrongly cited sentences are dropped. */
    List<Claim> claims(String text) {
        List<Claim> out = new ArrayList<>();
        Matcher m = CITES.matcher(text);
        int from = 0;
        while (m.find()) {
            String before = text.substring(from, m.start());
            from = m.end();
            // Only the sentence right before a citation is supported by it.
            List<String> parts = Sentences.split(before.strip());
            String claim = parts.isEmpty() ? "" : parts.getLast();
            claim = claim.replaceFirst("^[-*•\\d.)\\s]+", "").strip();
            List<Integer> cites = cites(m.group());
            if (!claim.isEmpty() && !cites.isEmpty()) {
                out.add(new Claim(tidy(claim), cites));
            }
        }
        return out;
    }

    /** Whether the model said the article does not answer. */
    static boolean saysNotInText(String text) {
        return text.strip().toUpperCase(java.util.Locale.ROOT).startsWith(NOT_IN_TEXT);
    }

    private List<Integer> cites(String group) {
        Set<Integer> out = new LinkedHashSet<>();
        Matcher n = NUMBER.matcher(group);
        while (n.find()) {
            int i = Integer.parseInt(n.group()) - 1;
            if (i < 0 || i >= sentences.size()) {
                return List.of(); // a citation of a sentence that does not exist discredits the claim
            }
            out.add(i);
        }
        return List.copyOf(out);
    }

    private static String tidy(String claim) {
        String c = claim.strip();
        if (!c.isEmpty() && ".!?\"'’”".indexOf(c.charAt(c.length() - 1)) < 0) {
            c = c + ".";
        }
        return c;
    }

    /**
     * Receives a streamed reply piece by piece and hands on each claim as soon as its citation
     * is complete, so a reader sees grounded sentences appear without ever seeing uncited ones.
     */
    final class StreamFilter {
        private final StringBuilder buffer = new StringBuilder();
        private final java.util.function.Consumer<Claim> onClaim;
        private final List<Claim> claims = new ArrayList<>();

        StreamFilter(java.util.function.Consumer<Claim> onClaim) {
            this.onClaim = onClaim;
        }

        void accept(String delta) {
            buffer.append(delta);
            // A citation group is complete once something other than another citation follows it.
            Matcher m = CITES.matcher(buffer);
            int consumed = 0;
            while (m.find()) {
                if (m.end() >= buffer.length()) {
                    break;
                }
                String rest = buffer.substring(m.end()).stripLeading();
                if (rest.isEmpty() || rest.startsWith("[")) {
                    break;
                }
                emit(buffer.substring(consumed, m.end()));
                consumed = m.end();
            }
            buffer.delete(0, consumed);
        }

        List<Claim> finish() {
            emit(buffer.toString());
            buffer.setLength(0);
            return List.copyOf(claims);
        }

        private void emit(String piece) {
            for (Claim c : claims(piece)) {
                claims.add(c);
                onClaim.accept(c);
            }
        }
    }
}
