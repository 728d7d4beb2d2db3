// Look-ups and filters the API and the explorer use on every request.
CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level);
CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name);
CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind);
CREATE INDEX pairing_level_kind IF NOT EXISTS FOR (n:Pairing) ON (n.level, n.kind);
CREATE INDEX pairing_status IF NOT EXISTS FOR (n:Pairing) ON (n.status);
CREATE INDEX project_category IF NOT EXISTS FOR (n:Project) ON (n.category);
CREATE INDEX figure_set IF NOT EXISTS FOR (n:ReportedFigure) ON (n.set);
CREATE INDEX figure_measure IF NOT EXISTS FOR (n:ReportedFigure) ON (n.measure);
