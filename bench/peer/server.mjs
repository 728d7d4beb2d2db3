// Benchmark peer: the Pairing Atlas graph served by the Neo4j GraphQL Library (@neo4j/graphql 7)
// on Apollo Server (standalone). Read-only use: only the library's generated queries are
// exercised, plus three @cypher fields for what the library cannot generate (ranked search across
// all types, shortest path, a grouped funding roll-up).
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";
import { pathToFileURL } from "node:url";

const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
const user = process.env.NEO4J_USER;
const password = process.env.NEO4J_PASSWORD;
const port = Number(process.env.PORT ?? 4000);

// The full-text indexes entity_names and entity_pinyin already exist in the database (created by
// our application); @fulltext makes the library generate one query per type and index.
export const typeDefs = /* GraphQL */ String.raw`
  "Anything in the graph with a stable key (every node carries the label Entity and a unique key)."
  interface Entity {
    key: ID!
  }

  "Properties of a CITES relationship."
  type Cites @relationshipProperties {
    excerpt: String
  }

  "A side of a pairing (or of a fund transfer / an investment)."
  union Party = Region | Organisation

  "What a reported figure is about."
  union FigureSubject = Region | Organisation | Programme | Project

  "Anything that cites a source."
  union Citing =
      Region
    | Organisation
    | Programme
    | Pairing
    | Project
    | ReportedFigure
    | Target
    | Participation
    | Exchange
    | FundTransfer

  type Region implements Entity
    @node
    @fulltext(
      indexes: [
        { indexName: "entity_names", queryName: "regionsByName", fields: ["name", "nameEn"] }
        { indexName: "entity_pinyin", queryName: "regionsByPinyin", fields: ["pinyinTerms"] }
      ]
    ) {
    key: ID!
    code: String
    name: String!
    "Space-separated pinyin forms, as indexed by entity_pinyin."
    pinyinTerms: String
    nameEn: String
    level: String!
    official: Boolean
    confirmed: Boolean
    note: String
    parent: Region @relationship(type: "PART_OF", direction: OUT)
    children: [Region!]! @relationship(type: "PART_OF", direction: IN)
    pairingsAsSupporter: [Pairing!]! @relationship(type: "SUPPORTER", direction: IN)
    pairingsAsRecipient: [Pairing!]! @relationship(type: "RECIPIENT", direction: IN)
    organisations: [Organisation!]! @relationship(type: "LOCATED_IN", direction: IN)
    projects: [Project!]! @relationship(type: "LOCATED_IN", direction: IN)
    reportedFigures: [ReportedFigure!]! @relationship(type: "ABOUT", direction: IN)
    participations: [Participation!]! @relationship(type: "OF", direction: IN)
    exchangesFrom: [Exchange!]! @relationship(type: "FROM", direction: IN)
    exchangesTo: [Exchange!]! @relationship(type: "TO", direction: IN)
    fundTransfersFrom: [FundTransfer!]! @relationship(type: "FROM", direction: IN)
    sources: [Source!]! @relationship(type: "CITES", direction: OUT, properties: "Cites")
  }

  type Organisation implements Entity
    @node
    @fulltext(
      indexes: [
        { indexName: "entity_names", queryName: "organisationsByName", fields: ["name", "nameEn"] }
        { indexName: "entity_pinyin", queryName: "organisationsByPinyin", fields: ["pinyinTerms"] }
      ]
    ) {
    key: ID!
    name: String!
    "Space-separated pinyin forms, as indexed by entity_pinyin."
    pinyinTerms: String
    nameEn: String
    kind: String!
    confirmed: Boolean
    note: String
    region: Region @relationship(type: "LOCATED_IN", direction: OUT)
    pairingsAsSupporter: [Pairing!]! @relationship(type: "SUPPORTER", direction: IN)
    pairingsAsRecipient: [Pairing!]! @relationship(type: "RECIPIENT", direction: IN)
    projectsImplemented: [Project!]! @relationship(type: "IMPLEMENTED_BY", direction: IN)
    projectsInvested: [Project!]! @relationship(type: "INVESTED_BY", direction: IN)
    reportedFigures: [ReportedFigure!]! @relationship(type: "ABOUT", direction: IN)
    exchangesFrom: [Exchange!]! @relationship(type: "FROM", direction: IN)
    fundTransfersFrom: [FundTransfer!]! @relationship(type: "FROM", direction: IN)
    fundTransfersTo: [FundTransfer!]! @relationship(type: "TO", direction: IN)
    sources: [Source!]! @relationship(type: "CITES", direction: OUT, properties: "Cites")
  }

  type Programme implements Entity
    @node
    @fulltext(
      indexes: [
        { indexName: "entity_names", queryName: "programmesByName", fields: ["name", "nameEn"] }
        { indexName: "entity_pinyin", queryName: "programmesByPinyin", fields: ["pinyinTerms"] }
      ]
    ) {
    key: ID!
    name: String!
    "Space-separated pinyin forms, as indexed by entity_pinyin."
    pinyinTerms: String
    nameEn: String
    kind: String!
    framework: String
    startYear: Int
    endYear: Int
    confirmed: Boolean
    note: String
    pairings: [Pairing!]! @relationship(type: "UNDER", direction: IN)
    projects: [Project!]! @relationship(type: "UNDER", direction: IN)
    targets: [Target!]! @relationship(type: "UNDER", direction: IN)
    participations: [Participation!]! @relationship(type: "UNDER", direction: IN)
    exchanges: [Exchange!]! @relationship(type: "UNDER", direction: IN)
    fundTransfers: [FundTransfer!]! @relationship(type: "UNDER", direction: IN)
    reportedFigures: [ReportedFigure!]! @relationship(type: "ABOUT", direction: IN)
    governingDocuments: [Source!]! @relationship(type: "GOVERNED_BY", direction: OUT)
    sources: [Source!]! @relationship(type: "CITES", direction: OUT, properties: "Cites")
  }

  type Pairing implements Entity @node {
    key: ID!
    level: String!
    kind: String!
    startDate: String
    endDate: String
    status: String!
    confirmed: Boolean!
    note: String
    version: Int
    programme: Programme @relationship(type: "UNDER", direction: OUT)
    supporter: Party @relationship(type: "SUPPORTER", direction: OUT)
    recipient: Party @relationship(type: "RECIPIENT", direction: OUT)
    sources: [Source!]! @relationship(type: "CITES", direction: OUT, properties: "Cites")
  }

  type Project implements Entity
    @node
    @fulltext(
      indexes: [
        { indexName: "entity_names", queryName: "projectsByName", fields: ["name"] }
        { indexName: "entity_pinyin", queryName: "projectsByPinyin", fields: ["pinyinTerms"] }
      ]
    ) {
    key: ID!
    name: String!
    "Space-separated pinyin forms, as indexed by entity_pinyin."
    pinyinTerms: String
    category: String
    startYear: Int
    endYear: Int
    status: String
    confirmed: Boolean!
    note: String
    version: Int
    "Amounts in fen (1/100 yuan), as stored."
    collaborationFundsFen: BigInt
    matchingFundsFen: BigInt
    centralInvestmentFen: BigInt
    localInvestmentFen: BigInt
    otherInvestmentFen: BigInt
    totalInvestmentFen: BigInt
    programme: Programme @relationship(type: "UNDER", direction: OUT)
    region: Region @relationship(type: "LOCATED_IN", direction: OUT)
    implementer: Organisation @relationship(type: "IMPLEMENTED_BY", direction: OUT)
    investor: Organisation @relationship(type: "INVESTED_BY", direction: OUT)
    reportedFigures: [ReportedFigure!]! @relationship(type: "ABOUT", direction: IN)
    sources: [Source!]! @relationship(type: "CITES", direction: OUT, properties: "Cites")
  }

  type ReportedFigure implements Entity @node {
    key: ID!
    measure: String!
    dimension: String
    value: String
    unit: String!
    quantity: Float
    amountFen: BigInt
    qualifier: String
    role: String
    set: String
    periodStart: String
    periodEnd: String
    confirmed: Boolean
    note: String
    about: [FigureSubject!]! @relationship(type: "ABOUT", direction: OUT)
    sources: [Source!]! @relationship(type: "CITES", direction: OUT, properties: "Cites")
  }

  type Target implements Entity @node {
    key: ID!
    indicator: String!
    indicatorEn: String
    comparator: String
    value: String
    unit: String
    quantity: Float
    amountFen: BigInt
    baselineYear: Int
    periodStart: String
    periodEnd: String
    confirmed: Boolean
    note: String
    programme: Programme @relationship(type: "UNDER", direction: OUT)
    setBy: Source @relationship(type: "SET_BY", direction: OUT)
    parent: Target @relationship(type: "PART_OF", direction: OUT)
    parts: [Target!]! @relationship(type: "PART_OF", direction: IN)
    sources: [Source!]! @relationship(type: "CITES", direction: OUT, properties: "Cites")
  }

  type Participation implements Entity @node {
    key: ID!
    role: String
    group: String
    rank: Int
    rankingBasis: String
    confirmed: Boolean
    note: String
    region: Region @relationship(type: "OF", direction: OUT)
    programme: Programme @relationship(type: "UNDER", direction: OUT)
    sources: [Source!]! @relationship(type: "CITES", direction: OUT, properties: "Cites")
  }

  type Exchange implements Entity @node {
    key: ID!
    kind: String
    direction: String
    count: String
    quantity: Float
    unit: String
    qualifier: String
    periodStart: String
    periodEnd: String
    confirmed: Boolean
    note: String
    programme: Programme @relationship(type: "UNDER", direction: OUT)
    from: Party @relationship(type: "FROM", direction: OUT)
    to: Party @relationship(type: "TO", direction: OUT)
    sources: [Source!]! @relationship(type: "CITES", direction: OUT, properties: "Cites")
  }

  type FundTransfer implements Entity @node {
    key: ID!
    step: Int
    amountFen: BigInt
    yearStart: Int
    yearEnd: Int
    recurrence: String
    confirmed: Boolean
    note: String
    programme: Programme @relationship(type: "UNDER", direction: OUT)
    from: Party @relationship(type: "FROM", direction: OUT)
    to: Party @relationship(type: "TO", direction: OUT)
    sources: [Source!]! @relationship(type: "CITES", direction: OUT, properties: "Cites")
  }

  type Source implements Entity
    @node
    @fulltext(
      indexes: [{ indexName: "entity_names", queryName: "sourcesByName", fields: ["title", "number"] }]
    ) {
    key: ID!
    kind: String!
    number: String
    title: String!
    issuer: String
    date: String
    url: String
    note: String
    "Everything citing this source, with the excerpt on the relationship."
    citedBy: [Citing!]! @relationship(type: "CITES", direction: IN, properties: "Cites")
    governs: [Programme!]! @relationship(type: "GOVERNED_BY", direction: IN)
  }

  "One group of a funding roll-up; amounts in fen."
  type FundingGroup {
    category: String
    projects: Int!
    collaborationFundsFen: BigInt!
    matchingFundsFen: BigInt!
    totalInvestmentFen: BigInt!
  }

  type Query {
    """
    Ranked search across all entity types (the library's @fulltext is per type): both full-text
    indexes in one statement, name matches first, pinyin (lower-case ASCII letters) as a prefix.
    Confirmed entities only, like the read-token view of our API.
    """
    search(text: String!, first: Int = 10): [Entity!]!
      @cypher(
        statement: """
        WITH trim($text) AS text
        WITH text, all(c IN split(text, '') WHERE c < '\u0080') AS ascii,
             reduce(s = '', c IN split(text, '') |
               s + CASE WHEN c IN ['+', '-', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/', '&', '|']
                        THEN '\\' + c ELSE c END) AS escaped,
             reduce(s = '', c IN split(toLower(text), '') | s + CASE WHEN c >= 'a' AND c <= 'z' THEN c ELSE '' END) AS pinyin
        CALL (text, ascii, escaped, pinyin) {
          CALL db.index.fulltext.queryNodes('entity_names', escaped + CASE WHEN ascii THEN '*' ELSE '' END, {limit: $first * 5})
            YIELD node, score
          WITH node, score, coalesce(node.name, node.title, '') AS name, text
          RETURN node, score + CASE WHEN name = text OR node.nameEn = text OR node.number = text THEN 100
                                    WHEN name STARTS WITH text THEN 50 ELSE 0 END AS rank
          UNION
          WITH pinyin, ascii WHERE ascii AND pinyin <> ''
          CALL db.index.fulltext.queryNodes('entity_pinyin', pinyin + '*', {limit: $first * 5}) YIELD node, score
          RETURN node, score + CASE WHEN pinyin IN split(node.pinyinFull, ' ') OR pinyin IN split(node.pinyinInitials, ' ') THEN 100
                                    WHEN any(t IN split(node.pinyinFull, ' ') WHERE t STARTS WITH pinyin) THEN 60
                                    ELSE 40 END AS rank
        }
        WITH node, max(rank) + (5 - coalesce(node.levelRank, 5)) * 0.5 - size(coalesce(node.name, node.title, '')) * 0.01 AS rank
        WHERE coalesce(node.confirmed, true)
        RETURN node ORDER BY rank DESC, node.key LIMIT $first
        """
        columnName: "node"
      )

    """
    Shortest paths between two entities (by key), at most 8 steps, not through CITES, as the
    nodes of each path in order (up to 5 paths, concatenated).
    """
    shortestPath(from: ID!, to: ID!): [Entity!]!
      @cypher(
        statement: """
        MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
        MATCH p = allShortestPaths((a)-[*..8]-(b))
        WHERE all(r IN relationships(p) WHERE type(r) IN ['SUPPORTER', 'RECIPIENT', 'UNDER', 'IMPLEMENTED_BY', 'INVESTED_BY',
                                                          'ABOUT', 'FROM', 'TO', 'OF', 'CONCERNS', 'PART_OF', 'LOCATED_IN'])
          AND all(n IN nodes(p) WHERE n:Entity AND NOT n:Source AND coalesce(n.confirmed, true))
        WITH p LIMIT 5
        UNWIND nodes(p) AS node
        RETURN node
        """
        columnName: "node"
      )

    "Funding of confirmed projects in a region (or below it), grouped by category."
    fundingByCategory(region: ID!): [FundingGroup!]!
      @cypher(
        statement: """
        MATCH (x:Project)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..5]->(:Region {key: $region})
        WHERE x.confirmed
        WITH x.category AS category, count(x) AS projects,
             sum(coalesce(x.collaborationFundsFen, 0)) AS collaborationFundsFen,
             sum(coalesce(x.matchingFundsFen, 0)) AS matchingFundsFen,
             sum(coalesce(x.totalInvestmentFen, 0)) AS totalInvestmentFen
        RETURN {category: category, projects: projects, collaborationFundsFen: collaborationFundsFen,
                matchingFundsFen: matchingFundsFen, totalInvestmentFen: totalInvestmentFen} AS row
        ORDER BY category
        """
        columnName: "row"
      )
  }
`;

async function main() {
  const driver = neo4j.driver(uri, user ? neo4j.auth.basic(user, password ?? "") : undefined);
  await driver.verifyConnectivity();
  const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
  const schema = await neoSchema.getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port, host: "127.0.0.1" } });
  console.log(`peer ready on :${port} (${url})`);
  const stop = async () => {
    await server.stop();
    await driver.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
