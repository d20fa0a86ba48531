-- Whether an article is opinion (a column, an editorial, a comment piece) rather than reporting,
-- as its page marks it: lists and the article page label it, and a story's summary of what the
-- outlets report is not headed by an argument. Articles stored before are taken as reporting.
ALTER TABLE articles ADD COLUMN opinion INTEGER NOT NULL DEFAULT 0;
