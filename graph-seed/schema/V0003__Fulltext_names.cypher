// Names are Chinese: the CJK analyzer indexes character bigrams, so "竹溪" finds "竹溪县" and
// "竹溪密云小学". English names and notes share the index.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Region|Organisation|Programme|Project|Source)
ON EACH [n.name, n.nameEn, n.title, n.number]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
