package dev.tidings.tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/**
 * Tuning harness (not a test): parses labelled JSON Lines files once, then ranks them under each
 * setting and prints F1@5 and F1@10 per file. Arguments: {@code FILE[,FILE…] "p1,…,p8[;…]"} with
 * the eight {@link KeyphraseExtractor.Params} in order.
 */
final class DevGrid {
    record Set1(List<Keyphrases.Parsed> docs, List<Set<String>> gold, MemoryCorpusStats corpus) {}

    static Set1 load(String file, Analyzer an, KeyphraseExtractor kx) throws Exception {
        var om = new ObjectMapper();
        List<Keyphrases.Parsed> docs = new ArrayList<>();
        List<Set<String>> gold = new ArrayList<>();
        var corpus = new MemoryCorpusStats();
        var kp = new Keyphrases(an, kx);
        for (String l : Files.readAllLines(Path.of(file))) {
            JsonNode d = om.readTree(l);
            var p = kp.parse(
                    d.has("title") ? d.get("title").asText() : null,
                    d.get("text").asText());
            corpus.count(p.counts());
            Set<String> g = new HashSet<>();
            for (JsonNode k : d.path("keyphrases")) g.add(Texts.stemmedKey(k.asText()));
            g.remove("");
            docs.add(p);
            gold.add(g);
        }
        return new Set1(docs, gold, corpus);
    }

    public static void main(String[] args) throws Exception {
        var an = new Analyzer(Hashtagger.tagger());
        var base = KeyphraseExtractor.Params.DEFAULT;
        List<Set1> sets = new ArrayList<>();
        for (String f : args[0].split(",")) sets.add(load(f, an, new KeyphraseExtractor(base)));
        for (String spec : args[1].split(";")) {
            String[] v = spec.split(",");
            var p = new KeyphraseExtractor.Params(
                    Integer.parseInt(v[0]),
                    Integer.parseInt(v[1]),
                    Double.parseDouble(v[2]),
                    Double.parseDouble(v[3]),
                    Double.parseDouble(v[4]),
                    Double.parseDouble(v[5]),
                    Double.parseDouble(v[6]),
                    Double.parseDouble(v[7]));

            var kx = new KeyphraseExtractor(p);
            StringBuilder sb = new StringBuilder(spec);
            for (Set1 s : sets) {
                double f5 = 0, f10 = 0;
                int n = 0;
                for (int i = 0; i < s.docs.size(); i++) {
                    if (s.gold.get(i).isEmpty()) continue;
                    n++;
                    var ranked = kx.rank(s.docs.get(i).tokens(), s.docs.get(i).candidates(), s.corpus);
                    var pred = Keyphrases.plain(ranked, 10);
                    f5 += HashtagEval.score(pred.subList(0, Math.min(5, pred.size())), s.gold.get(i))[2];
                    f10 += HashtagEval.score(pred, s.gold.get(i))[2];
                }
                sb.append(String.format("  | %.4f %.4f", f5 / n, f10 / n));
            }
            System.out.println(sb);
        }
    }
}
