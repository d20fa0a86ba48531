package dev.tidings.story;

import java.nio.file.Path;
import java.util.*;

final class ClusterHarnessDebug {
    public static void main(String[] args) throws Exception {
        var streams = ClusterHarness.load(Path.of(args[0]), Path.of(args[1]));
        for (var s : streams.subList(0, 2)) {
            OnlineClusterer c = new OnlineClusterer(StoryMatcher.Params.DEFAULT);
            s.features().forEach(c::add);
            Map<String, BatchArticle> byId = new HashMap<>();
            s.articles().forEach(a -> byId.put(a.id(), a));
            Map<String, List<BatchArticle>> pred = new LinkedHashMap<>();
            for (var a : s.articles()) pred.computeIfAbsent(c.storyOf(a.id()), k -> new ArrayList<>()).add(a);
            Map<String, Set<String>> predOfGold = new HashMap<>();
            for (var a : s.articles()) predOfGold.computeIfAbsent(a.cluster(), k -> new TreeSet<>()).add(c.storyOf(a.id()));
            int mixed = 0, split = 0;
            for (var e : pred.entrySet()) if (e.getValue().stream().map(BatchArticle::cluster).distinct().count() > 1) mixed++;
            for (var e : predOfGold.entrySet()) if (e.getValue().size() > 1) split++;
            System.out.println("== " + s.name() + " predicted stories mixing events: " + mixed + ", labelled stories split: " + split + " of " + predOfGold.size());
            int shown = 0;
            for (var e : pred.entrySet()) {
                if (e.getValue().stream().map(BatchArticle::cluster).distinct().count() > 1 && shown++ < 6) {
                    System.out.println("MIXED " + e.getKey());
                    e.getValue().stream().limit(6).forEach(a -> System.out.println("   " + a.cluster() + " | " + a.title()));
                }
            }
            shown = 0;
            for (var e : predOfGold.entrySet()) {
                if (e.getValue().size() > 1 && shown++ < 5) {
                    System.out.println("SPLIT " + e.getKey());
                    s.articles().stream().filter(a -> a.cluster().equals(e.getKey())).limit(6).forEach(a -> System.out.println("   " + c.storyOf(a.id()) + " | " + a.title()));
                }
            }
        }
    }
}
