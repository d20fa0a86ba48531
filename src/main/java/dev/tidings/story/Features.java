package dev.tidings.story;

import dev.tidings.nlp.Embedder;
import dev.tidings.nlp.Words;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Computes {@link StoryFeatures}: the embedding of headline and lead, and the weighted words. */
public final class Features {
    /** Words of the body taken into account, so long and short texts compare alike. */
    static final int BODY_WORDS = 250;

    private static final int LEAD_CHARS = 600;
    private static final float TITLE_WEIGHT = 2f;
    private static final float NAME_BOOST = 1.5f;

    private final Embedder embedder;

    public Features(Embedder embedder) {
        this.embedder = embedder;
    }

    /** An article to describe. */
    public record Input(String articleId, String source, Instant published, String title, String text) {}

    public StoryFeatures of(Input in) {
        return ofAll(List.of(in)).getFirst();
    }

    /** Embeds a batch in one model call (faster than one at a time). */
    public List<StoryFeatures> ofAll(List<Input> inputs) {
        List<String> texts =
                inputs.stream().map(i -> embeddingText(i.title(), i.text())).toList();
        List<float[]> vectors = embedder.embedAll(texts);
        List<StoryFeatures> out = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            out.add(new StoryFeatures(
                    in.articleId(), in.source(), in.published(), vectors.get(i), terms(in.title(), in.text())));
        }
        return out;
    }

    /** The headline and the opening of the text: what the event is, before background and quotes. */
    static String embeddingText(String title, String text) {
        String t = title == null ? "" : title.strip();
        String body = text == null ? "" : text.strip();
        if (body.length() > LEAD_CHARS) {
            int cut = body.lastIndexOf(' ', LEAD_CHARS);
            body = body.substring(0, cut > LEAD_CHARS / 2 ? cut : LEAD_CHARS);
        }
        if (t.isEmpty()) {
            return body;
        }
        return body.startsWith(t) ? body : t + ". " + body;
    }

    static TermBag terms(String title, String text) {
        Map<String, Float> tf = new HashMap<>();
        for (Words.Word w : Words.of(title)) {
            tf.merge(w.term(), TITLE_WEIGHT * (w.capitalized() || isNumber(w.term()) ? NAME_BOOST : 1f), Float::sum);
        }
        for (Words.Word w : Words.of(text, BODY_WORDS)) {
            tf.merge(w.term(), w.capitalized() || isNumber(w.term()) ? NAME_BOOST : 1f, Float::sum);
        }
        Map<String, Float> weights = new HashMap<>(tf.size() * 2);
        tf.forEach((term, f) -> weights.put(term, (float) (1 + Math.log(f))));
        return new TermBag(weights);
    }

    private static boolean isNumber(String term) {
        return !term.isEmpty() && Character.isDigit(term.charAt(0));
    }
}
