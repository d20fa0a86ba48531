package dev.tidings.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code tidings serve} node in its own JVM, as an operator would run it. */
final class NodeProcess implements AutoCloseable {
    /* The port, from the line the command prints or, should that line be missed, the web server's log line. */
    private static final Pattern SERVING = Pattern.compile("(?:serving |event=web_started url=)http://[^:/]+:(\\d+)/");

    private final Process process;
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private final List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());

    NodeProcess(String name, Path dataDir, Map<String, String> env) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = classpath();
        ProcessBuilder pb = new ProcessBuilder(
                java,
                "-Xmx256m",
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                classpath,
                Main.class.getName(),
                "serve",
                "--port",
                "0",
                "--data",
                dataDir.toString());
        pb.environment().putAll(env);
        pb.environment().put("TIDINGS_NODE_ID", name);
        pb.redirectErrorStream(true);
        process = pb.start();
        Thread.ofPlatform().daemon().name("out-" + name).start(this::readOutput);
    }

    /** The classpath this code runs with: surefire's, or the URLs of the loader (exec:java). */
    static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        if (surefire != null) {
            return surefire;
        }
        if (NodeProcess.class.getClassLoader() instanceof java.net.URLClassLoader loader) {
            return java.util.Arrays.stream(loader.getURLs())
                    .map(u -> Path.of(java.net.URI.create(u.toString())).toString())
                    .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    private void readOutput() {
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                output.add(line);
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    port.complete(Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
        port.completeExceptionally(
                new IllegalStateException("node exited before serving:\n" + String.join("\n", output)));
    }

    String baseUrl() throws Exception {
        return "http://127.0.0.1:" + port.get(60, TimeUnit.SECONDS);
    }

    /** Kills the node the hard way (SIGKILL): no shutdown hook runs, its leases stay behind. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    String output() {
        return String.join("\n", output);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
