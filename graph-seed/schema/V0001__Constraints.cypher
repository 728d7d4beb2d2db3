// Every fact-bearing node carries the label Entity and a key that is unique across the whole graph,
// so that node(id) look-ups and seed references resolve with one index.
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT source_key IF NOT EXISTS FOR (n:Source) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT programme_key IF NOT EXISTS FOR (n:Programme) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT region_key IF NOT EXISTS FOR (n:Region) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organisation_key IF NOT EXISTS FOR (n:Organisation) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT pairing_key IF NOT EXISTS FOR (n:Pairing) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT project_key IF NOT EXISTS FOR (n:Project) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT figure_key IF NOT EXISTS FOR (n:ReportedFigure) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT target_key IF NOT EXISTS FOR (n:Target) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT measurement_key IF NOT EXISTS FOR (n:Measurement) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT transfer_key IF NOT EXISTS FOR (n:FundTransfer) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT exchange_key IF NOT EXISTS FOR (n:Exchange) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT participation_key IF NOT EXISTS FOR (n:Participation) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT discrepancy_key IF NOT EXISTS FOR (n:Discrepancy) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT seed_file_name IF NOT EXISTS FOR (n:SeedFile) REQUIRE n.name IS UNIQUE;
