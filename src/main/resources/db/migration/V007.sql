-- Each article's nearest articles by blended similarity (at most ten, in both directions: a new
-- article enters the lists of the neighbours it finds). Their mean is how close the article is to
-- everything, taken off when it is ranked as another story's related article (issue 4).
CREATE TABLE article_neighbours (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  neighbour_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  similarity REAL NOT NULL,
  PRIMARY KEY (article_id, neighbour_id)
);
CREATE INDEX article_neighbours_neighbour ON article_neighbours(neighbour_id);
