package dev.tidings.ai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void splitsOnStopsQuestionAndExclamationMarksButNotAbbreviationsOrInitials() {
        assertThat(Sentences.split("Mr. Smith met Dr. J. K. Brown at 3.5 p.m. on Tuesday. Was it late? "
                        + "'Yes!' she said. The U.S. Army agreed."))
                .containsExactly(
                        "Mr. Smith met Dr. J. K. Brown at 3.5 p.m. on Tuesday.",
                        "Was it late?",
                        "'Yes!' she said.",
                        "The U.S. Army agreed.");
    }

    @Test
    void lineBreaksAlwaysEndASentence() {
        assertThat(Sentences.split("A heading\nThe first paragraph. It goes on.\n\nNext"))
                .containsExactly("A heading", "The first paragraph.", "It goes on.", "Next");
    }

    @Test
    void aClosingQuoteStaysWithItsSentence() {
        assertThat(Sentences.split("He said: \"It is over.\" Then he left."))
                .containsExactly("He said: \"It is over.\"", "Then he left.");
    }
}
