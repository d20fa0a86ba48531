package dev.tidings.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who reported a story when: each of its articles' outlet and time, oldest first, without the
 * articles themselves (an article is named by its place in storage order, a number, which is
 * several times cheaper to read than its id). What a story page draws and chooses from: it is read
 * from one index, so a story of thousands costs milliseconds, and the few articles shown are read
 * after ({@link StoryRepository#cardsBySeq}).
 */
public record StoryCoverage(List<Item> items, Map<Long, String> outletNames) {

    /** One article of the story: its place in storage order, its outlet and when it was published. */
    public record Item(long articleSeq, long sourceId, Instant publishedAt) {}

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The name of an item's outlet. */
    public String outlet(Item item) {
        return outletNames.getOrDefault(item.sourceId(), "");
    }

    /** The outlets' names, in the order they first reported. */
    public List<String> outlets() {
        Set<Long> ids = new LinkedHashSet<>();
        items.forEach(i -> ids.add(i.sourceId()));
        return ids.stream().map(id -> outletNames.getOrDefault(id, "")).toList();
    }

    /**
     * Up to {@code limit} articles from across the outlets, oldest first: each outlet's first,
     * then each one's second, and so on, the earlier first within each round; none from {@code
     * exceptSourceId} (0 for none). What reads one story across its outlets (its summary, or
     * answers from other coverage) takes these.
     */
    public List<Long> acrossOutlets(long exceptSourceId, int limit) {
        Map<Long, Integer> seen = new HashMap<>();
        List<List<Item>> rounds = new ArrayList<>();
        for (Item i : items) {
            if (i.sourceId() == exceptSourceId) {
                continue;
            }
            int nth = seen.merge(i.sourceId(), 1, Integer::sum) - 1;
            if (nth >= limit) {
                continue;
            }
            while (rounds.size() <= nth) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(nth).add(i);
        }
        Set<Item> chosen =
                rounds.stream().flatMap(List::stream).limit(limit).collect(Collectors.toCollection(HashSet::new));
        // back to time order, which is the items' own
        return items.stream().filter(chosen::contains).map(Item::articleSeq).toList();
    }
}
