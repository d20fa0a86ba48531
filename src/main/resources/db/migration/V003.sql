-- Stories, article vectors and near-duplicate fingerprints (issue 4).
-- The database decides; each node's search index is a cache rebuilt from these tables.

-- One row per stored article, computed once: its embedding (float32 little-endian) and weighted words.
CREATE TABLE article_vectors (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  model TEXT NOT NULL,
  embedding ${BLOB} NOT NULL,
  terms TEXT NOT NULL,
  created_at ${BIGINT} NOT NULL
);

-- Coverage of one event. A merged story keeps its row and points at the story that absorbed it,
-- so its address keeps working (a redirect).
CREATE TABLE stories (
  id ${ID_PK},
  title TEXT NOT NULL,
  lead_article_id TEXT NOT NULL,
  first_published_at ${BIGINT} NOT NULL,
  last_published_at ${BIGINT} NOT NULL,
  article_count INTEGER NOT NULL DEFAULT 0,
  outlet_count INTEGER NOT NULL DEFAULT 0,
  merged_into ${BIGINT},
  created_at ${BIGINT} NOT NULL,
  updated_at ${BIGINT} NOT NULL
);
CREATE INDEX stories_recent ON stories(merged_into, last_published_at);

CREATE TABLE story_articles (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  story_id ${BIGINT} NOT NULL REFERENCES stories(id),
  score REAL,
  joined_at ${BIGINT} NOT NULL
);
CREATE INDEX story_articles_story ON story_articles(story_id);

-- Near-duplicate text: MinHash signature and SimHash per article, and the signature's bands as
-- lookup keys (articles sharing a band are candidates, then compared in full).
CREATE TABLE article_fingerprints (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  minhash ${BLOB} NOT NULL,
  simhash ${BIGINT} NOT NULL
);
CREATE TABLE article_bands (
  band ${BIGINT} NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (band, article_id)
);
CREATE INDEX article_bands_article ON article_bands(article_id);
