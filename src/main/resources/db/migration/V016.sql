-- Articles stored before V015 were all taken as reporting. Those filed in an opinion folder of
-- their publisher's site (the rule extract.Opinion.byUrl applies to new ones) are marked now; the
-- other marks (schema.org type, section, breadcrumb) were not kept and wait for no one.
UPDATE articles SET opinion = 1
WHERE opinion = 0
  AND (LOWER(url) LIKE '%/opinion/%'
    OR LOWER(url) LIKE '%/opinions/%'
    OR LOWER(url) LIKE '%/commentisfree/%'
    OR LOWER(url) LIKE '%/editorial/%'
    OR LOWER(url) LIKE '%/editorials/%'
    OR LOWER(url) LIKE '%/op-ed/%'
    OR LOWER(url) LIKE '%/op-eds/%'
    OR LOWER(url) LIKE '%/oped/%');
