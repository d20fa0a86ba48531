package dev.tidings.ai;

import java.util.List;

/**
 * A story told by several outlets: what all of them report, and what only some report (or
 * report with different figures), each point naming its outlets; {@code method} says who wrote it
 * ("builtin": the outlets' own sentences, grouped; "llm": a language model citing them).
 */
public record StorySummary(List<Point> allReport, List<Point> someReport, String method) {
    public StorySummary {
        allReport = List.copyOf(allReport);
        someReport = List.copyOf(someReport);
    }

    StorySummary(List<Point> allReport, List<Point> someReport) {
        this(allReport, someReport, "builtin");
    }

    public boolean isEmpty() {
        return allReport.isEmpty() && someReport.isEmpty();
    }

    /**
     * A claim in one outlet's words, the outlets that carry it, whether their figures disagree,
     * and each outlet's own sentence for it (shown side by side when they disagree).
     */
    public record Point(String sentence, List<String> outlets, boolean differs, List<Version> versions) {
        public Point {
            outlets = List.copyOf(outlets);
            versions = List.copyOf(versions);
        }
    }

    /** One outlet's sentence for a claim. */
    public record Version(String outlet, String sentence) {}
}
