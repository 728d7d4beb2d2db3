// A registered document is one per file: the SHA-256 of its bytes (of its text when pasted) names one
// source only. Its text, kept beside it, is searched in full text with the CJK analyser, so Chinese
// words are found inside sentences.
CREATE CONSTRAINT source_sha256 IF NOT EXISTS FOR (n:Source) REQUIRE n.sha256 IS UNIQUE;
CREATE FULLTEXT INDEX source_text IF NOT EXISTS FOR (n:SourceText) ON EACH [n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
