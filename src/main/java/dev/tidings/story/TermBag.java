package dev.tidings.story;

import java.util.HashMap;
import java.util.Map;

/**
 * Weighted content words of an article (title words and names count more), compact enough to
 * store beside its embedding: {@code term weight;term weight;…}.
 */
public record TermBag(Map<String, Float> weights) {

    public static TermBag parse(String stored) {
        Map<String, Float> w = new HashMap<>();
        if (stored != null && !stored.isBlank()) {
            for (String pair : stored.split(";")) {
                int space = pair.lastIndexOf(' ');
                if (space > 0) {
                    w.put(pair.substring(0, space), Float.parseFloat(pair.substring(space + 1)));
                }
            }
        }
        return new TermBag(w);
    }

    public String format() {
        StringBuilder out = new StringBuilder();
        weights.entrySet().stream()
                .sorted(Map.Entry.<String, Float>comparingByValue().reversed())
                .forEach(e -> {
                    if (!out.isEmpty()) {
                        out.append(';');
                    }
                    out.append(e.getKey().replace(';', ','))
                            .append(' ')
                            .append(String.format(java.util.Locale.ROOT, "%.2f", e.getValue()));
                });
        return out.toString();
    }
}
