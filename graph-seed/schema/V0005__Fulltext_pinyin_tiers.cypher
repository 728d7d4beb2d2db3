// The pinyin index also holds the terms of townships and above, and of counties and above,
// each in a field of its own (SearchTerms writes them). A prefix search scores all its
// matches alike and hands back only its first candidates; a match in more fields scores
// higher, so 竹溪县 is not cut from "zhuxi" among hundreds of villages sharing its syllables.
// The terms are filled in by SearchTerms when the application starts.
DROP INDEX entity_pinyin IF EXISTS;
CREATE FULLTEXT INDEX entity_pinyin IF NOT EXISTS
FOR (n:Region|Organisation|Programme|Project)
ON EACH [n.pinyinTerms, n.pinyinTermsTownshipOrAbove, n.pinyinTermsCountyOrAbove]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'simple' } };
