-- A story's page draws all its coverage (who reported when) and lists its articles in time order,
-- a page at a time. With the article's time, storage order and outlet kept beside its story, both
-- are read from one index in order, without the articles' rows and without sorting: a story of
-- 20,000 articles took 70 ms to read and sort for its timeline and 30 ms for its first page of
-- cards. Articles keep their time and outlet once stored, so the copies never go stale.
ALTER TABLE story_articles ADD COLUMN published_at ${BIGINT};
ALTER TABLE story_articles ADD COLUMN article_seq ${BIGINT};
ALTER TABLE story_articles ADD COLUMN source_id ${BIGINT};
UPDATE story_articles SET published_at = a.published_at, article_seq = a.seq, source_id = a.source_id
  FROM articles a WHERE a.id = story_articles.article_id;
CREATE INDEX story_articles_in_order ON story_articles(story_id, published_at, article_seq, source_id, article_id);
DROP INDEX story_articles_story;
