package dev.tidings.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelatedRankerTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    /** The related list of article "me", of story "s1" from the Herald. */
    private static List<String> forMe(List<RelatedRanker.Candidate> candidates, int limit) {
        return RelatedRanker.rank("me", "s1", "herald", candidates, limit);
    }

    /* Alike in meaning (cosine 0.5), and by {@code similarity} in the blend. */
    private static RelatedRanker.Candidate c(String id, String story, String source, double similarity) {
        return new RelatedRanker.Candidate(id, story, source, similarity, 0.5);
    }

    @Test
    void ownStoryComesFirstOtherOutletsBeforeItsOwnThenTheClosestOfOtherStories() {
        List<String> ranked = forMe(
                List.of(
                        c("far", "s2", "gazette", 0.20),
                        c("mine-same-outlet", "s1", "herald", 0.90),
                        c("mine-other-outlet", "s1", "ledger", 0.50),
                        c("near", "s3", "ledger", 0.30),
                        c("me", "s1", "herald", 1.0)),
                8);
        assertThat(ranked).containsExactly("mine-other-outlet", "mine-same-outlet", "near", "far");
    }

    @Test
    void otherStoriesArticlesCloseToEverythingGiveWayToOnesCloseToThisArticle() {
        List<String> ranked = forMe(
                List.of(
                        new RelatedRanker.Candidate("roundup", "s2", "gazette", 0.30, 0.5, 0.40, Double.NaN),
                        new RelatedRanker.Candidate("specific", "s3", "ledger", 0.25, 0.5, 0.10, Double.NaN),
                        new RelatedRanker.Candidate("mine", "s1", "ledger", 0.20, 0.5, 0.90, Double.NaN)),
                8);
        assertThat(ranked)
                .as("own story first whatever its hubness; then 0.25 - 0.05 before 0.30 - 0.20")
                .containsExactly("mine", "specific", "roundup");
    }

    @Test
    void anotherStorysArticleAlikeInNothingIsLeftOutEvenWhenCloseToNothingElseAndPublishedTheSameHour() {
        double sameHour = RelatedRanker.gapDays(NOW, NOW.minus(Duration.ofMinutes(30)));
        List<String> ranked = forMe(
                List.of(
                        new RelatedRanker.Candidate("theatre-review", "s2", "courier", 0.10, 0.5, 0.05, sameHour),
                        new RelatedRanker.Candidate("same-region-politics", "s3", "ledger", 0.16, 0.5, 0.40, sameHour),
                        new RelatedRanker.Candidate("mine", "s1", "ledger", 0.05, 0.5, 0.90, sameHour)),
                8);
        assertThat(ranked)
                .as(
                        "own story whatever its score; 0.16 shown; 0.10 below %s left out, however it corrects",
                        RelatedRanker.MIN_RELATED)
                .containsExactly("mine", "same-region-politics");
    }

    @Test
    void anotherStorysArticleAlikeInFewWordsMustBeAlikeInMeaning() {
        List<String> ranked = forMe(
                List.of(
                        // "strikes down" under a rail strike: a shared word, little shared meaning
                        new RelatedRanker.Candidate("court-strikes-down", "s2", "ledger", 0.13, 0.22),
                        new RelatedRanker.Candidate("pay-dispute", "s3", "gazette", 0.13, 0.30),
                        new RelatedRanker.Candidate("same-union", "s4", "courier", 0.19, 0.22)),
                8);
        assertThat(ranked)
                .as(
                        "blend 0.13 shown only with a cosine of %s or more; a blend of %s stands on its words",
                        RelatedRanker.RELATED_MEANING, RelatedRanker.RELATED_BLEND)
                .containsExactly("same-union", "pay-dispute");
    }

    @Test
    void anotherStorysArticleFromTheSameDayOutranksASlightlyCloserOneFromDaysAway() {
        double sameDay = RelatedRanker.gapDays(NOW, NOW.minus(Duration.ofHours(5)));
        double daysAway = RelatedRanker.gapDays(NOW, NOW.plus(Duration.ofDays(5)));
        List<String> ranked = forMe(
                List.of(
                        new RelatedRanker.Candidate("last-week", "s2", "gazette", 0.30, 0.5, 0, daysAway),
                        new RelatedRanker.Candidate("this-morning", "s3", "ledger", 0.26, 0.5, 0, sameDay),
                        new RelatedRanker.Candidate("undated", "s4", "courier", 0.28, 0.5, 0, Double.NaN)),
                8);
        assertThat(ranked)
                .as("0.26 + 0.1 × (1 - 5/72) before 0.30 (five days: past the fade) and the undated 0.28")
                .containsExactly("this-morning", "last-week", "undated");
        assertThat(RelatedRanker.sameTimeBonus(0)).isEqualTo(RelatedRanker.SAME_TIME_BONUS);
        assertThat(RelatedRanker.sameTimeBonus(1.5)).isCloseTo(RelatedRanker.SAME_TIME_BONUS / 2, within(1e-9));
        assertThat(RelatedRanker.sameTimeBonus(daysAway)).isZero();
        assertThat(RelatedRanker.sameTimeBonus(Double.NaN)).isZero();
    }

    @Test
    void aDistantStoryGivesAtMostThreeArticlesSoOthersStillShow() {
        List<String> ranked = forMe(
                List.of(
                        c("big1", "big", "a", 0.30),
                        c("big2", "big", "b", 0.29),
                        c("big3", "big", "c", 0.28),
                        c("big4", "big", "d", 0.27),
                        c("big5", "big", "e", 0.26),
                        c("small", "s9", "f", 0.15)),
                5);
        assertThat(ranked).containsExactly("big1", "big2", "big3", "small");
    }

    @Test
    void articlesNearlyAsCloseAsAStoryMatchAreNotHeldBackByTheLimit() {
        double near = RelatedRanker.NEAR_SAME_EVENT;
        List<String> ranked = forMe(
                List.of(
                        c("split1", "s2", "a", near + 0.2),
                        c("split2", "s2", "b", near + 0.1),
                        c("split3", "s2", "c", near + 0.05),
                        c("split4", "s2", "d", near),
                        c("far1", "s2", "e", near - 0.01),
                        c("far2", "s2", "e", near - 0.02),
                        c("far3", "s2", "e", near - 0.03),
                        c("far4", "s2", "e", near - 0.04),
                        c("other", "s3", "f", near - 0.05)),
                10);
        // the near ones do not use up the story's three places for less close articles
        assertThat(ranked).containsExactly("split1", "split2", "split3", "split4", "far1", "far2", "far3", "other");
    }

    @Test
    void closenessInTimeCountsTowardsTheExemptionFromTheLimit() {
        double near = RelatedRanker.NEAR_SAME_EVENT - RelatedRanker.SAME_TIME_BONUS / 2;
        double sameHour = 0.01;
        List<String> ranked = forMe(
                List.of(
                        new RelatedRanker.Candidate("a", "s2", "a", near + 0.03, 0.5, 0, Double.NaN),
                        new RelatedRanker.Candidate("b", "s2", "b", near + 0.02, 0.5, 0, Double.NaN),
                        new RelatedRanker.Candidate("c", "s2", "c", near + 0.01, 0.5, 0, Double.NaN),
                        new RelatedRanker.Candidate("undated", "s2", "d", near, 0.5, 0, Double.NaN),
                        new RelatedRanker.Candidate("same-hour", "s2", "e", near - 0.04, 0.5, 0, sameHour)),
                10);
        // "same-hour" is 0.26 on text, short of the 0.35 line, and 0.26 + 0.1 × (1 - 0.01/3) over it with
        // the time, so it does not use up one of the story's three places; "undated" (0.30) does not pass
        assertThat(ranked).containsExactly("same-hour", "a", "b", "c");
    }

    @Test
    void anArticleListedTwiceIsShownOnceAndTheLimitIsKept() {
        List<String> ranked = RelatedRanker.rank(
                "me",
                null,
                null,
                List.of(c("a", "s2", "x", 0.5), c("a", "s2", "x", 0.5), c("b", null, "y", 0.4), c("c", "s3", "z", 0.3)),
                2);
        assertThat(ranked).containsExactly("a", "b");
    }
}
