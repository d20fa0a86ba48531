-- Work that one node at a time does for every node sharing the database, such as summarizing the
-- backlog of a database filled elsewhere: the node whose turn it is renews it as it goes; another
-- node takes the turn once it is given up or runs out (its holder stopped without giving it up).
CREATE TABLE shared_turns (
  work TEXT PRIMARY KEY,
  node TEXT NOT NULL,
  until_at ${BIGINT} NOT NULL
);
