package dev.tidings.demo;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds the article files of a classpath folder, whether the folder is a directory (a {@code file:}
 * URL, as under target/classes) or lives inside a jar (a {@code jar:} URL).
 */
final class ArticleLoader {

    private ArticleLoader() {}

    static List<ArticleSource> load(ClassLoader classLoader, String classpathFolder) throws IOException {
        String folder = normalise(classpathFolder);
        var urls = classLoader.getResources(folder);
        if (!urls.hasMoreElements()) {
            throw new FileNotFoundException("no classpath folder '" + folder + "' holding demo articles");
        }
        // Sorted by file name so every start renders the same newsroom; the first classpath entry wins.
        Map<String, String> files = new TreeMap<>();
        while (urls.hasMoreElements()) {
            readFolder(urls.nextElement(), folder, files);
        }
        List<ArticleSource> articles = new ArrayList<>();
        for (var file : files.entrySet()) {
            articles.add(ArticleFileParser.parse(file.getKey(), file.getValue()));
        }
        return List.copyOf(articles);
    }

    private static String normalise(String classpathFolder) {
        String folder = classpathFolder.strip();
        while (folder.startsWith("/")) {
            folder = folder.substring(1);
        }
        while (folder.endsWith("/")) {
            folder = folder.substring(0, folder.length() - 1);
        }
        if (folder.isEmpty()) {
            throw new IllegalArgumentException("articles classpath folder is empty: '" + classpathFolder + "'");
        }
        return folder;
    }

    private static void readFolder(URL url, String folder, Map<String, String> into) throws IOException {
        switch (url.getProtocol()) {
            case "file" -> readDirectory(toPath(url), into);
            case "jar" -> readJar(url, folder, into);
            default -> throw new IOException("cannot list classpath folder " + url + ": unsupported URL scheme");
        }
    }

    private static void readJar(URL url, String folder, Map<String, String> into) throws IOException {
        var connection = (JarURLConnection) url.openConnection();
        Path jar = toPath(connection.getJarFileURL());
        // A private file system per call: nothing to share with, or be closed by, other code.
        try (var zip = FileSystems.newFileSystem(jar)) {
            readDirectory(zip.getPath(folder), into);
        }
    }

    private static void readDirectory(Path dir, Map<String, String> into) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path file : entries.filter(ArticleLoader::isArticleFile).toList()) {
                String name = file.getFileName().toString();
                if (!into.containsKey(name)) {
                    into.put(name, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean isArticleFile(Path file) {
        return file.getFileName().toString().endsWith(".txt") && Files.isRegularFile(file);
    }

    private static Path toPath(URL url) throws IOException {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("cannot read classpath location " + url, e);
        }
    }
}
