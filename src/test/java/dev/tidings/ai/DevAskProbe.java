package dev.tidings.ai;

import dev.tidings.demo.DemoArticleTitles;
import dev.tidings.nlp.Embedder;
import dev.tidings.nlp.WordNet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How often "Ask about this article" answers right, answers wrong, or says the text does not say,
 * on a set of questions over the demo articles written blind to the method ("article|question|a
 * piece of the sentence that answers it", or "-" when the article does not say): {@code
 * ask-questions.txt} (90 questions over 21 articles, the set the answerer's rules were chosen on),
 * or the set named as the argument ({@code ask-questions-2.txt}: 80 over 20 other articles, written
 * later as a held-out check; {@code ask-questions-3.txt}: 90 over the 23 articles neither uses,
 * written blind in session 24; {@code ask-questions-4.txt}: 90 over 30 articles of every outlet,
 * written blind to session 24's rules; {@code ask-questions-5.txt}: 90 over 30 articles, written
 * blind in session 25; {@code ask-questions-6.txt}: 90 over 30 articles, written blind in session
 * 26, with more yes/no questions and questions asking for a name; {@code ask-questions-7.txt}: 90
 * over 30 articles, written blind in session 27; {@code ask-questions-8.txt}: 90 over 30 articles,
 * written blind in session 28; {@code ask-questions-9.txt}: 90 over 30 articles, written blind in
 * session 30 as a reader types, short, often with "it" or "they" for the article's subject; {@code
 * ask-questions-10.txt}: 60 over 32 articles, written blind in session 31, every one asking why; {@code
 * ask-questions-11.txt}: 60 over 30 articles, written blind in session 33 after that session's rules, as
 * their held-out check; {@code ask-questions-12.txt} and {@code ask-questions-13.txt}: 75 and 68 broad
 * questions ("what happens next?", "how did people react?", "any downsides?") over 30 and the other 34
 * articles, written blind in session 34, the first the set the broad readings were built on, the
 * second read after them; {@code ask-questions-14.txt}: 82 broad questions over all 64 articles, written
 * blind in session 34 as their held-out check; {@code ask-questions-15.txt}: 64 more, one per article,
 * written blind after the second round of them; {@code ask-questions-16.txt}: 81 yes-or-no questions over
 * 58 articles, written blind in session 35 while the first of its rules were being written; {@code
 * ask-questions-17.txt}: 70 more over 57 articles, written blind after them, as their held-out check; {@code ask-questions-18.txt}: 60 more over 52 articles, written blind
 * before the session's last two rules; {@code ask-questions-19.txt} and {@code ask-questions-20.txt}: 70
 * each over 51 and 54 articles, questions of every kind, written blind in session 36, the first read
 * that session, the second held out). Where several sentences answer, the expected pieces
 * are separated by " || ", any one of them right. With {@code -Dshow=true}, what was expected and
 * what the answer quoted are printed under each question either side gets wrong. Words and
 * meaning as shipped before words of like meaning (WordNet),
 * and with them, side by side. An answer is right when one of its quoted sentences is the expected
 * one. Prints one line per question that either side gets wrong, then the totals, and how often
 * the nearest sentences shown when the answerer says the text does not answer hold the answer.
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -cp 'target/test-classes:target/tidings.jar:target/lib/*' \
 *   dev.tidings.ai.DevAskProbe [ask-questions-2.txt | … | ask-questions-20.txt]
 * </pre>
 */
public final class DevAskProbe {
    private DevAskProbe() {}

    public static void main(String[] args) throws Exception {
        Path articles = Path.of("src/main/resources/dev/tidings/demo/articles");
        List<String> lines = AiFixtures.text(args.length > 0 ? args[0] : "ask-questions.txt")
                .lines()
                .filter(l -> !l.isBlank())
                .toList();
        try (Embedder e = Embedder.load(Embedder.Settings.ALL_CORES_PER_CALL)) {
            Function<List<String>, List<float[]>> meaning = e::embedAll;
            QuestionAnswerer[] sides = {new QuestionAnswerer(meaning), new QuestionAnswerer(meaning, 2, WordNet::shared)
            };
            // 5: declined answerable questions whose answer is among the nearest sentences shown;
            // 6: declined unanswerable questions shown any nearest sentence
            int[][] counts = new int[2][7];
            Map<String, String> titles = DemoArticleTitles.titleByFile();
            for (String line : lines) {
                String[] parts = line.split("\\|", 3);
                String raw = Files.readString(articles.resolve(parts[0] + ".txt"));
                String body = raw.substring(raw.indexOf("\n---\n") + 5).replaceAll("(?m)^(## |> )", "");
                String title = titles.get(parts[0]);
                List<Passage> passages = List.of(new Passage("Demo", title, body));
                String[] verdicts = new String[2];
                for (int s = 0; s < 2; s++) {
                    Answer a = sides[s].answer(parts[1], passages);
                    int kind = verdict(a, parts[2]);
                    counts[s][kind]++;
                    if (kind == 2 && a.nearby().stream().anyMatch(ev -> holds(ev.sentence(), parts[2]))) {
                        counts[s][5]++;
                    }
                    if (kind == 4 && !a.nearby().isEmpty()) {
                        counts[s][6]++;
                    }
                    verdicts[s] = VERDICTS[kind];
                }
                if (!verdicts[0].equals("right") || !verdicts[1].equals("right")) {
                    System.out.printf("%-22s %-22s %s%n", verdicts[0], verdicts[1], parts[1]);
                    if (SHOW) {
                        Answer a = sides[1].answer(parts[1], passages);
                        System.out.println("    expected: " + parts[2]);
                        a.evidence().forEach(ev -> System.out.println("    quoted:   " + ev.sentence()));
                        a.nearby().forEach(ev -> System.out.println("    nearest:  " + ev.sentence()));
                    }
                }
            }
            for (int s = 0; s < 2; s++) {
                int[] c = counts[s];
                System.out.printf(
                        "%-16s answerable %d: right %d, wrong %d, does-not-say %d; unanswerable %d: answered %d,"
                                + " does-not-say %d; precision %.3f%n",
                        s == 0 ? "words+meaning" : "+ words alike",
                        c[0] + c[1] + c[2],
                        c[0],
                        c[1],
                        c[2],
                        c[3] + c[4],
                        c[3],
                        c[4],
                        c[0] / (double) Math.max(1, c[0] + c[1] + c[3]));
            }
            int[] c = counts[1];
            System.out.printf(
                    "nearest shown when the text is said not to answer: the answer among them for %d of %d answerable"
                            + " questions declined; shown for %d of %d unanswerable ones%n",
                    c[5], c[2], c[6], c[4]);
        }
    }

    /* -Dshow=true: under each question either side gets wrong, what was expected and what was quoted or shown. */
    private static final boolean SHOW = Boolean.getBoolean("show");

    private static final String[] VERDICTS = {
        "right", "wrong", "does-not-say (missed)", "answered (not there)", "does-not-say"
    };

    private static int verdict(Answer a, String expected) {
        if (expected.equals("-")) {
            return a.supported() ? 3 : 4;
        }
        if (!a.supported()) {
            return 2;
        }
        return a.evidence().stream().anyMatch(ev -> holds(ev.sentence(), expected)) ? 0 : 1;
    }

    /* Whether the sentence holds one of the expected pieces ("piece || piece": any one answers). */
    private static boolean holds(String sentence, String expected) {
        return Arrays.stream(expected.split(" \\|\\| ")).anyMatch(sentence::contains);
    }
}
