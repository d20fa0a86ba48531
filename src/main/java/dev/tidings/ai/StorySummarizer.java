package dev.tidings.ai;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Summarizes one story across its outlets: each article's likeliest summary sentences are grouped
 * with the sentences of other outlets that make the same claim (most of their content words
 * shared); a group every outlet contributes to is common ground, the rest is reported by some.
 */
public final class StorySummarizer {
    private static final int CLAIMS_PER_ARTICLE = 6;
    private static final int MAX_COMMON = 3;
    private static final int MAX_PARTIAL = 5;
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*|(?i)\\b(one|two|three|four|five|six"
            + "|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion)\\b");

    private final Summarizer summarizer = new Summarizer();
    private final Words words = new Words();

    public StorySummary summarize(List<Passage> articles) {
        Set<String> outlets = new LinkedHashSet<>();
        List<Claim> claims = new ArrayList<>();
        for (Passage p : articles) {
            outlets.add(p.outlet());
            Summarizer.Scored scored = summarizer.score(p.text());
            Integer[] order = scored.byProbability();
            for (int k = 0; k < Math.min(CLAIMS_PER_ARTICLE, order.length); k++) {
                String s = scored.sentences().get(order[k]);
                claims.add(new Claim(p.outlet(), s, new HashSet<>(words.content(s)), scored.probability()[order[k]]));
            }
        }
        claims.sort(Comparator.comparingDouble((Claim c) -> -c.probability));
        List<List<Claim>> groups = new ArrayList<>();
        for (Claim c : claims) {
            List<Claim> home = null;
            for (List<Claim> g : groups) {
                // single link: a claim joins a group when it makes the same claim as any member
                if (g.stream().noneMatch(m -> m.outlet.equals(c.outlet))
                        && g.stream().anyMatch(m -> sameClaim(m, c))) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                groups.add(new ArrayList<>(List.of(c)));
            } else {
                home.add(c);
            }
        }
        List<StorySummary.Point> all = new ArrayList<>();
        List<StorySummary.Point> some = new ArrayList<>();
        groups.sort(Comparator.comparingDouble(
                (List<Claim> g) -> -g.stream().mapToDouble(c -> c.probability).sum()));
        for (List<Claim> g : groups) {
            List<String> by = g.stream().map(c -> c.outlet).distinct().sorted().toList();
            List<StorySummary.Version> versions = g.stream()
                    .sorted(Comparator.comparing((Claim c) -> c.outlet))
                    .map(c -> new StorySummary.Version(c.outlet, c.sentence))
                    .toList();
            var point = new StorySummary.Point(g.getFirst().sentence, by, numbersDiffer(g), versions);
            if (outlets.size() > 1 && by.size() == outlets.size() && !point.differs()) {
                if (all.size() < MAX_COMMON) {
                    all.add(point);
                }
            } else if (some.size() < MAX_PARTIAL) {
                some.add(point);
            }
        }
        return new StorySummary(all, some);
    }

    private static boolean sameClaim(Claim a, Claim b) {
        if (a.terms.isEmpty() || b.terms.isEmpty()) {
            return false;
        }
        long shared = a.terms.stream().filter(b.terms::contains).count();
        double overlap = shared / (double) Math.min(a.terms.size(), b.terms.size());
        double jaccard = shared / (double) (a.terms.size() + b.terms.size() - shared);
        return overlap >= 0.45 && jaccard >= 0.2;
    }

    /**
     * Whether outlets give different figures for the same thing: the same word follows different
     * numbers ("four times a week" against "five times a week"). Numbers about different things
     * ("three days of talks", "eight o'clock") are not a disagreement.
     */
    private boolean numbersDiffer(List<Claim> group) {
        List<Map<String, Set<String>>> figures = new ArrayList<>();
        for (Claim c : group) {
            Map<String, Set<String>> byUnit = new HashMap<>();
            Matcher m = NUMBER.matcher(c.sentence);
            while (m.find()) {
                List<String> after = words.content(c.sentence.substring(m.end()));
                if (!after.isEmpty()) {
                    byUnit.computeIfAbsent(after.getFirst(), k -> new HashSet<>())
                            .add(m.group().toLowerCase(java.util.Locale.ROOT));
                }
            }
            figures.add(byUnit);
        }
        for (int a = 0; a < figures.size(); a++) {
            for (int b = a + 1; b < figures.size(); b++) {
                for (var e : figures.get(a).entrySet()) {
                    Set<String> other = figures.get(b).get(e.getKey());
                    if (other != null && other.stream().noneMatch(e.getValue()::contains)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private record Claim(String outlet, String sentence, Set<String> terms, double probability) {}
}
