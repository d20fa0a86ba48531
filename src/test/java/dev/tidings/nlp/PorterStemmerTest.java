package dev.tidings.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PorterStemmerTest {

    @Test
    void stemsTheClassicExamplesAsPorterAndNltkDo() {
        assertThat(PorterStemmer.stem("caresses")).isEqualTo("caress");
        assertThat(PorterStemmer.stem("ponies")).isEqualTo("poni");
        assertThat(PorterStemmer.stem("ties")).isEqualTo("tie");
        assertThat(PorterStemmer.stem("agreed")).isEqualTo("agre");
        assertThat(PorterStemmer.stem("hopping")).isEqualTo("hop");
        assertThat(PorterStemmer.stem("falling")).isEqualTo("fall");
        assertThat(PorterStemmer.stem("filing")).isEqualTo("file");
        assertThat(PorterStemmer.stem("happy")).isEqualTo("happi");
        assertThat(PorterStemmer.stem("relational")).isEqualTo("relat");
        assertThat(PorterStemmer.stem("generalization")).isEqualTo("gener");
        assertThat(PorterStemmer.stem("dying")).isEqualTo("die");
        assertThat(PorterStemmer.stem("skies")).isEqualTo("sky");
        assertThat(PorterStemmer.stem("news")).isEqualTo("news");
        assertThat(PorterStemmer.stem("archaeology")).isEqualTo("archaeolog");
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
            assertThat(PorterStemmer.stem(pair[0])).as(pair[0]).isEqualTo(pair[1]);
            checked++;
        }
        assertThat(checked).isGreaterThan(1000);
    }
}
