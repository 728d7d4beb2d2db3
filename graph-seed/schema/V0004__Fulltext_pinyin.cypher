// Pinyin spellings and initials of every name ("shiyanshi sys"), so a search for "shiyan",
// "Shí yàn" or "sy" finds 十堰市. The simple analyzer lower-cases and splits on non-letters.
CREATE FULLTEXT INDEX entity_pinyin IF NOT EXISTS
FOR (n:Region|Organisation|Programme|Project)
ON EACH [n.pinyinTerms]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'simple' } };
