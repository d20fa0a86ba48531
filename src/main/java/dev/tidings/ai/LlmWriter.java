package dev.tidings.ai;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Summaries, answers, translations and simple explanations written by the language model, every
 * call cached and counted against the shared per-minute limit. Each method throws {@link
 * LlmException} when the model cannot give a grounded result, so callers fall back.
 */
final class LlmWriter {
    private static final Logger log = LoggerFactory.getLogger(LlmWriter.class);
    private static final int MAX_SENTENCES = 120;
    private static final int OTHER_PASSAGES = 3;
    private static final int OTHER_SENTENCES = 15;
    private static final int STORY_ARTICLES = 8;
    private static final int STORY_SENTENCES = 10;
    private static final int STORY_COMMON = 3;
    private static final int STORY_PARTIAL = 5;

    private final LlmClient client;
    private final AiStore store;
    private final int callsPerMinute;
    private final ObjectMapper json = new ObjectMapper();
    private volatile Consumer<String> calls = outcome -> {};

    LlmWriter(LlmClient client, AiStore store, int callsPerMinute) {
        this.client = client;
        this.store = store;
        this.callsPerMinute = callsPerMinute;
    }

    /** Hears what became of each request for the model: ok, cached, limited or failed (for counting). */
    void onCall(Consumer<String> listener) {
        this.calls = listener;
    }

    static Grounding ground(String text) {
        List<String> sentences = CleanText.sentences(text);
        return new Grounding(sentences.subList(0, Math.min(MAX_SENTENCES, sentences.size())));
    }

    /** The article's sentences, then the opening sentences of a few other outlets' coverage of its story. */
    static Grounding ground(Passage article, List<Passage> others) {
        Numbering n = new Numbering();
        List<String> own = CleanText.sentences(article.text());
        n.add(article, own.subList(0, Math.min(MAX_SENTENCES, own.size())));
        n.addOpenings(others, OTHER_PASSAGES, OTHER_SENTENCES);
        return n.grounding();
    }

    /** The opening sentences of each article of a story, each headed by its outlet. */
    static Grounding groundStory(List<Passage> coverage) {
        Numbering n = new Numbering();
        n.addOpenings(coverage, STORY_ARTICLES, STORY_SENTENCES);
        return n.grounding();
    }

    /** Sentences gathered for the model, each with its outlet and whether it is from an opinion piece. */
    private static final class Numbering {
        private final List<String> sentences = new ArrayList<>();
        private final List<String> outlets = new ArrayList<>();
        private final Set<Integer> opinion = new java.util.HashSet<>();

        void add(Passage p, List<String> own) {
            for (String s : own) {
                if (p.opinion()) {
                    opinion.add(sentences.size());
                }
                sentences.add(s);
                outlets.add(p.outlet());
            }
        }

        /** The first {@code perPassage} sentences of each of the first {@code passages}. */
        void addOpenings(List<Passage> coverage, int passages, int perPassage) {
            for (Passage p : coverage.subList(0, Math.min(passages, coverage.size()))) {
                List<String> own = CleanText.sentences(p.text());
                add(p, own.subList(0, Math.min(perPassage, own.size())));
            }
        }

        Grounding grounding() {
            return new Grounding(sentences, outlets, opinion);
        }
    }

    /** The model's story summary if this exact request was answered before (no call is made). */
    Optional<StorySummary> cachedStory(Grounding g) {
        return store.cached(key(storyPrompt(g))).map(reply -> storySummary(g, reply));
    }

    /**
     * What all outlets of a story report and what only some do, written by the model. Which outlets
     * a point belongs to is read from the sentences it cites, never from what the model claims.
     */
    StorySummary summarizeStory(Grounding g) throws LlmException {
        StorySummary s = storySummary(g, call(storyPrompt(g)));
        if (s.isEmpty()) {
            throw new LlmException("the model's story summary cited no outlet's sentence");
        }
        return s;
    }

    private static List<LlmClient.Message> storyPrompt(Grounding g) {
        return List.of(
                system(Grounding.rules()
                        + " The sentences come from several outlets' articles about one story; each is headed by"
                        + " its outlet. Write three parts, each a heading line followed by one sentence per line:"
                        + " 'All report:' up to 3 facts every outlet reports, citing a sentence of each outlet;"
                        + " 'Only some report:' up to 4 facts only some outlets report;"
                        + " 'Reported differently:' facts the outlets give differently (figures, names, causes),"
                        + " citing each outlet's version. Leave a part empty when nothing belongs in it."
                        + (g.hasOpinion() ? Grounding.opinionRule() : "")),
                user(g.numbered()));
    }

    private static StorySummary storySummary(Grounding g, String reply) {
        Set<String> everyOutlet = new TreeSet<>();
        for (int i = 0; i < g.sentences().size(); i++) {
            everyOutlet.add(g.outlet(i));
        }
        List<StorySummary.Point> all = new ArrayList<>();
        List<StorySummary.Point> some = new ArrayList<>();
        String part = "some";
        for (String line : reply.split("\n")) {
            String heading = line.strip().toLowerCase(Locale.ROOT);
            if (heading.startsWith("all report")) {
                part = "all";
            } else if (heading.startsWith("only some report")) {
                part = "some";
            } else if (heading.startsWith("reported differently")) {
                part = "differently";
            }
            for (Grounding.Claim c : g.claims(line)) {
                Map<String, String> byOutlet = new TreeMap<>();
                c.cites()
                        .forEach(i ->
                                byOutlet.putIfAbsent(g.outlet(i), g.sentences().get(i)));
                List<StorySummary.Version> versions = byOutlet.entrySet().stream()
                        .map(e -> new StorySummary.Version(e.getKey(), e.getValue()))
                        .toList();
                List<String> outlets = List.copyOf(byOutlet.keySet());
                boolean differs = part.equals("differently") && outlets.size() > 1;
                var point = new StorySummary.Point(c.text(), outlets, differs, versions);
                if (part.equals("all") && byOutlet.keySet().equals(everyOutlet) && everyOutlet.size() > 1) {
                    if (all.size() < STORY_COMMON) {
                        all.add(point);
                    }
                } else if (some.size() < STORY_PARTIAL) {
                    // a "common" fact that cites only some outlets is shown as what those outlets report
                    some.add(point);
                }
            }
        }
        return new StorySummary(all, some, "llm");
    }

    Summary summarize(Grounding g, Summary builtin) throws LlmException {
        String reply = call(List.of(
                system(Grounding.rules()
                        + " Write a TL;DR of at most 3 sentences. Then write a line 'Key points:' followed by 3 to 5"
                        + " short points, one per line, each starting with '- '."),
                user(g.numbered())));
        int split = reply.toLowerCase(Locale.ROOT).indexOf("key points");
        String head = split < 0 ? reply : reply.substring(0, split);
        String tail = split < 0 ? "" : reply.substring(split);
        List<String> tldr = texts(g.claims(head), 3);
        if (tldr.isEmpty()) {
            throw new LlmException("the model's summary cited no article sentence");
        }
        List<String> points = new ArrayList<>(texts(g.claims(tail), Summarizer.MAX_POINTS));
        for (String p : builtin.points()) {
            if (points.size() >= Summarizer.MIN_POINTS) {
                break;
            }
            points.add(p);
        }
        return new Summary(tldr, points, "llm");
    }

    /** A grounded answer; claims are handed to {@code onClaim} as they stream in (or at once from cache). */
    Answer answer(Grounding g, String question, Consumer<Grounding.Claim> onClaim) throws LlmException {
        var messages = List.of(
                system(Grounding.rules()
                        + " Answer the reader's question in at most 3 sentences. If the sentences do not answer it,"
                        + " reply exactly: " + Grounding.NOT_IN_TEXT),
                user(g.numbered() + "\nQuestion: " + question));
        String key = key(messages);
        String cached = store.cached(key).orElse(null);
        List<Grounding.Claim> claims;
        String reply;
        if (cached != null) {
            calls.accept("cached");
            reply = cached;
            claims = g.claims(reply);
            claims.forEach(onClaim);
        } else {
            takeCall();
            Grounding.StreamFilter filter = g.new StreamFilter(onClaim);
            reply = counted(() -> client.stream(messages, filter::accept));
            claims = filter.finish();
            store.cache(key, reply);
        }
        if (Grounding.saysNotInText(reply) || claims.isEmpty()) {
            return Answer.unsupported(question, "llm");
        }
        List<Answer.Evidence> evidence = new ArrayList<>();
        claims.stream()
                .flatMap(c -> c.cites().stream())
                .distinct()
                .sorted()
                .forEach(i -> evidence.add(new Answer.Evidence(
                        g.outlet(i),
                        g.sentences().get(i),
                        List.of(new Answer.Span(g.sentences().get(i), false)),
                        g.opinion(i))));
        return new Answer(question, true, texts(claims, 3), evidence, "llm");
    }

    Rewrite explainSimply(Grounding g) throws LlmException {
        String reply = call(List.of(
                system(Grounding.rules()
                        + " Explain the article simply, for a reader of about twelve, in at most 6 short sentences."),
                user(g.numbered())));
        List<String> out = texts(g.claims(reply), 6);
        if (out.isEmpty()) {
            throw new LlmException("the model's explanation cited no article sentence");
        }
        return new Rewrite("simple", null, out);
    }

    Rewrite translate(Grounding g, String languageName, String tag) throws LlmException {
        String reply = call(List.of(
                system("Translate each numbered sentence of a news article into " + languageName
                        + ". Keep the numbers: answer with one line per sentence, '[n] translation'. Add nothing."),
                user(g.numbered())));
        List<String> out = new ArrayList<>();
        for (String line : reply.split("\n")) {
            String l = line.strip();
            if (l.matches("^\\[\\d+\\].*")) {
                out.add(l.replaceFirst("^\\[\\d+\\]\\s*", ""));
            }
        }
        if (out.isEmpty()) {
            throw new LlmException("the model's translation had no numbered lines");
        }
        return new Rewrite("translation", tag, out);
    }

    private String call(List<LlmClient.Message> messages) throws LlmException {
        String key = key(messages);
        var cached = store.cached(key);
        if (cached.isPresent()) {
            calls.accept("cached");
            return cached.get();
        }
        takeCall();
        long t0 = System.nanoTime();
        String reply = counted(() -> client.complete(messages));
        log.info("event=llm_call model={} duration_ms={}", client.model(), (System.nanoTime() - t0) / 1_000_000);
        store.cache(key, reply);
        return reply;
    }

    private interface Call {
        String run() throws LlmException;
    }

    private String counted(Call call) throws LlmException {
        try {
            String reply = call.run();
            calls.accept("ok");
            return reply;
        } catch (LlmException | RuntimeException e) {
            calls.accept("failed");
            throw e;
        }
    }

    private void takeCall() throws LlmException {
        if (!store.takeCall(callsPerMinute)) {
            calls.accept("limited");
            throw new LlmException("the limit of " + callsPerMinute + " language-model calls a minute is reached");
        }
    }

    private String key(List<LlmClient.Message> messages) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(client.model().getBytes(StandardCharsets.UTF_8));
            sha.update(json.writeValueAsBytes(messages));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot make a cache key", e);
        }
    }

    private static List<String> texts(List<Grounding.Claim> claims, int max) {
        return claims.stream().map(Grounding.Claim::text).distinct().limit(max).toList();
    }

    private static LlmClient.Message system(String text) {
        return new LlmClient.Message("system", text);
    }

    private static LlmClient.Message user(String text) {
        return new LlmClient.Message("user", text);
    }
}
