package dev.tidings.natives;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.jar.JarEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.util.OSInfo;

/**
 * The native libraries of ONNX Runtime and SQLite, unpacked once per user into a cache directory
 * and loaded from there. Left to themselves, both libraries unpack into the temporary directory in
 * every process (ONNX Runtime 17 MB, SQLite 1 MB), and a process that is killed (a crash,
 * {@code kill -9}, the OOM killer) leaves its copy behind for good: a server restarted by a
 * supervisor, or a test suite that kills nodes on purpose, filled a disk this way. Each cached set
 * sits in a directory named after the libraries' contents, so another version unpacks beside it
 * rather than over it. When a library or a writable cache is missing, nothing is set and the
 * library unpacks itself as it would without this class.
 */
public final class NativeLibraries {
    private static final Logger log = LoggerFactory.getLogger(NativeLibraries.class);

    private static boolean onnxRuntimeDone;
    private static boolean sqliteDone;

    private NativeLibraries() {}

    /** Points ONNX Runtime ({@code onnxruntime.native.path}) at the cached libraries. Call before its first use. */
    public static synchronized void onnxRuntime() {
        if (onnxRuntimeDone) {
            return;
        }
        onnxRuntimeDone = true;
        String platform = onnxPlatform();
        if (System.getProperty("onnxruntime.native.path") != null || platform == null) {
            return; // the operator's own choice, or a platform the jar has no libraries for
        }
        String folder = "/ai/onnxruntime/native/" + platform + "/";
        Path dir = cache(
                "onnxruntime-" + platform,
                folder + System.mapLibraryName("onnxruntime"),
                folder + System.mapLibraryName("onnxruntime4j_jni"));
        if (dir != null) {
            System.setProperty("onnxruntime.native.path", dir.toString());
        }
    }

    /** Points the SQLite driver ({@code org.sqlite.lib.path}) at the cached library. Call before its first use. */
    public static synchronized void sqlite() {
        if (sqliteDone) {
            return;
        }
        sqliteDone = true;
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        String name = System.mapLibraryName("sqlitejdbc");
        Path dir = cache("sqlite", "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name);
        if (dir != null) {
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", name);
        }
    }

    /** The cache directory holding these classpath resources (by file name), or null if it cannot be had. */
    private static Path cache(String name, String... resourcePaths) {
        try {
            URL[] resources = new URL[resourcePaths.length];
            for (int i = 0; i < resources.length; i++) {
                resources[i] = NativeLibraries.class.getResource(resourcePaths[i]);
                if (resources[i] == null) {
                    return null;
                }
            }
            Path dir = cacheRoot().resolve(name + "-" + fingerprint(resources));
            Files.createDirectories(dir);
            for (int i = 0; i < resources.length; i++) {
                String file = resourcePaths[i].substring(resourcePaths[i].lastIndexOf('/') + 1);
                unpack(resources[i], dir.resolve(file));
            }
            log.debug("event=native_libraries_cached name={} dir={}", name, dir);
            return dir;
        } catch (IOException | RuntimeException e) {
            log.warn(
                    "event=native_libraries_not_cached name={} error=\"{}\" fallback=per_process_copy",
                    name,
                    e.toString());
            return null;
        }
    }

    /** The directory for Tidings' caches: {@code $XDG_CACHE_HOME/tidings}, else {@code ~/.cache/tidings}. */
    private static Path cacheRoot() throws IOException {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        Path root = base.resolve("tidings");
        if (!Files.isDirectory(root)) {
            Files.createDirectories(base);
            try {
                Files.createDirectory(root, ownerOnly());
            } catch (FileAlreadyExistsException raced) {
                // another process made it first
            } catch (UnsupportedOperationException notPosix) {
                Files.createDirectories(root);
            }
        }
        return root;
    }

    private static java.nio.file.attribute.FileAttribute<?> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
    }

    /**
     * Copies a library out unless an earlier process already did. The copy goes to a file of its own
     * and is then renamed into place, so a process killed mid-copy never leaves a torn library for
     * the next one to load.
     */
    private static void unpack(URL resource, Path target) throws IOException {
        if (Files.isRegularFile(target)) {
            return;
        }
        Path part =
                Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try (InputStream in = resource.openStream()) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * A short name for the libraries' contents: from the jar's own record of each entry (size and
     * CRC, nothing to read) or, outside a jar, from the bytes themselves.
     */
    private static String fingerprint(URL[] resources) throws IOException {
        MessageDigest digest = sha256();
        for (URL resource : resources) {
            if (resource.openConnection() instanceof JarURLConnection jar) {
                jar.setUseCaches(false);
                JarEntry entry = jar.getJarEntry();
                digest.update((entry.getName() + ":" + entry.getSize() + ":" + entry.getCrc()).getBytes());
            } else {
                try (InputStream in = resource.openStream()) {
                    digest.update(in.readAllBytes());
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The platform folder ONNX Runtime's jar keeps its libraries in, or null for one it has none for. */
    private static String onnxPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String cpu = switch (arch) {
            case "amd64", "x86_64", "x64" -> "x64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        if (cpu == null) {
            return null;
        }
        if (os.contains("linux") && !System.getProperty("java.vendor", "").contains("Android")) {
            return "linux-" + cpu;
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return "osx-" + cpu;
        }
        if (os.contains("win") && cpu.equals("x64")) {
            return "win-x64";
        }
        return null;
    }
}
