package dev.tidings.tag;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Speed harness (not a test): tags every text of a JSON Lines file three times over in one thread
 * and prints seconds per stage for each pass, so the warm rate on one core can be read off the
 * last pass. Run with the test class path: {@code DevSpeed FILE}.
 */
final class DevSpeed {
    public static void main(String[] args) throws Exception {
        var om = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of(args[0])))
            texts.add(om.readTree(l).get("text").asText());
        var tagger = Hashtagger.tagger();
        var an = new Analyzer(tagger);
        var kx = new KeyphraseExtractor(KeyphraseExtractor.Params.DEFAULT);
        for (int rep = 0; rep < 3; rep++) {
            long tTok = 0, tAn = 0, tCand = 0, tRank = 0;
            int k = 0;
            long t00 = System.nanoTime();
            for (String t : texts) {
                if (rep == 0 && ++k % 50 == 0) {
                    System.out.printf("%d %.2f%n", k, (System.nanoTime() - t00) / 1e9);
                }
                long a = System.nanoTime();
                var s = Tokenizer.sentences(t);
                long b = System.nanoTime();
                var toks = an.analyze(null, t);
                long c = System.nanoTime();
                var cands = kx.candidates(toks);
                long d = System.nanoTime();
                kx.rank(toks, cands, CorpusStats.NONE);
                long e = System.nanoTime();
                tTok += b - a;
                tAn += c - b;
                tCand += d - c;
                tRank += e - d;
            }
            System.out.printf(
                    "tok %.2f analyze %.2f cand %.2f rank %.2f%n", tTok / 1e9, tAn / 1e9, tCand / 1e9, tRank / 1e9);
        }
    }
}
