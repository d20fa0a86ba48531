-- A hashtag's page lists its articles newest first, a page at a time: with the article id in the
-- index, the newest rows of one tag are read in order and the reading stops at the page's end,
-- however many articles carry the tag (a tag on 30,000 articles took 100 ms to sort, now well
-- under 1 ms). It replaces the index on (tag_key, published_at), which it covers.
CREATE INDEX article_tags_newest ON article_tags(tag_key, published_at, article_id);
DROP INDEX article_tags_by_tag;
