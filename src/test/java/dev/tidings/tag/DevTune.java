package dev.tidings.tag;

import java.nio.file.Path;

/** Development harness (not a test): java -cp ... dev.tidings.tag.DevTune FILE [params...]. */
final class DevTune {
    public static void main(String[] args) throws Exception {
        var p = KeyphraseExtractor.Params.DEFAULT;
        if (args.length > 1) {
            String[] v = args[1].split(",");
            p = new KeyphraseExtractor.Params(
                    Integer.parseInt(v[0]),
                    Integer.parseInt(v[1]),
                    Double.parseDouble(v[2]),
                    Double.parseDouble(v[3]),
                    Double.parseDouble(v[4]),
                    Double.parseDouble(v[5]),
                    Double.parseDouble(v[6]),
                    Double.parseDouble(v[7]));
        }
        var eval = new HashtagEval(new Keyphrases(new Analyzer(Hashtagger.tagger()), new KeyphraseExtractor(p)));
        long t0 = System.nanoTime();
        var s = eval.evaluate(Path.of(args[0]), args.length > 2 ? System.out : null);
        System.err.printf(
                "%s f1@5 %.4f f1@10 %.4f p@10 %.4f r@10 %.4f  %.1fs%n",
                p, s.f1At5(), s.f1At10(), s.precisionAt10(), s.recallAt10(), (System.nanoTime() - t0) / 1e9);
    }
}
