package dev.tidings.story;

import java.util.HashMap;
import java.util.Map;

/**
 * Weighted content words of an article (title words and names count more), compact enough to
 * store beside its embedding: {@code term weight;term weight;…}.
 */
public record TermBag(Map<String, Float> weights) {

    /**
     * Reads a stored bag. Every article page reads the bags of about a hundred related candidates,
     * so this scans the text once and reads the weights {@link #format} writes ("12.34") without the
     * general float parser, which took a quarter of an article page's CPU; anything else it falls
     * back to.
     */
    public static TermBag parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return new TermBag(new HashMap<>());
        }
        int pairs = 1;
        for (int i = 0; i < stored.length(); i++) {
            if (stored.charAt(i) == ';') {
                pairs++;
            }
        }
        Map<String, Float> w = HashMap.newHashMap(pairs);
        int start = 0;
        while (start <= stored.length()) {
            int end = stored.indexOf(';', start);
            if (end < 0) {
                end = stored.length();
            }
            int space = stored.lastIndexOf(' ', end - 1);
            if (space > start) {
                w.put(stored.substring(start, space), weight(stored, space + 1, end));
            }
            start = end + 1;
        }
        return new TermBag(w);
    }

    /** The number in {@code s} from {@code from} to {@code to}: as Float.parseFloat reads it. */
    static float weight(String s, int from, int to) {
        long digits = 0;
        int count = 0;
        int decimals = -1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' && count < 7) {
                digits = digits * 10 + (c - '0');
                count++;
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return Float.parseFloat(s.substring(from, to)); // a sign, an exponent, many digits
            }
        }
        if (count == 0) {
            return Float.parseFloat(s.substring(from, to));
        }
        // both operands are exact in float and division rounds once: the float nearest the decimal,
        // which is what Float.parseFloat returns
        return decimals <= 0 ? (float) digits : (float) digits / POWERS[decimals];
    }

    private static final float[] POWERS = {1f, 10f, 100f, 1000f, 10000f, 100000f, 1000000f, 10000000f};

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
