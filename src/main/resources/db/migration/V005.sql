-- AI features: each article's summary and key points (computed at ingest), and the state of
-- the optional language model shared by all nodes: cached replies and per-minute call counts.
CREATE TABLE article_summaries (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  method TEXT NOT NULL,
  tldr TEXT NOT NULL,
  points TEXT NOT NULL,
  created_at ${BIGINT} NOT NULL
);

CREATE TABLE llm_cache (
  cache_key TEXT PRIMARY KEY,
  reply TEXT NOT NULL,
  created_at ${BIGINT} NOT NULL
);
CREATE INDEX llm_cache_created ON llm_cache(created_at);

CREATE TABLE llm_calls (
  minute ${BIGINT} PRIMARY KEY,
  calls INTEGER NOT NULL
);
