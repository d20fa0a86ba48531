-- Hashtags: the tags of every article, and the corpus counts that let every node tag alike.

-- One row per tag of an article; tag_key is the lowercase tag, the identity used in URLs and joins.
CREATE TABLE article_tags (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  tag_key TEXT NOT NULL,
  tag TEXT NOT NULL,
  tag_rank INTEGER NOT NULL,
  published_at ${BIGINT} NOT NULL,
  PRIMARY KEY (article_id, tag_key)
);
CREATE INDEX article_tags_by_tag ON article_tags(tag_key, published_at);
CREATE INDEX article_tags_by_time ON article_tags(published_at);

-- Articles already tagged (with or without tags), with their ranked keyphrases, one per line.
CREATE TABLE tagged_articles (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  keyphrases TEXT NOT NULL,
  tagged_at ${BIGINT} NOT NULL
);

-- In how many tagged articles each stem or phrase key occurs (for inverse document frequency).
CREATE TABLE tag_terms (
  term TEXT PRIMARY KEY,
  df ${BIGINT} NOT NULL
);

-- How often the corpus writes each name, by spelling ("Putin", "Vladimir Putin").
CREATE TABLE tag_names (
  name_key TEXT NOT NULL,
  spelling TEXT NOT NULL,
  n ${BIGINT} NOT NULL,
  PRIMARY KEY (name_key, spelling)
);
