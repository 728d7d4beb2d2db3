// A spreadsheet import keeps its rows beside it; a fact citing a sheet quotes one of its rows, found
// by the hash of the row's text (a row's text may be too long for an index of its own).
CREATE CONSTRAINT sheet_import_key IF NOT EXISTS FOR (n:SheetImport) REQUIRE n.key IS UNIQUE;
CREATE INDEX import_row_text IF NOT EXISTS FOR (n:ImportRow) ON (n.textHash);
CREATE INDEX sheet_import_sha256 IF NOT EXISTS FOR (n:SheetImport) ON (n.sha256);
CREATE CONSTRAINT import_row_key IF NOT EXISTS FOR (n:ImportRow) REQUIRE n.key IS UNIQUE;
