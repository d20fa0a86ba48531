package dev.tidings.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * All {@code <meta>} values of a page, keyed by lower-cased name, property, itemprop or
 * http-equiv. A property attribute may hold several names separated by spaces.
 */
final class MetaTags {

    private final Map<String, List<String>> values = new HashMap<>();

    MetaTags(List<Element> metas) {
        for (Element meta : metas) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"name", "property", "itemprop", "http-equiv"}) {
                String keys = meta.attr(attr);
                if (keys.isEmpty()) {
                    continue;
                }
                for (String key : Titles.collapse(keys.toLowerCase(Locale.ROOT)).split(" ")) {
                    if (!key.isEmpty()) {
                        values.computeIfAbsent(key, k -> new ArrayList<>(1)).add(content);
                    }
                }
            }
        }
    }

    /** The first value of the first key present, or null. */
    String first(String... keys) {
        for (String key : keys) {
            List<String> v = values.get(key);
            if (v != null) {
                return v.getFirst();
            }
        }
        return null;
    }

    /** The first value of each key present, in the order of the keys. */
    List<String> firstOfEach(String... keys) {
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            List<String> v = values.get(key);
            if (v != null) {
                out.add(v.getFirst());
            }
        }
        return out;
    }

    /** All values of {@code key}, in page order. */
    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }
}
