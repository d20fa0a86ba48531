package dev.tidings.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The uncased BERT tokenizer (clean, lower-case, strip accents, split punctuation, then greedy
 * longest-match word pieces), reading its vocabulary from a Hugging Face {@code tokenizer.json}.
 */
final class WordPiece {
    static final int CLS = 101;
    static final int SEP = 102;
    private static final int MAX_WORD_CHARS = 100;
    private static final int CACHE_LIMIT = 200_000;

    private final Map<String, Integer> vocab;
    private final int unknown;
    private final Map<String, int[]> cache = new ConcurrentHashMap<>();

    WordPiece(Map<String, Integer> vocab) {
        this.vocab = vocab;
        this.unknown = vocab.getOrDefault("[UNK]", 100);
    }

    static WordPiece fromTokenizerJson(InputStream json) {
        try {
            JsonNode vocabNode = new ObjectMapper().readTree(json).path("model").path("vocab");
            Map<String, Integer> vocab = new HashMap<>(vocabNode.size() * 2);
            vocabNode
                    .properties()
                    .forEach(e -> vocab.put(e.getKey(), e.getValue().asInt()));
            if (vocab.isEmpty()) {
                throw new IllegalArgumentException("tokenizer.json has no model.vocab");
            }
            return new WordPiece(vocab);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tokenizer.json", e);
        }
    }

    /** Token ids framed by [CLS] … [SEP], at most {@code maxTokens} in all. */
    int[] encode(String text, int maxTokens) {
        int[] out = new int[maxTokens];
        int n = 0;
        out[n++] = CLS;
        for (String word : basicTokens(text)) {
            int[] pieces = cache.get(word);
            if (pieces == null) {
                pieces = pieces(word);
                if (cache.size() < CACHE_LIMIT) {
                    cache.put(word, pieces);
                }
            }
            for (int id : pieces) {
                if (n == maxTokens - 1) {
                    out[n++] = SEP;
                    return out;
                }
                out[n++] = id;
            }
        }
        out[n++] = SEP;
        return java.util.Arrays.copyOf(out, n);
    }

    /** Words and punctuation marks after BERT's normalization. */
    static List<String> basicTokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String lowered = text.toLowerCase(java.util.Locale.ROOT);
        boolean ascii = lowered.chars().allMatch(c -> c < 128);
        String normalized = ascii ? lowered : stripAccents(lowered);
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                flush(tokens, word);
            } else if (isPunctuation(cp) || isCjk(cp)) {
                flush(tokens, word);
                tokens.add(new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        }
        flush(tokens, word);
        return tokens;
    }

    private int[] pieces(String word) {
        if (word.length() > MAX_WORD_CHARS) {
            return new int[] {unknown};
        }
        List<Integer> ids = new ArrayList<>(4);
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer found = null;
            while (start < end) {
                String piece = start == 0 ? word.substring(start, end) : "##" + word.substring(start, end);
                found = vocab.get(piece);
                if (found != null) {
                    break;
                }
                end--;
            }
            if (found == null) {
                return new int[] {unknown};
            }
            ids.add(found);
            start = end;
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String stripAccents(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void flush(List<String> tokens, StringBuilder word) {
        if (!word.isEmpty()) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

    private static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    static boolean isPunctuation(int cp) {
        if (cp >= 33 && cp <= 47 || cp >= 58 && cp <= 64 || cp >= 91 && cp <= 96 || cp >= 123 && cp <= 126) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isCjk(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FFF
                || cp >= 0x3400 && cp <= 0x4DBF
                || cp >= 0x20000 && cp <= 0x2A6DF
                || cp >= 0x2A700 && cp <= 0x2B81F
                || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0x2F800 && cp <= 0x2FA1F;
    }
}
