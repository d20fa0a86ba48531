package dev.tidings.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tidings.nlp.Embedder;
import dev.tidings.nlp.Vectors;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The matcher's rules on hand-made vectors and words (no model): time, closest member, merging. */
class StoryMatcherTest {
    private static final Instant T0 = Instant.parse("2026-03-06T13:30:00Z");

    /** A monthly report: the same words and nearly the same meaning every month. */
    private static StoryFeatures jobsReport(String id, Instant published) {
        return article(id, published, 0.1f, "payrolls 1 jobs 1 unemployment 1 labor 1 report 1");
    }

    @Test
    void aRecurringTopicAMonthApartStartsANewStoryAndTheNextDayJoins() {
        OnlineClusterer clusterer = new OnlineClusterer(StoryMatcher.Params.DEFAULT);
        String march = clusterer.add(jobsReport("march", T0));
        String marchFollowUp = clusterer.add(jobsReport("march-2", T0.plus(Duration.ofDays(1))));
        String april = clusterer.add(jobsReport("april", T0.plus(Duration.ofDays(30))));
        assertThat(marchFollowUp).isEqualTo(march);
        assertThat(april).isNotEqualTo(march);
        assertThat(clusterer.storyOf("march")).isNotEqualTo(clusterer.storyOf("april"));
    }

    @Test
    void theFitFadesWithDaysBetweenAnArticleAndItsStory() {
        StoryMatcher matcher = new StoryMatcher(StoryMatcher.Params.DEFAULT, new DocumentFrequencies());
        StoryProfile story = story("s1", jobsReport("a", T0));
        double sameDay = matcher.score(jobsReport("b", T0.plus(Duration.ofHours(6))), story, 0);
        double threeDays = matcher.score(jobsReport("c", T0.plus(Duration.ofDays(3))), story, 0);
        assertThat(threeDays).isLessThan(sameDay);
        assertThat(matcher.score(jobsReport("d", T0.plus(Duration.ofDays(5))), story, 0))
                .isNaN();
    }

    @Test
    void theStreamsPaceDecidesHowMuchTheSameDayCounts() {
        assertThat(StoryMatcher.quietness(3, Duration.ofDays(5))).isEqualTo(1);
        assertThat(StoryMatcher.quietness(10, Duration.ofDays(5))).isEqualTo(1);
        assertThat(StoryMatcher.quietness(20, Duration.ofDays(5))).isEqualTo(0.5);
        assertThat(StoryMatcher.quietness(3, Duration.ofHours(47)))
                .as("a stream younger than two days has no known pace")
                .isZero();
    }

    @Test
    void inAQuietStreamTheSameDayLiftsTheFitAndTheLiftFadesOverThatDay() {
        StoryMatcher matcher = new StoryMatcher(StoryMatcher.Params.DEFAULT, new DocumentFrequencies());
        StoryProfile story = story("s1", jobsReport("a", T0));
        StoryFeatures sixHours = jobsReport("b", T0.plus(Duration.ofHours(6)));
        double plain = matcher.score(sixHours, story, 0);
        assertThat(matcher.score(sixHours, story, 1)).isCloseTo(plain + 0.15 * 0.75, within(1e-9));
        assertThat(matcher.score(sixHours, story, 0.5)).isCloseTo(plain + 0.15 * 0.75 / 2, within(1e-9));
        StoryFeatures twoDays = jobsReport("c", T0.plus(Duration.ofDays(2)));
        assertThat(matcher.score(twoDays, story, 1)).isEqualTo(matcher.score(twoDays, story, 0));
        StoryFeatures undated = jobsReport("d", null);
        assertThat(matcher.score(undated, story, 1)).isEqualTo(matcher.score(undated, story, 0));
    }

    @Test
    void theSameDayLiftCountsBeforeDecidingThatNoMemberCanBringAStoryToTheThreshold() {
        StoryMatcher matcher = new StoryMatcher(StoryMatcher.Params.DEFAULT, new DocumentFrequencies());
        StoryProfile story = new StoryProfile("s1", Embedder.DIMENSIONS);
        for (int i = 0; i < 12; i++) {
            story.add(article("main" + i, T0, 0f, "alpha 1 beta 1"));
        }
        float right = (float) (Math.PI / 2);
        story.add(article("angle", T0, right, "gamma 1 delta 1"));
        // far from the story's centroid, the same as one of its members, the same day
        StoryFeatures retelling = article("r", T0.plus(Duration.ofHours(1)), right, "gamma 1 delta 1");
        assertThat(matcher.score(retelling, story, 0))
                .isLessThan(matcher.params().threshold());
        assertThat(matcher.score(retelling, story, 1))
                .isGreaterThanOrEqualTo(matcher.params().threshold());
    }

    @Test
    void aSameDayRetellingJoinsInAQuietStreamButNotInAYoungOneOrWithoutDates() {
        // closer than most other stories' articles, short of a match on meaning and words alone
        StoryFeatures first = article("a", T0, 0f, "strike 1 rail 1 union 1 pay 1");
        StoryFeatures retelling =
                article("b", T0.plus(Duration.ofHours(2)), 1.1f, "strike 1 rail 1 drivers 1 walkout 1 ferry 1");
        StoryFeatures earlier = article("x", T0.minus(Duration.ofDays(3)), 2.5f, "comet 1 sky 1");

        OnlineClusterer quiet = new OnlineClusterer(StoryMatcher.Params.DEFAULT);
        quiet.add(earlier);
        quiet.add(first);
        assertThat(quiet.matcher().score(retelling, quiet.story(quiet.storyOf("a")), 0))
                .as("no match without the time")
                .isLessThan(StoryMatcher.Params.DEFAULT.threshold());
        quiet.add(retelling);
        assertThat(quiet.storyOf("b")).isEqualTo(quiet.storyOf("a"));

        OnlineClusterer young = new OnlineClusterer(StoryMatcher.Params.DEFAULT);
        young.add(first);
        young.add(retelling);
        assertThat(young.storyOf("b")).isNotEqualTo(young.storyOf("a"));

        OnlineClusterer undated = new OnlineClusterer(StoryMatcher.Params.DEFAULT);
        undated.add(article("x", null, 2.5f, "comet 1 sky 1"));
        undated.add(article("a", null, 0f, "strike 1 rail 1 union 1 pay 1"));
        undated.add(article("b", null, 1.1f, "strike 1 rail 1 drivers 1 walkout 1 ferry 1"));
        assertThat(undated.storyOf("b")).isNotEqualTo(undated.storyOf("a"));
    }

    @Test
    void missingDatesAreNeutral() {
        StoryMatcher matcher = new StoryMatcher(StoryMatcher.Params.DEFAULT, new DocumentFrequencies());
        StoryFeatures dated = jobsReport("b", T0);
        StoryFeatures undated = jobsReport("b", null);
        double bothDated = matcher.score(dated, story("s1", jobsReport("a", T0)), 0);
        assertThat(matcher.score(undated, story("s1", jobsReport("a", T0)), 0)).isEqualTo(bothDated);
        assertThat(matcher.score(dated, story("s1", jobsReport("a", null)), 0)).isEqualTo(bothDated);
        assertThat(matcher.score(undated, story("s1", jobsReport("a", null)), 0))
                .isEqualTo(bothDated);
        // a month-old story with no date of its own is still a candidate for an undated article
        assertThat(matcher.score(undated, story("s1", jobsReport("a", T0.minus(Duration.ofDays(30)))), 0))
                .isEqualTo(bothDated);
    }

    @Test
    void anArticleCloseToOneAngleOfAStoryFitsBetterThanItsCentroidAlone() {
        StoryMatcher.Params centroidOnly = new StoryMatcher.Params(0.4, 0.4, 0.4, Duration.ofDays(4), 0.03, 0, 0.15);
        DocumentFrequencies df = new DocumentFrequencies();
        StoryFeatures economy = article("e", null, 0.0f, "tariff 1 soybean 1 farmers 1 export 1");
        StoryFeatures politics = article("p", null, 0.9f, "tariff 1 senate 1 vote 1 bill 1");
        StoryProfile story = story("s1", economy, politics);
        StoryFeatures retelling = article("r", null, 0.05f, "tariff 1 soybean 1 farmers 1 export 1 prices 1");
        double withMember = new StoryMatcher(StoryMatcher.Params.DEFAULT, df).score(retelling, story, 0);
        double centroid = new StoryMatcher(centroidOnly, df).score(retelling, story, 0);
        assertThat(withMember).isGreaterThan(centroid);
    }

    @Test
    void storiesMergeWhenTheirMembersAgreeOnAverage() {
        StoryMatcher matcher = new StoryMatcher(StoryMatcher.Params.DEFAULT, new DocumentFrequencies());
        StoryProfile a = story("s1", article("a1", null, 0f, "quake 1 arica 1 chile 1"));
        StoryProfile b = story("s2", article("b1", null, 0.02f, "quake 1 arica 1 chile 1 tsunami 1"));
        StoryProfile c = story("s3", article("c1", null, 1.2f, "quake 1 haiti 1 port-au-prince 1"));
        assertThat(matcher.score(a, b)).isGreaterThanOrEqualTo(matcher.params().mergeThreshold());
        assertThat(matcher.score(a, c)).isLessThan(matcher.params().mergeThreshold());
    }

    @Test
    void anArticleBridgingTwoOlderStoriesMergesAllThreeIntoTheOldest() {
        OnlineClusterer clusterer = new OnlineClusterer(StoryMatcher.Params.DEFAULT);
        String a = clusterer.add(article("a", null, 0f, "alpha 1 beta 1"));
        String b = clusterer.add(article("b", null, 0.3f, "gamma 1 delta 1"));
        String c = clusterer.add(article("c", null, 0.15f, "epsilon 1 zeta 1"));
        assertThat(List.of(a, b, c)).doesNotHaveDuplicates();
        // closest to c's story, and fits a's and b's: the three stories become one, each member once
        clusterer.add(article("x", null, 0.15f, "alpha 1 beta 1 gamma 1 delta 1 epsilon 1 zeta 1"));
        assertThat(List.of("b", "c", "x"))
                .allSatisfy(id -> assertThat(clusterer.storyOf(id)).isEqualTo(clusterer.storyOf("a")));
        assertThat(clusterer.storyOf("a")).isEqualTo(a);
        assertThat(clusterer.story(a).size()).isEqualTo(4);
    }

    @Test
    void sharedRareWordsRankARelatedArticleHigherAtEqualMeaning() {
        DocumentFrequencies df = new DocumentFrequencies();
        for (int i = 0; i < 50; i++) {
            df.add(TermBag.parse("earthquake 1;said 1"));
        }
        StoryMatcher matcher = new StoryMatcher(StoryMatcher.Params.DEFAULT, df);
        StoryFeatures me = article("me", null, 0f, "earthquake 1 arica 1 said 1");
        StoryFeatures sameEvent = article("same", null, 0.3f, "earthquake 1 arica 1");
        StoryFeatures sameTopic = article("topic", null, 0.3f, "earthquake 1 said 1");
        assertThat(matcher.similarity(me, sameEvent)).isGreaterThan(matcher.similarity(me, sameTopic));
    }

    /** A unit vector at {@code angle} radians in one plane, and words as {@code "term weight …"}. */
    private static StoryFeatures article(String id, Instant published, float angle, String words) {
        float[] v = new float[Embedder.DIMENSIONS];
        v[0] = (float) Math.cos(angle);
        v[1] = (float) Math.sin(angle);
        String[] parts = words.split(" ");
        StringBuilder bag = new StringBuilder();
        for (int i = 0; i + 1 < parts.length; i += 2) {
            bag.append(bag.isEmpty() ? "" : ";").append(parts[i]).append(' ').append(parts[i + 1]);
        }
        return new StoryFeatures(id, null, published, Vectors.normalize(v), TermBag.parse(bag.toString()));
    }

    private static StoryProfile story(String id, StoryFeatures... members) {
        StoryProfile p = new StoryProfile(id, Embedder.DIMENSIONS);
        for (StoryFeatures m : members) {
            p.add(m);
        }
        return p;
    }

    @Test
    void oneArticleComparedWithManyScoresEachToTheBitAsAPairwiseComparisonDoes() {
        java.util.Random random = new java.util.Random(11);
        DocumentFrequencies df = new DocumentFrequencies();
        java.util.List<TermBag> bags = new java.util.ArrayList<>();
        for (int n = 0; n < 300; n++) {
            java.util.Map<String, Float> w = new java.util.HashMap<>();
            int terms = random.nextInt(40);
            for (int t = 0; t < terms; t++) {
                w.put("w" + random.nextInt(200), 0.5f + random.nextInt(300) / 100f);
            }
            TermBag bag = new TermBag(w);
            bags.add(bag);
            df.add(bag);
        }
        StoryMatcher matcher = new StoryMatcher(StoryMatcher.Params.DEFAULT, df);
        for (int a = 0; a < 20; a++) {
            StoryMatcher.Comparison mine = matcher.comparing(bags.get(a));
            for (TermBag other : bags) {
                double cosine = random.nextDouble();
                assertThat(mine.similarity(cosine, other)).isEqualTo(matcher.similarity(cosine, bags.get(a), other));
            }
        }
    }
}
