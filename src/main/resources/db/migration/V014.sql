-- Feed entries by the article they were stored as: the article page's "Also published by" reads
-- the entries that point at one article (syndicated copies), and removing a source sends other
-- outlets' copies of its articles to be fetched again. Without it both read every entry.
CREATE INDEX entries_article ON entries(article_id);
