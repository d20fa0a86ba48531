package dev.tidings.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/** Resolves a redirect's Location, which servers often send with raw spaces or non-ASCII characters. */
final class Locations {
    private static final String HEX = "0123456789ABCDEF";

    private Locations() {}

    /** The absolute URL the Location points to, or null when it is not a URI even after escaping. */
    static URI resolve(URI base, String location) {
        URI target = parse(location.strip());
        if (target == null) {
            return null;
        }
        try {
            URI anchored = base.getRawPath() == null || base.getRawPath().isEmpty()
                    ? new URI(base.getScheme(), base.getRawAuthority(), "/", null, null)
                    : base;
            return anchored.resolve(target);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static URI parse(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            try {
                return new URI(escape(text));
            } catch (URISyntaxException again) {
                return null;
            }
        }
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return out.toString();
    }
}
