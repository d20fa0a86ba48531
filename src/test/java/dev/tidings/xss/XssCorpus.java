package dev.tidings.xss;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The shared corpus of XSS vectors ({@code dev/tidings/xss/vectors.txt}): script tags, event
 * handlers, {@code javascript:} and {@code data:} URLs, SVG and MathML, encoded and mixed-case
 * forms, broken markup. Any feature that shows typed text (comments, names, search) posts these
 * and opens its pages with {@link XssProbe}.
 */
public final class XssCorpus {
    private XssCorpus() {}

    public static List<String> vectors() {
        try (InputStream in = XssCorpus.class.getResourceAsStream("/dev/tidings/xss/vectors.txt")) {
            if (in == null) {
                throw new IllegalStateException("the XSS corpus is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("# "))
                    .map(l -> l.replace("⏎", "\n"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
