package dev.tidings.tag;

/**
 * One word or punctuation mark of a text, with its universal part-of-speech tag and where it
 * stands: its sentence, whether it opens the sentence, and whether it is in the headline.
 */
record Token(String text, String lower, String stem, String pos, int sentence, boolean sentenceStart, boolean title) {

    boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    boolean noun() {
        return pos.equals("NOUN") || pos.equals("PROPN");
    }

    Token withPos(String newPos) {
        return new Token(text, lower, stem, newPos, sentence, sentenceStart, title);
    }
}
