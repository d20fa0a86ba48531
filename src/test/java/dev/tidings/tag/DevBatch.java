package dev.tidings.tag;

import java.nio.file.Path;

final class DevBatch {
    public static void main(String[] args) throws Exception {
        double r = new HashtagBatch(Hashtagger.standard()).run(Path.of(args[0]), Path.of(args[1]), System.err);
        System.out.printf("articles/second %.1f%n", r);
    }
}
