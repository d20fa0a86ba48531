package dev.tidings.ai;

import dev.tidings.article.Article;
import dev.tidings.article.ArticleRepository;
import dev.tidings.db.Database;
import dev.tidings.db.SharedTurns;
import dev.tidings.nlp.WordNet;
import dev.tidings.work.Background;
import dev.tidings.work.LeastRecentlyUsed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AI features of an article: its stored summary (made at ingest), questions answered from its
 * text, and, when a language model is configured, the model's grounded versions plus translation
 * and a simple explanation. Every model call falls back to the built-in method when it fails.
 */
public final class ArticleAi {
    private static final Logger log = LoggerFactory.getLogger(ArticleAi.class);
    private static final int CATCH_UP_BATCH = 200;
    /** The turn nodes sharing a database take at summarizing a backlog. */
    public static final String CATCH_UP_WORK = "summaries-catch-up";
    /** A long catch-up logs its progress every this many articles. */
    private static final int CATCH_UP_PROGRESS = 10_000;

    private static final int STORY_CACHE = 512;
    private static final int UPGRADE_QUEUE = 200;

    private final ArticleRepository articles;
    private final AiStore store;
    private final Summarizer summarizer = new Summarizer();
    private final QuestionAnswerer answerer;
    private final StorySummarizer stories;
    private final LlmWriter llm;
    private final ThreadPoolExecutor upgrades;
    private final Map<String, StorySummary> storyCache = LeastRecentlyUsed.map(STORY_CACHE);
    private volatile boolean catchUpStopped;

    public ArticleAi(Database db, ArticleRepository articles, AiSettings settings, Clock clock) {
        this(db, articles, settings, clock, null);
    }

    /**
     * As above, with {@code sentenceVectors} (one unit vector per sentence, or null) to tell when
     * two outlets' sentences make the same claim in different words, for story summaries, and how
     * close a sentence is to a reader's question in meaning.
     */
    public ArticleAi(
            Database db,
            ArticleRepository articles,
            AiSettings settings,
            Clock clock,
            Function<List<String>, List<float[]>> sentenceVectors) {
        this.articles = articles;
        this.stories = new StorySummarizer(sentenceVectors);
        this.answerer =
                new QuestionAnswerer(sentenceVectors, Runtime.getRuntime().availableProcessors(), WordNet::shared);
        this.store = new AiStore(db, clock);
        this.llm = settings.llmEnabled()
                ? new LlmWriter(
                        new LlmClient(settings.llmUrl(), settings.model(), settings.apiKey(), settings.timeout()),
                        store,
                        settings.callsPerMinute())
                : null;
        this.upgrades = llm == null ? null : Background.oneThread("ai-llm-summary", UPGRADE_QUEUE);
        if (upgrades != null) {
            // a full queue means the model is behind: those articles keep the built-in summary
            upgrades.setRejectedExecutionHandler(new ThreadPoolExecutor.DiscardPolicy());
        }
    }

    public boolean llmEnabled() {
        return llm != null;
    }

    /**
     * Hears what became of each request for the language model — ok, cached (answered from the
     * cache), limited (over the calls a minute) or failed (the built-in method stood in) — for counting.
     */
    public void onModelCall(java.util.function.Consumer<String> listener) {
        if (llm != null) {
            llm.onCall(listener);
        }
    }

    /**
     * Summarizes and stores one stored article (the ingest hook). The built-in summary is stored at
     * once; the model's version, when one is configured, replaces it later from a background
     * thread, so a slow model never holds up a page worker.
     */
    public void enrich(String articleId) {
        articles.byId(articleId).ifPresent(this::summarizeAndQueue);
    }

    private void summarizeAndQueue(Article a) {
        Summary builtin = summarizer.summarize(a.title(), a.bodyText());
        store.saveSummary(a.id(), builtin);
        if (upgrades != null && !builtin.isEmpty()) {
            upgrades.execute(() -> upgrade(a, builtin));
        }
    }

    private void upgrade(Article a, Summary builtin) {
        try {
            store.saveSummary(a.id(), llm.summarize(LlmWriter.ground(a.bodyText()), builtin));
        } catch (LlmException e) {
            log.warn("event=llm_fallback use=summary article_id={} error=\"{}\"", a.id(), e.getMessage());
        } catch (RuntimeException e) {
            log.error("event=llm_summary_failed article_id={}", a.id(), e);
        }
    }

    /** Waits until the model's summaries queued so far are written (for tests). */
    void awaitUpgrades() {
        if (upgrades != null) {
            try {
                upgrades.submit(() -> {}).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Summarizes stored articles that have no summary, newest first: a few after a crash between
     * store and enrich, perhaps every article of a database restored or filled elsewhere (a node
     * runs it in the background, so pages serve meanwhile, an article without its summary until its
     * turn). Stops after the batch in hand once {@link #stopCatchUp} is called.
     */
    public int catchUp() {
        return catchUp(SharedTurns.alone());
    }

    /**
     * The same, for nodes sharing a database: one node at a time summarizes (the turn {@link
     * #CATCH_UP_WORK} in {@code turns}, renewed before each batch); a node waiting for it picks up
     * from the newest article still without a summary when its turn comes.
     */
    public int catchUp(SharedTurns turns) {
        int done = 0;
        long below = Long.MAX_VALUE;
        try {
            while (!catchUpStopped) {
                SharedTurns.Held held = turns.hold(CATCH_UP_WORK, () -> catchUpStopped);
                if (held == SharedTurns.Held.STOPPED) {
                    break;
                }
                if (held == SharedTurns.Held.AFTER_OTHERS) {
                    below = Long.MAX_VALUE; // from the newest again: the others did some meanwhile
                }
                List<AiStore.Unsummarized> batch = store.articlesWithoutSummary(below, CATCH_UP_BATCH);
                if (batch.isEmpty()) {
                    break;
                }
                for (AiStore.Unsummarized u : batch) {
                    Optional<Article> a = articles.byId(u.id());
                    if (a.isPresent()) {
                        summarizeAndQueue(a.get());
                    } else {
                        store.saveSummary(u.id(), new Summary(List.of(), List.of(), "builtin"));
                    }
                    done++;
                }
                below = batch.getLast().seq();
                if (done % CATCH_UP_PROGRESS == 0) {
                    log.info("event=summaries_catching_up articles={}", done);
                }
            }
        } finally {
            turns.giveUp(CATCH_UP_WORK);
        }
        if (done > 0) {
            log.info("event=summaries_caught_up articles={} stopped={}", done, catchUpStopped);
        }
        store.forgetOldReplies();
        return done;
    }

    /** Ends {@link #catchUp} after the batch in hand (the node is closing). */
    public void stopCatchUp() {
        catchUpStopped = true;
    }

    public Optional<Summary> summary(String articleId) {
        return store.summary(articleId);
    }

    /** The language model's grounded summary when one is configured and answers, else the built-in one. */
    public Summary summarize(String title, String text) {
        Summary builtin = summarizer.summarize(title, text);
        if (llm == null || builtin.isEmpty()) {
            return builtin;
        }
        try {
            return llm.summarize(LlmWriter.ground(text), builtin);
        } catch (LlmException e) {
            log.warn("event=llm_fallback use=summary error=\"{}\"", e.getMessage());
            return builtin;
        }
    }

    /** Answers a question from the article (and other coverage of its story, when given). */
    public Answer ask(Article article, String outlet, String question) {
        return ask(article, outlet, List.of(), question);
    }

    /** Answers from the article and other outlets' coverage of its story, each quote naming its outlet. */
    public Answer ask(Article article, String outlet, List<Passage> otherCoverage, String question) {
        return askStreaming(article, outlet, otherCoverage, question, claim -> {});
    }

    /**
     * Answers as {@link #ask}, handing each grounded sentence of a model's answer to {@code
     * onSentence} as it arrives. The returned answer is the final word: the built-in one if the
     * model failed part-way.
     */
    public Answer askStreaming(
            Article article, String outlet, List<Passage> otherCoverage, String question, Consumer<String> onSentence) {
        String q = question == null ? "" : question.strip();
        if (q.isEmpty()) {
            return Answer.unsupported(q, "builtin");
        }
        Passage own = new Passage(outlet, article.title(), article.bodyText(), article.opinion());
        List<Passage> passages = new java.util.ArrayList<>();
        passages.add(own);
        passages.addAll(otherCoverage);
        if (llm != null) {
            try {
                Answer a = llm.answer(LlmWriter.ground(own, otherCoverage), q, c -> onSentence.accept(c.text()));
                // the model found no answer: what the text says nearest the question, as the built-in shows it
                return a.supported() ? a : a.withNearby(answerer.nearby(q, passages));
            } catch (LlmException e) {
                log.warn("event=llm_fallback use=answer article_id={} error=\"{}\"", article.id(), e.getMessage());
            }
        }
        return answerer.answer(q, passages);
    }

    /** The article explained simply, when a model is configured and answers. */
    public Optional<Rewrite> explainSimply(Article article) {
        if (llm == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(llm.explainSimply(LlmWriter.ground(article.bodyText())));
        } catch (LlmException e) {
            log.warn("event=llm_fallback use=explain article_id={} error=\"{}\"", article.id(), e.getMessage());
            return Optional.empty();
        }
    }

    /** The article translated into the language with this tag, when a model is configured and answers. */
    public Optional<Rewrite> translate(Article article, String languageTag) {
        if (llm == null) {
            return Optional.empty();
        }
        String name = java.util.Locale.forLanguageTag(languageTag).getDisplayLanguage(java.util.Locale.ENGLISH);
        try {
            return Optional.of(llm.translate(LlmWriter.ground(article.bodyText()), name, languageTag));
        } catch (LlmException e) {
            log.warn("event=llm_fallback use=translate article_id={} error=\"{}\"", article.id(), e.getMessage());
            return Optional.empty();
        }
    }

    /** What all outlets of a story report and what only some do. */
    public StorySummary summarizeStory(List<Passage> coverage) {
        return stories.summarize(coverage);
    }

    /**
     * As {@link #summarizeStory(List)}, remembered per story until its coverage changes: the story
     * page is read far more often than a story gains articles.
     */
    public StorySummary summarizeStory(long storyId, List<Passage> coverage) {
        return summarizeStory(storyId, coverage, () -> coverage);
    }

    /**
     * As {@link #summarizeStory(long, List)}, reading the articles' texts only when the summary is
     * not remembered: {@code headlines} (each article's outlet and title, in order, texts not
     * needed) say which coverage it is, so a page view that finds it remembered reads no article.
     */
    public StorySummary summarizeStory(long storyId, List<Passage> headlines, Supplier<List<Passage>> texts) {
        StringBuilder key = new StringBuilder().append(storyId);
        headlines.forEach(p -> key.append('|').append(p.outlet()).append('|').append(p.title()));
        String k = key.toString();
        synchronized (storyCache) {
            StorySummary cached = storyCache.get(k);
            if (cached != null) {
                return cached;
            }
        }
        List<Passage> coverage = texts.get();
        StorySummary s = stories.summarize(coverage);
        Grounding toWrite = null;
        if (llm != null && !s.isEmpty()) {
            Grounding g = LlmWriter.groundStory(coverage);
            Optional<StorySummary> written = llm.cachedStory(g);
            if (written.isPresent() && !written.get().isEmpty()) {
                s = written.get();
            } else {
                toWrite = g;
            }
        }
        synchronized (storyCache) {
            // a model's version written meanwhile (for another reader) is not replaced by ours
            StorySummary meanwhile = storyCache.get(k);
            if (meanwhile != null && "llm".equals(meanwhile.method())) {
                return meanwhile;
            }
            storyCache.put(k, s);
        }
        if (toWrite != null) {
            // the page shows the built-in summary now; the model's replaces it once written
            Grounding g = toWrite;
            upgrades.execute(() -> writeStory(storyId, k, g));
        }
        return s;
    }

    private void writeStory(long storyId, String key, Grounding g) {
        try {
            StorySummary written = llm.summarizeStory(g);
            synchronized (storyCache) {
                storyCache.put(key, written);
            }
        } catch (LlmException e) {
            log.warn("event=llm_fallback use=story_summary story_id={} error=\"{}\"", storyId, e.getMessage());
        } catch (RuntimeException e) {
            log.error("event=llm_story_summary_failed story_id={}", storyId, e);
        }
    }
}
