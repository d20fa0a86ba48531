-- Publishers' feeds, what we saw in them, and the articles we stored.
-- Times are epoch milliseconds (UTC). ${...} placeholders are filled per dialect.

CREATE TABLE sources (
  id ${ID_PK},
  feed_url TEXT NOT NULL UNIQUE,
  site_url TEXT,
  title TEXT NOT NULL,
  slug TEXT NOT NULL UNIQUE,
  category TEXT,
  allow_private_network INTEGER NOT NULL DEFAULT 0,
  enabled INTEGER NOT NULL DEFAULT 1,
  interval_seconds INTEGER NOT NULL DEFAULT 900,
  etag TEXT,
  last_modified TEXT,
  next_fetch_at ${BIGINT} NOT NULL DEFAULT 0,
  last_fetched_at ${BIGINT},
  last_status TEXT,
  last_error TEXT,
  error_count INTEGER NOT NULL DEFAULT 0,
  created_at ${BIGINT} NOT NULL
);

CREATE TABLE fetch_log (
  id ${ID_PK},
  source_id ${BIGINT} NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  fetched_at ${BIGINT} NOT NULL,
  outcome TEXT NOT NULL,
  http_status INTEGER,
  duration_ms INTEGER NOT NULL,
  new_entries INTEGER NOT NULL DEFAULT 0,
  error TEXT
);
CREATE INDEX fetch_log_source ON fetch_log(source_id, fetched_at);

CREATE TABLE articles (
  seq ${ID_PK},
  id TEXT NOT NULL UNIQUE,
  source_id ${BIGINT} NOT NULL REFERENCES sources(id),
  url TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  byline TEXT,
  language TEXT NOT NULL,
  published_at ${BIGINT} NOT NULL,
  modified_at ${BIGINT},
  stored_at ${BIGINT} NOT NULL,
  image_url TEXT,
  description TEXT,
  lead TEXT NOT NULL,
  body_html TEXT NOT NULL,
  body_text TEXT NOT NULL,
  word_count INTEGER NOT NULL,
  content_hash TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published_at);
CREATE INDEX articles_source ON articles(source_id, published_at);
CREATE INDEX articles_content_hash ON articles(content_hash);

-- Feed entries, kept to deduplicate by GUID and as a durable queue of pages to fetch.
CREATE TABLE entries (
  id ${ID_PK},
  source_id ${BIGINT} NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  guid TEXT NOT NULL,
  url TEXT,
  title TEXT,
  summary TEXT,
  content_html TEXT,
  author TEXT,
  published_at ${BIGINT},
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at ${BIGINT} NOT NULL DEFAULT 0,
  last_error TEXT,
  article_id TEXT,
  seen_at ${BIGINT} NOT NULL,
  UNIQUE (source_id, guid)
);
CREATE INDEX entries_state ON entries(state, next_attempt_at);
