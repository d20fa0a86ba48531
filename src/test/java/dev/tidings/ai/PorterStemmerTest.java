package dev.tidings.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PorterStemmerTest {
    private final PorterStemmer stemmer = new PorterStemmer();

    @Test
    void stemsTheClassicExamplesAsPorterAndNltkDo() {
        assertThat(stemmer.stem("caresses")).isEqualTo("caress");
        assertThat(stemmer.stem("ponies")).isEqualTo("poni");
        assertThat(stemmer.stem("ties")).isEqualTo("tie");
        assertThat(stemmer.stem("agreed")).isEqualTo("agre");
        assertThat(stemmer.stem("hopping")).isEqualTo("hop");
        assertThat(stemmer.stem("falling")).isEqualTo("fall");
        assertThat(stemmer.stem("filing")).isEqualTo("file");
        assertThat(stemmer.stem("happy")).isEqualTo("happi");
        assertThat(stemmer.stem("relational")).isEqualTo("relat");
        assertThat(stemmer.stem("generalization")).isEqualTo("gener");
        assertThat(stemmer.stem("dying")).isEqualTo("die");
        assertThat(stemmer.stem("skies")).isEqualTo("sky");
        assertThat(stemmer.stem("news")).isEqualTo("news");
        assertThat(stemmer.stem("archaeology")).isEqualTo("archaeolog");
    }

    /** Word and expected stem pairs, the stems as NLTK's PorterStemmer (used by rouge-score) gives them. */
    @Test
    void agreesWithNltkOnAThousandWords() throws IOException {
        String fixture;
        try (InputStream in = getClass().getResourceAsStream("porter-stems.tsv")) {
            fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int checked = 0;
        for (String line : fixture.split("\n")) {
            String[] pair = line.split("\t");
            assertThat(stemmer.stem(pair[0])).as(pair[0]).isEqualTo(pair[1]);
            checked++;
        }
        assertThat(checked).isGreaterThan(1000);
    }
}
