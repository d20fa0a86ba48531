package dev.tidings.ai;

import java.util.List;

/**
 * A story told by several outlets: what all of them report, and what only some report (or
 * report with different figures), each point naming its outlets.
 */
public record StorySummary(List<Point> allReport, List<Point> someReport) {
    public StorySummary {
        allReport = List.copyOf(allReport);
        someReport = List.copyOf(someReport);
    }

    /** A claim in one outlet's words, the outlets that carry it, and whether their figures disagree. */
    public record Point(String sentence, List<String> outlets, boolean differs) {
        public Point {
            outlets = List.copyOf(outlets);
        }
    }
}
