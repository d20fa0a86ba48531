package dev.tidings.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.nlp.Embedder;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Word weights kept between weighings must still follow every count that changes. */
class DocumentFrequenciesTest {

    @Test
    void aWordsWeightFollowsTheArticlesCountAndItsOwn() {
        DocumentFrequencies df = new DocumentFrequencies();
        assertThat(df.idf("quarry")).isEqualTo(expected(0, 0));
        df.add(TermBag.parse("quarry 1;flood 1"));
        assertThat(df.idf("quarry")).isEqualTo(expected(1, 1));
        assertThat(df.idf("quarry")).as("asked again, nothing changed").isEqualTo(expected(1, 1));
        df.add(TermBag.parse("flood 1"));
        assertThat(df.idf("quarry")).as("one more article, not with the word").isEqualTo(expected(2, 1));
        df.add(TermBag.parse("quarry 2"));
        assertThat(df.idf("quarry")).as("one more with it").isEqualTo(expected(3, 2));
        assertThat(df.idf("flood")).isEqualTo(expected(3, 2));
        assertThat(df.idf("never-seen")).isEqualTo(expected(3, 0));
    }

    @Test
    void aStoryKeepsItsWeightedLengthOnlyWhileNeitherItsWordsNorTheCountsChange() {
        Random random = new Random(5);
        DocumentFrequencies df = new DocumentFrequencies();
        StoryProfile story = new StoryProfile("s1", Embedder.DIMENSIONS);
        for (int n = 0; n < 200; n++) {
            StoryFeatures article = article(random, n);
            df.add(article.terms());
            if (n % 7 == 0) {
                story.add(article);
            }
            if (!story.termSum.isEmpty()) {
                // asked twice: the second answer comes from what the story kept
                assertThat(story.weightedTermNorm(df)).isEqualTo(weighedWordByWord(story.termSum, df));
                assertThat(story.weightedTermNorm(df)).isEqualTo(weighedWordByWord(story.termSum, df));
            }
        }
        DocumentFrequencies other = new DocumentFrequencies();
        assertThat(story.weightedTermNorm(other))
                .as("weighed by other counts")
                .isEqualTo(weighedWordByWord(story.termSum, other));
    }

    private static float expected(long documents, int withWord) {
        return (float) Math.log((documents + 2.0) / (withWord + 1.0)) + 1f;
    }

    private static double weighedWordByWord(Map<String, Float> words, DocumentFrequencies df) {
        double s = 0;
        for (var e : words.entrySet()) {
            double x = e.getValue() * df.idf(e.getKey());
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static StoryFeatures article(Random random, int n) {
        Map<String, Float> words = new HashMap<>();
        for (int t = 0; t < 5 + random.nextInt(30); t++) {
            words.put("w" + random.nextInt(120), 0.5f + random.nextInt(300) / 100f);
        }
        float[] v = new float[Embedder.DIMENSIONS];
        v[n % Embedder.DIMENSIONS] = 1;
        return new StoryFeatures("a" + n, null, null, v, new TermBag(words));
    }
}
