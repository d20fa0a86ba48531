package dev.tidings.fetch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The status line and header fields of one HTTP/1.x response; names are compared case-blind. */
record ResponseHead(int status, Map<String, List<String>> headers) {

    static ResponseHead of(int status, List<String[]> fields) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String[] f : fields) {
            map.computeIfAbsent(f[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(f[1]);
        }
        return new ResponseHead(status, map);
    }

    /** The first value of a field, or null. */
    String first(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** Every comma-separated element of every value of a field, trimmed and lower-cased. */
    List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        for (String value : headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of())) {
            for (String token : value.split(",")) {
                String t = token.strip().toLowerCase(Locale.ROOT);
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    List<String> all(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }
}
