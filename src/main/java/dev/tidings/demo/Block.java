package dev.tidings.demo;

/** One piece of an article body as written in an article file. */
sealed interface Block {

    String text();

    record Paragraph(String text) implements Block {}

    record Subheading(String text) implements Block {}

    record Quote(String text) implements Block {}
}
