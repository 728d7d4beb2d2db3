// An organisation is one of its name in its region (the write pipeline checks this under a lock on the
// region), and a unified social credit code (统一社会信用代码) names one organisation only, across regions.
CREATE CONSTRAINT organisation_credit_code IF NOT EXISTS FOR (n:Organisation) REQUIRE n.creditCode IS UNIQUE;
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
