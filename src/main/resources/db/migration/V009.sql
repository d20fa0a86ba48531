-- A hashtag's key folds a plural last word ("cardnumbers" -> "cardnumber", "votes" -> "vote"), so
-- #CardNumber and #CardNumbers are one tag. The rule is TagRepository.key's: a key longer than
-- three letters ending in "s" but not in "ss", "us" or "is" loses the "s". An article tagged both
-- ways keeps the singular row.
DELETE FROM article_tags
 WHERE length(tag_key) > 3 AND tag_key LIKE '%s'
   AND tag_key NOT LIKE '%ss' AND tag_key NOT LIKE '%us' AND tag_key NOT LIKE '%is'
   AND EXISTS (SELECT 1 FROM article_tags o
                WHERE o.article_id = article_tags.article_id
                  AND o.tag_key = substr(article_tags.tag_key, 1, length(article_tags.tag_key) - 1));
UPDATE article_tags SET tag_key = substr(tag_key, 1, length(tag_key) - 1)
 WHERE length(tag_key) > 3 AND tag_key LIKE '%s'
   AND tag_key NOT LIKE '%ss' AND tag_key NOT LIKE '%us' AND tag_key NOT LIKE '%is';
