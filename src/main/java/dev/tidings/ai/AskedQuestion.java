package dev.tidings.ai;

import java.util.List;
import java.util.Locale;

/**
 * A reader's question as it is read once: lower case without a leading "and" or "so", the words
 * it looks for, and, once weighed by meaning, its vector.
 */
final class AskedQuestion {
    final String text;
    final String lower;
    final List<String> lookedFor;
    /* Whether it asks yes or no, and of which kind whose answer comes in a form of its own. */
    final boolean yesOrNo;
    final PolarQuestion.Asked polar;
    float[] vector;

    AskedQuestion(String text, AskTerms terms) {
        this.text = text;
        this.lower = QuestionKind.plain(text.strip().toLowerCase(Locale.ROOT));
        this.lookedFor = terms.lookedFor(text, lower);
        this.yesOrNo = PolarQuestion.isPolar(lower);
        this.polar = PolarQuestion.of(lower).orElse(null);
    }
}
