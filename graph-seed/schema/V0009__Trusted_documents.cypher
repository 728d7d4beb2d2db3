// A GraphQL document a partner registered, found by its id ("sha256:" and the hex SHA-256 of its text).
CREATE CONSTRAINT trusted_document_id IF NOT EXISTS FOR (n:TrustedDocument) REQUIRE n.id IS UNIQUE;
