package dev.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node killed with SIGKILL leaves no native library behind in the temporary directory: ONNX
 * Runtime's and SQLite's libraries are unpacked once into the user's cache and reused by the next
 * process, instead of 17 MB per process that nothing ever removes.
 */
class KilledNodeLeftoversTest {
    @TempDir
    Path dir;

    @Test
    void nativeLibrariesComeFromTheCacheAndOutliveNoKilledProcess() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path cache = dir.resolve("cache");
        Map<String, String> env =
                Map.of("XDG_CACHE_HOME", cache.toString(), "JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp);

        killAfterServing(new NodeProcess("first", dir.resolve("data"), env));
        List<Path> cached = libraries(cache);
        assertThat(cached)
                .extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("libonnxruntime.so", "libonnxruntime4j_jni.so", "libsqlitejdbc.so");
        assertThat(libraries(tmp))
                .as("native libraries left in the temporary directory")
                .isEmpty();
        List<Object> unpackedFirst = identities(cached);

        killAfterServing(new NodeProcess("second", dir.resolve("data"), env));
        assertThat(libraries(cache)).containsExactlyInAnyOrderElementsOf(cached);
        assertThat(identities(cached))
                .as("the second process reused the first one's copies")
                .isEqualTo(unpackedFirst);
        assertThat(libraries(tmp)).isEmpty();
    }

    @Test
    void aCacheThatCannotBeWrittenFallsBackToTheLibrariesOwnUnpacking() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("cache"), "a file where the cache would go");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Map<String, String> env =
                Map.of("XDG_CACHE_HOME", notADirectory.toString(), "JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp);
        try (NodeProcess node = new NodeProcess("fallback", dir.resolve("data"), env)) {
            assertThat(node.baseUrl()).startsWith("http://127.0.0.1:");
            assertThat(node.output()).contains("event=native_libraries_not_cached");
        }
    }

    private static void killAfterServing(NodeProcess node) throws Exception {
        try (node) {
            node.baseUrl();
            node.kill();
        }
    }

    private static List<Path> libraries(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().contains(".so"))
                    .sorted()
                    .toList();
        }
    }

    /** Inode and modification time of each file: both change if a file is written again. */
    private static List<Object> identities(List<Path> files) throws IOException {
        List<Object> ids = new java.util.ArrayList<>();
        for (Path f : files) {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            ids.add(a.fileKey() + "@" + a.lastModifiedTime());
        }
        return ids;
    }
}
