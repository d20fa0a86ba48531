package dev.tidings.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {

    static final String FIXTURE = "dev/tidings/demo/articles-fixture";
    private static final ClassLoader TEST_CLASSPATH = ArticleLoaderTest.class.getClassLoader();

    @Test
    void loadsAFolderThatIsADirectory() throws Exception {
        assertThat(TEST_CLASSPATH.getResource(FIXTURE).getProtocol()).isEqualTo("file");

        List<ArticleSource> articles = ArticleLoader.load(TEST_CLASSPATH, FIXTURE);

        assertThat(articles)
                .extracting(ArticleSource::fileName)
                .containsExactly(
                        "field-gazette--early-frost-warning-for-orchards.txt",
                        "global-observer--coastal-survey-finds-seagrass-recovery.txt",
                        "harbour-times--tide-mill-turns-again.txt",
                        "metro-wire--mill-lane-bakers.txt",
                        "northwind-post--ferry-timetable-cut.txt");
    }

    @Test
    void loadsTheSameFolderFromInsideAJar(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("articles.jar");
        try (var out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("dev/"));
            out.putNextEntry(new JarEntry("dev/tidings/demo/articles-fixture/"));
            for (ArticleSource article : ArticleLoader.load(TEST_CLASSPATH, FIXTURE)) {
                copyIntoJar(out, article.fileName());
            }
            out.putNextEntry(new JarEntry("dev/tidings/demo/articles-fixture/README.md"));
            out.write("not an article".getBytes());
            out.putNextEntry(new JarEntry("dev/tidings/demo/articles-fixture/drafts/"));
            out.putNextEntry(new JarEntry("dev/tidings/demo/articles-fixture/drafts/x--y.txt"));
            out.write("a draft in a subfolder is not read".getBytes());
        }

        try (var jarLoader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(jarLoader.getResource(FIXTURE).getProtocol()).isEqualTo("jar");

            assertThat(ArticleLoader.load(jarLoader, "/" + FIXTURE + "/"))
                    .isEqualTo(ArticleLoader.load(TEST_CLASSPATH, FIXTURE));
        }
    }

    @Test
    void missingFolderSaysWhichFolder() {
        assertThatThrownBy(() -> ArticleLoader.load(TEST_CLASSPATH, "dev/tidings/demo/no-such-folder"))
                .isInstanceOf(FileNotFoundException.class)
                .hasMessageContaining("dev/tidings/demo/no-such-folder");
    }

    private static void copyIntoJar(JarOutputStream out, String fileName) throws Exception {
        out.putNextEntry(new JarEntry(FIXTURE + "/" + fileName));
        try (var in = TEST_CLASSPATH.getResourceAsStream(FIXTURE + "/" + fileName)) {
            in.transferTo((OutputStream) out);
        }
    }
}
