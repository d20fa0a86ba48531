package dev.tidings.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {
    private static final String WIRE =
            "Rail workers across Ardenia will strike for 48 hours from next Tuesday, their union said"
                    + " on Monday, after talks with the state operator Ardenian Railways broke down over pay and staffing."
                    + " The union, which represents around 21,000 drivers, signallers, conductors and maintenance staff,"
                    + " said 78 per cent of members who took part in the ballot had voted for industrial action, on a"
                    + " turnout of 64 per cent. The operator has offered a pay rise of 3.2 per cent this year and 2.5 per"
                    + " cent next year. The union is seeking 6 per cent over one year and a guarantee that conductors will"
                    + " remain on all regional trains.";

    @Test
    void theSameWireCopyWithLightEditsIsANearDuplicate() {
        String edited = "Share this article. " + WIRE.replace("around 21,000", "about 21,000")
                + " Continental Press contributed to this report.";
        TextFingerprint a = TextFingerprint.of(WIRE);
        TextFingerprint b = TextFingerprint.of(edited.toUpperCase());
        assertThat(a.jaccard(b)).isGreaterThan(0.7);
        assertThat(a.simhashDistance(b)).isLessThan(20);
        assertThat(a.nearDuplicateOf(b)).isTrue();
        assertThat(java.util.Arrays.stream(a.bands())
                        .anyMatch(x -> java.util.Arrays.stream(b.bands()).anyMatch(y -> y == x)))
                .isTrue();
    }

    @Test
    void aDifferentArticleOnTheSameSubjectIsNot() {
        String other = "Ardenian Railways said the strike was unnecessary and regrettable and that its offer was"
                + " fair and affordable. Its chief executive said the company would run a reduced timetable on main"
                + " intercity routes where possible but warned that most regional lines would have no service. The"
                + " operator carries about 480,000 passengers on an average weekday.";
        TextFingerprint a = TextFingerprint.of(WIRE);
        TextFingerprint b = TextFingerprint.of(other);
        assertThat(a.jaccard(b)).isLessThan(0.2);
        assertThat(a.simhashDistance(b)).isGreaterThan(20);
        assertThat(a.nearDuplicateOf(b)).isFalse();
    }

    @Test
    void tooShortTextsNeverMatchAndStoredFormRoundTrips() {
        assertThat(TextFingerprint.of("Three words only").isEmpty()).isTrue();
        assertThat(TextFingerprint.of("Three words only").nearDuplicateOf(TextFingerprint.of("Three words only")))
                .isFalse();
        TextFingerprint a = TextFingerprint.of(WIRE);
        assertThat(TextFingerprint.fromStored(a.minhashBytes(), a.simhash())).isEqualTo(a);
    }
}
