package dev.tidings.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which pages of a folder of saved pages ({@code NAME/source.html}, as in Mozilla's readability
 * test pages) the extractor marks as opinion, with their headline and canonical address, to read
 * for wrong marks. Args: the folder.
 *
 * <pre>
 * java -cp 'target/test-classes:target/classes:target/lib/*' dev.tidings.extract.DevOpinionScan \
 *   ../shared/datasets/readability-test-pages
 * </pre>
 */
final class DevOpinionScan {
    private DevOpinionScan() {}

    public static void main(String[] args) throws Exception {
        Extractor extractor = new Extractor();
        List<Path> pages;
        try (Stream<Path> dirs = Files.list(Path.of(args[0]))) {
            pages = dirs.map(d -> d.resolve("source.html"))
                    .filter(Files::exists)
                    .sorted()
                    .toList();
        }
        int marked = 0;
        for (Path page : pages) {
            ExtractedArticle a = extractor.extract(Files.readString(page), null);
            if (a.opinion()) {
                marked++;
                System.out.printf("%s | %s | %s%n", page.getParent().getFileName(), a.title(), a.canonicalUrl());
            }
        }
        System.out.printf("%d of %d pages marked opinion%n", marked, pages.size());
    }
}
