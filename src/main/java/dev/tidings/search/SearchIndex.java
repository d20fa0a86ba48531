package dev.tidings.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's search index under {@code <data>/index}, and the one owner of its {@link IndexWriter}.
 * Documents are keyed by article id. Changes become visible to searches within about a second (a
 * background near-real-time refresh) and durable at periodic commits; the database stays the source
 * of truth, so anything lost in a crash is indexed again at start (catch-up) or by
 * {@code tidings reindex}. Searchers are acquired and released around every query.
 */
public final class SearchIndex implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    static final String ID = "id";
    static final String PUBLISHED = "published";
    static final String SOURCE = "source";
    static final String STORY = "story";
    static final String VECTOR = "vector";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String HASHTAGS = "hashtags";
    static final String OUTLET = "outlet";
    /** Exact-match copies for filters: the outlet's id, the language, each hashtag (lower case). */
    static final String SOURCE_KEY = "source_k";

    static final String LANGUAGE = "lang";
    static final String TAG = "tag";

    /**
     * The shape of the documents. Raise it whenever fields or their analysis change: an index
     * written with another shape is emptied at open, and the start-up catch-up fills it again from
     * the database. 3: Latin letters folded to their plain spelling ({@link Analysis}).
     */
    static final String SCHEMA = "3";

    private static final String SCHEMA_KEY = "tidings.schema";
    /** When the commit was made (epoch milliseconds), so a restart knows what it may have missed. */
    private static final String COMMITTED_AT_KEY = "tidings.committed_at";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledExecutorService background;
    private final TextSource texts;
    private final boolean rebuilt;
    private final Instant committedAt;

    private SearchIndex(
            Directory directory,
            IndexWriter writer,
            SearcherManager searchers,
            boolean background,
            TextSource texts,
            boolean rebuilt,
            Instant committedAt) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.texts = texts;
        this.rebuilt = rebuilt;
        this.committedAt = committedAt;
        if (background) {
            this.background = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "index-refresh");
                t.setDaemon(true);
                return t;
            });
            this.background.scheduleWithFixedDelay(this::refreshQuietly, 1, 1, TimeUnit.SECONDS);
            this.background.scheduleWithFixedDelay(this::commitQuietly, 30, 30, TimeUnit.SECONDS);
        } else {
            this.background = null;
        }
    }

    /** An index of vectors only, with no text (tests of features that need neighbours alone). */
    public static SearchIndex open(Path dir) {
        return open(dir, TextSource.NONE);
    }

    /**
     * Opens (creating if needed) the index in {@code dir}, refreshing every second and committing every
     * 30 s; articles' text is read from {@code texts} as they are indexed.
     */
    public static SearchIndex open(Path dir, TextSource texts) {
        return open(dir, texts, 32);
    }

    static SearchIndex open(Path dir, TextSource texts, double ramBufferMb) {
        Directory directory = null;
        try {
            directory = FSDirectory.open(dir);
            Map<String, String> last = DirectoryReader.indexExists(directory)
                    ? SegmentInfos.readLatestCommit(directory).getUserData()
                    : Map.of();
            boolean stale = !last.isEmpty() && !SCHEMA.equals(last.get(SCHEMA_KEY));
            Instant committedAt = stale || !last.containsKey(COMMITTED_AT_KEY)
                    ? null
                    : Instant.ofEpochMilli(Long.parseLong(last.get(COMMITTED_AT_KEY)));
            IndexWriterConfig config = new IndexWriterConfig(Analysis.ANALYZER);
            config.setOpenMode(stale ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setRAMBufferSizeMB(ramBufferMb);
            IndexWriter writer = new IndexWriter(directory, config);
            if (stale) {
                log.info("event=index_schema_changed dir={} schema={} action=rebuild", dir, SCHEMA);
                commit(writer);
            }
            SearcherManager searchers = new SearcherManager(writer, null);
            return new SearchIndex(directory, writer, searchers, true, texts, stale, committedAt);
        } catch (IOException e) {
            throw refused(dir, directory, e);
        }
    }

    /**
     * Holds the index's write lock in {@code dir} until closed, for work on the data directory that
     * no running node may see (the demo clearing its database); throws as {@link #open} does when a
     * process holds it.
     */
    public static Closeable exclusive(Path dir) {
        Directory directory = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
            Directory held = directory;
            return () -> {
                lock.close();
                held.close();
            };
        } catch (IOException e) {
            throw refused(dir, directory, e);
        }
    }

    /** Why the index in {@code dir} could not be opened, its directory closed. */
    private static RuntimeException refused(Path dir, Directory directory, IOException e) {
        closeQuietly(directory);
        if (e instanceof LockObtainFailedException) {
            // One process writes a node's index: most often a serving node holds it.
            return new IllegalStateException(
                    "the search index in " + dir + " is in use by another Tidings process on this data directory"
                            + " (a serving node?): stop it first; several nodes each need their own --data directory",
                    e);
        }
        return new UncheckedIOException("cannot open the search index in " + dir + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException e) {
                log.debug("event=index_directory_close_failed error=\"{}\"", e.toString());
            }
        }
    }

    /** True when the index on disk had an older document shape and was emptied at open. */
    public boolean rebuilt() {
        return rebuilt;
    }

    /** Adds or replaces the article's document, reading its text from the index's text source. */
    public void upsert(IndexedArticle a) {
        upsert(a, texts.text(a.articleId()).orElse(IndexText.EMPTY));
    }

    /** Adds or replaces the article's document with the given text; a null embedding indexes no vector. */
    public void upsert(IndexedArticle a, IndexText text) {
        try {
            writer.updateDocument(new Term(ID, a.articleId()), document(a, text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index article " + a.articleId(), e);
        }
    }

    /**
     * Adds the article's document without looking for an older one: only for filling an empty or
     * just-cleared index, where it saves the per-document delete.
     */
    public void add(IndexedArticle a, IndexText text) {
        try {
            writer.addDocument(document(a, text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index article " + a.articleId(), e);
        }
    }

    private static Document document(IndexedArticle a, IndexText text) {
        Document doc = new Document();
        doc.add(new StringField(ID, a.articleId(), Field.Store.YES));
        long published = a.published() == null ? 0 : a.published().toEpochMilli();
        doc.add(new LongPoint(PUBLISHED, published));
        doc.add(new NumericDocValuesField(PUBLISHED, published));
        doc.add(new NumericDocValuesField(SOURCE, a.sourceId()));
        doc.add(new StringField(SOURCE_KEY, Long.toString(a.sourceId()), Field.Store.NO));
        doc.add(new NumericDocValuesField(STORY, a.storyId()));
        if (a.embedding() != null) {
            doc.add(new KnnFloatVectorField(VECTOR, a.embedding(), VectorSimilarityFunction.DOT_PRODUCT));
        }
        doc.add(new TextField(TITLE, text.title(), Field.Store.NO));
        doc.add(new TextField(BODY, text.body(), Field.Store.NO));
        doc.add(new TextField(OUTLET, text.outlet(), Field.Store.NO));
        doc.add(new StringField(LANGUAGE, text.language().toLowerCase(Locale.ROOT), Field.Store.NO));
        if (!text.hashtags().isEmpty()) {
            doc.add(new TextField(HASHTAGS, String.join(" ", text.hashtags()), Field.Store.NO));
            for (String tag : text.hashtags()) {
                doc.add(new StringField(TAG, Analysis.tagKey(tag), Field.Store.NO));
            }
        }
        return doc;
    }

    /** Records the article's (new) story without rewriting its document. */
    public void setStory(String articleId, long storyId) {
        try {
            writer.updateNumericDocValue(new Term(ID, articleId), STORY, storyId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the story of article " + articleId, e);
        }
    }

    public void delete(String articleId) {
        try {
            writer.deleteDocuments(new Term(ID, articleId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete article " + articleId + " from the index", e);
        }
    }

    /** Removes every document (before a rebuild). */
    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the index", e);
        }
    }

    /**
     * The {@code k} articles nearest to {@code vector}, optionally only those published in
     * [{@code from}, {@code to}] (null: no bound), best first.
     */
    public List<VectorHit> nearest(float[] vector, int k, Instant from, Instant to) {
        Query filter = null;
        if (from != null || to != null) {
            filter = LongPoint.newRangeQuery(
                    PUBLISHED,
                    from == null ? Long.MIN_VALUE : from.toEpochMilli(),
                    to == null ? Long.MAX_VALUE : to.toEpochMilli());
        }
        return search(new KnnFloatVectorQuery(VECTOR, vector, k, filter), k);
    }

    /** Ids of every indexed article (for catch-up against the database). */
    public Set<String> ids() {
        return new HashSet<>(storyOfEach().keySet());
    }

    /**
     * Every indexed article's id with the story the index has it in (0 for none): what start-up
     * compares with the database, reading no document.
     */
    public Map<String, Long> storyOfEach() {
        Map<String, Long> out = new HashMap<>();
        withSearcher(searcher -> {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(ID);
                if (terms == null) {
                    continue;
                }
                // ids by document, then the stories read in document order, as doc values are
                String[] idOf = new String[leaf.reader().maxDoc()];
                TermsEnum it = terms.iterator();
                for (BytesRef t = it.next(); t != null; t = it.next()) {
                    int doc = liveDoc(leaf, t);
                    if (doc >= 0) {
                        idOf[doc] = t.utf8ToString();
                    }
                }
                NumericDocValues stories = leaf.reader().getNumericDocValues(STORY);
                for (int doc = 0; doc < idOf.length; doc++) {
                    if (idOf[doc] != null) {
                        boolean has = stories != null && stories.advanceExact(doc);
                        out.put(idOf[doc], has ? stories.longValue() : 0L);
                    }
                }
            }
            return null;
        });
        return out;
    }

    public int count() {
        return withSearcher(searcher -> searcher.count(new MatchAllDocsQuery()));
    }

    /** Makes every change so far visible to searches now (tests and batch runs; normally a background thread does it). */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the index", e);
        }
    }

    /** Makes every change so far durable. */
    public void commit() {
        try {
            commit(writer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the index", e);
        }
    }

    /** Commits, marked with this index's shape and the time. */
    private static void commit(IndexWriter writer) throws IOException {
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA, COMMITTED_AT_KEY, Long.toString(System.currentTimeMillis()))
                .entrySet());
        writer.commit();
    }

    /**
     * When the index this process opened was last committed; empty for a new index, one emptied
     * for a new shape, or one committed before commits carried their time. What a change made after
     * it may be missing from.
     */
    public Optional<Instant> committedAt() {
        return Optional.ofNullable(committedAt);
    }

    /** The live document holding the id {@code term} in this segment, or -1. */
    private static int liveDoc(LeafReaderContext leaf, BytesRef term) throws IOException {
        var postings = leaf.reader().postings(new Term(ID, term));
        var live = leaf.reader().getLiveDocs();
        for (int doc = postings.nextDoc();
                doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
                return doc;
            }
        }
        return -1;
    }

    private List<VectorHit> search(Query query, int k) {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(query, k);
            List<VectorHit> hits = new ArrayList<>(top.scoreDocs.length);
            var storedFields = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                String id = storedFields.document(sd.doc, Set.of(ID)).get(ID);
                LeafReaderContext leaf = leafOf(searcher, sd.doc);
                int local = sd.doc - leaf.docBase;
                long published = numeric(leaf, PUBLISHED, local);
                hits.add(new VectorHit(
                        id,
                        2 * sd.score - 1, // DOT_PRODUCT scores are (1 + cosine) / 2
                        published == 0 ? null : Instant.ofEpochMilli(published),
                        numeric(leaf, SOURCE, local),
                        numeric(leaf, STORY, local)));
            }
            return hits;
        });
    }

    static LeafReaderContext leafOf(IndexSearcher searcher, int doc) {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        return leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
    }

    static long numeric(LeafReaderContext leaf, String field, int doc) throws IOException {
        NumericDocValues values = leaf.reader().getNumericDocValues(field);
        return values != null && values.advanceExact(doc) ? values.longValue() : 0;
    }

    /** Work with an acquired searcher. */
    @FunctionalInterface
    interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index search failed", e);
        }
    }

    private void refreshQuietly() {
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            log.warn("event=index_refresh_failed error=\"{}\"", e.toString());
        }
    }

    private void commitQuietly() {
        try {
            if (writer.hasUncommittedChanges()) {
                commit(writer);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("event=index_commit_failed error=\"{}\"", e.toString());
        }
    }

    @Override
    public void close() {
        if (background != null) {
            // Not shutdownNow(): an interrupt inside Lucene's file I/O closes the writer for good.
            background.shutdown();
            try {
                background.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            searchers.close();
            commit(writer);
            writer.close();
        } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
            // A page worker interrupted at shutdown while indexing closes the writer; what it lost
            // is indexed again by the next start's catch-up.
            log.warn("event=index_close_failed error=\"{}\"", e.toString());
        }
        try {
            directory.close();
        } catch (IOException e) {
            log.warn("event=index_close_failed error=\"{}\"", e.toString());
        }
    }
}
