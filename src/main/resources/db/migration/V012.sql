-- What changed about an article that a node's search index shows: it joined a story (so it has
-- its vectors), moved to another story in a merge, was tagged (again), or was replaced by its
-- original. Each node's index follows this log rather than re-reading its latest articles every
-- pass, so an idle site does no index work and a change to an old article reaches every node. The
-- writer is the process that made the change, which indexed it as it did. Rows older than a day
-- are dropped.
CREATE TABLE article_changes (
  seq ${ID_PK},
  article_id TEXT NOT NULL,
  changed_at ${BIGINT} NOT NULL,
  writer TEXT NOT NULL
);
CREATE INDEX article_changes_at ON article_changes(changed_at);
