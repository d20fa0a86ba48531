package dev.tidings.demo;

import java.io.IOException;

/** An article file that does not follow the format described in the articles folder's README. */
final class ArticleFormatException extends IOException {

    ArticleFormatException(String fileName, String problem) {
        super("article file " + fileName + ": " + problem);
    }
}
