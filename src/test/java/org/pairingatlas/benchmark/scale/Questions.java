package org.pairingatlas.benchmark.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The questions the scale benchmark asks, each as our API's document, the best raw Cypher
 * for the same answer, and the peer's document. They name seed facts (竹溪县, 十堰市, 密云区),
 * which every size holds, plus 四川, whose townships the synthetic network pairs at the
 * larger sizes.
 */
public final class Questions {

	/** What our neighbourhood follows by default: facts and hierarchy, never sources. */
	static final List<String> RELATIONSHIPS = List.of("SUPPORTER", "RECIPIENT", "UNDER", "GOVERNED_BY",
			"IMPLEMENTED_BY", "INVESTED_BY", "ABOUT", "SET_BY", "AGAINST", "FROM", "TO", "FOR", "OF", "CONCERNS",
			"PART_OF", "LOCATED_IN");

	private static final String LOOK_UP = """
			MATCH (r:Region {key: $code})
			RETURN r.name AS name, [(r)-[:PART_OF*1..]->(a) | a.name] AS ancestors,
			       [(r)<-[:SUPPORTER|RECIPIENT]-(p:Pairing) WHERE p.confirmed |
			         {key: p.key, supporter: [(p)-[:SUPPORTER]->(s) | s.name][0],
			          sources: [(p)-[:CITES]->(d:Source) | d.number]}] AS pairings
			""";

	private static final String NODE = """
			MATCH (n:Entity {key: $id}) WHERE coalesce(n.confirmed, true)
			RETURN n.key AS id, n.level AS level
			""";

	private static final String PAIRINGS_UNDER = """
			MATCH (:Region {key: $region})<-[:PART_OF*0..5]-(place:Region)
			MATCH (place)<-[:LOCATED_IN*0..1]-(r)<-[:RECIPIENT]-(p:Pairing)
			WHERE p.confirmed AND coalesce(r.confirmed, true)
			MATCH (p)-[:UNDER]->(g:Programme), (p)-[:SUPPORTER]->(s) WHERE coalesce(s.confirmed, true)
			WITH DISTINCT p, g, s, r ORDER BY g.key, p.level, p.key
			WITH collect({key: p.key, supporter: s.name, recipient: r.name}) AS rows
			RETURN size(rows) AS totalCount, rows[0..20] AS page
			""";

	private static final String PROJECTS_UNDER = """
			MATCH (:Region {key: $region})<-[:PART_OF*0..5]-(place:Region)<-[:LOCATED_IN]-(x:Project)
			WHERE x.confirmed
			WITH x, place ORDER BY x.name, x.key
			WITH collect({name: x.name, category: x.category, region: place.name}) AS rows
			RETURN size(rows) AS totalCount, rows[0..20] AS page
			""";

	private static final String SEARCH_NAMES = """
			CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: 50}) YIELD node, score
			WHERE any(l IN labels(node) WHERE l IN ['Region', 'Organisation', 'Programme', 'Project', 'Source'])
			  AND coalesce(node.confirmed, true)
			WITH node, score, coalesce(node.name, node.title, '') AS name
			RETURN node, score + CASE WHEN name = $text THEN 100 WHEN name STARTS WITH $text THEN 50 ELSE 0 END
			       + (5 - coalesce(node.levelRank, 5)) * 0.5 - size(name) * 0.01 AS score
			""";

	private static final String SEARCH_PINYIN = """
			CALL db.index.fulltext.queryNodes('entity_pinyin', $lucene, {limit: 50}) YIELD node, score
			WHERE any(l IN labels(node) WHERE l IN ['Region', 'Organisation', 'Programme', 'Project'])
			  AND coalesce(node.confirmed, true)
			WITH node, score, split(node.pinyinFull, ' ') AS full, split(node.pinyinInitials, ' ') AS initials
			RETURN node, score + CASE WHEN $text IN full OR $text IN initials THEN 100
			                          WHEN any(t IN full WHERE t STARTS WITH $text) THEN 60 ELSE 40 END
			       + (5 - coalesce(node.levelRank, 5)) * 0.5 - size(node.name) * 0.01 AS score
			""";

	private static final String RANKED = """
			WITH node, max(score) AS score ORDER BY score DESC, node.key LIMIT 10
			RETURN node.key AS id, score
			""";

	// Two rings, as our breadth-first walk takes them, cut at the API's default 500
	// nodes.
	private static final String NEIGHBOURHOOD = """
			MATCH (a:Entity {key: $key})
			CALL (a) {
			  MATCH (a)-[r]-(n:Entity)
			  WHERE type(r) IN $relationships AND NOT n:Source AND coalesce(n.confirmed, true)
			  RETURN collect(DISTINCT n)[0..499] AS ring1, collect(r) AS edges1
			}
			CALL (a, ring1) {
			  UNWIND CASE WHEN $depth > 1 THEN ring1 ELSE [] END AS m
			  MATCH (m)-[r]-(n:Entity)
			  WHERE type(r) IN $relationships AND n <> a AND NOT n:Source AND coalesce(n.confirmed, true)
			  RETURN collect(DISTINCT n) AS ring2, collect(DISTINCT r) AS edges2
			}
			WITH [a] + ring1 + [n IN ring2 WHERE NOT n IN ring1][0..(499 - size(ring1))] AS nodes, edges1 + edges2 AS edges
			RETURN [n IN nodes | {id: n.key, label: coalesce(n.name, n.title, n.key)}] AS nodes,
			       [r IN edges WHERE startNode(r) IN nodes AND endNode(r) IN nodes
			        | {source: startNode(r).key, target: endNode(r).key, type: type(r)}] AS edges
			""";

	private static final String SHORTEST_PATH = """
			MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
			MATCH p = allShortestPaths((a)-[:SUPPORTER|RECIPIENT|UNDER|GOVERNED_BY|IMPLEMENTED_BY|INVESTED_BY|ABOUT|SET_BY|AGAINST|FROM|TO|FOR|OF|CONCERNS|PART_OF|LOCATED_IN*..8]-(b))
			WHERE all(n IN nodes(p) WHERE coalesce(n.confirmed, true))
			RETURN [n IN nodes(p) | n.key] AS nodes LIMIT 5
			""";

	private static final String COVERAGE = """
			MATCH (:Region {key: $region})<-[:PART_OF*1..4]-(u:Region {level: $level})
			WITH u, EXISTS { (u)<-[:LOCATED_IN*0..1]-(party)<-[:RECIPIENT]-(p:Pairing)
			                 WHERE p.confirmed AND coalesce(party.confirmed, true) } AS paired
			WITH count(u) AS units, count(CASE WHEN paired THEN 1 END) AS pairedCount
			CALL () {
			  MATCH (f:ReportedFigure)-[:ABOUT]->(subject)
			  WHERE f.measure = 'pairings.' + $level
			    AND ( EXISTS { (:Region {key: $region})-[:PART_OF*0..4]->(subject) }
			          OR (subject:Programme AND EXISTS { (subject)<-[:UNDER]-(:Pairing)-[:SUPPORTER|RECIPIENT]->()-[:LOCATED_IN|PART_OF*0..4]->(:Region {key: $region}) }) )
			  WITH DISTINCT f ORDER BY f.key
			  RETURN collect(f.value) AS reported
			}
			RETURN units, pairedCount, reported
			""";

	private static final String FUNDING = """
			CALL () {
			  MATCH (:Region {key: $region})<-[:PART_OF*0..5]-(:Region)<-[:LOCATED_IN]-(x:Project)
			  WHERE x.confirmed
			  WITH x.category AS category, sum(coalesce(x.collaborationFundsFen, 0)) AS fen ORDER BY category
			  RETURN collect({category: category, collaborationFundsFen: fen}) AS rows
			}
			CALL () {
			  MATCH (f:ReportedFigure)-[:ABOUT]->(subject)
			  WHERE (f.measure STARTS WITH 'funds.' OR f.measure STARTS WITH 'investment.') AND f.unit IN ['yuan', 'wan', 'yi']
			    AND (EXISTS { (subject)-[:LOCATED_IN|PART_OF*0..5]->(:Region {key: $region}) }
			         OR (subject:Programme AND EXISTS { (subject)<-[:UNDER]-(:Pairing)-[:RECIPIENT]->()-[:LOCATED_IN|PART_OF*0..5]->(:Region {key: $region}) }))
			  WITH DISTINCT f ORDER BY f.measure, f.dimension, f.key
			  RETURN collect(f.value) AS reported
			}
			RETURN rows, reported
			""";

	private static final String PROGRAMMES = """
			MATCH (g:Programme)
			RETURN g.key AS key, COUNT { (x:Pairing)-[:UNDER]->(g) WHERE x.confirmed } AS pairings,
			       COUNT { (x:Project)-[:UNDER]->(g) WHERE x.confirmed } AS projects
			ORDER BY key
			""";

	// What attachSource writes: the citation, once, and an audit entry each time.
	private static final String ATTACH_SOURCE = """
			MATCH (n:Entity {key: $id}), (s:Source {key: $source})
			MERGE (n)-[c:CITES {excerpt: $excerpt}]->(s)
			ON CREATE SET c.origin = 'edit', c.at = datetime()
			CREATE (e:AuditEntry {key: randomUUID(), at: datetime(), actor: 'benchmark', action: 'attachSource',
			        entityKey: n.key, entityType: 'Region', changed: ['source'], before: '{}',
			        after: '{"source":"' + $source + '"}'})
			CREATE (e)-[:CHANGED]->(n)
			RETURN n.key AS id
			""";

	private Questions() {
	}

	public static List<Question> all() {
		List<Question> questions = new ArrayList<>();
		// No question at all: what a request costs each way before it reads anything.
		questions.add(new Question(Question.EMPTY_REQUEST, "{ __typename }", "RETURN 1 AS one", Map.of(),
				Question.EMPTY_REQUEST, Map.of(), false));
		questions.add(new Question("look-up: region with parent chain and pairings",
				"{ region(code: \"420324\") { name ancestors { name } pairings { key supporter { ... on Region { name } } sources { document { number } } } } }",
				LOOK_UP, Map.of("code", "420324"), "look-up: region with parent chain and pairings", Map.of(), false));
		questions.add(new Question("node(id)", "{ node(id: \"pair-miyun-zhuxi\") { id ... on Pairing { level } } }",
				NODE, Map.of("id", "pair-miyun-zhuxi"), "node(id)", Map.of(), false));
		questions.add(new Question("list: pairings under 十堰, page of 20",
				"{ pairings(filter: {recipientRegion: \"420300\"}, first: 20) { totalCount edges { node { key supporter { ... on Region { name } } recipient { ... on Region { name } } } } } }",
				PAIRINGS_UNDER, Map.of("region", "420300"), "list: pairings under 十堰, page of 20", Map.of(), false));
		questions.add(new Question("list: projects under 十堰 by name, page of 20",
				"{ projects(filter: {region: \"420300\"}, sort: NAME, first: 20) { totalCount edges { node { name category region { name } } } } }",
				PROJECTS_UNDER, Map.of("region", "420300"), "list: projects under 十堰 by name, page of 20", Map.of(),
				false));
		questions.add(new Question("search: pinyin \"shiyan\"",
				"{ search(text: \"shiyan\", first: 10) { score node { id } } }",
				"CALL () { " + SEARCH_NAMES + " UNION ALL " + SEARCH_PINYIN + " } " + RANKED,
				Map.of("lucene", "shiyan*", "text", "shiyan"), "search: pinyin \"shiyan\"", Map.of(), false));
		questions
			.add(new Question("search: Chinese \"竹溪\"", "{ search(text: \"竹溪\", first: 10) { score node { id } } }",
					"CALL () { " + SEARCH_NAMES + " } " + RANKED, Map.of("lucene", "竹溪", "text", "竹溪"),
					"search: Chinese \"竹溪\"", Map.of(), false));
		questions.add(new Question("neighbourhood depth 1 of 竹溪县",
				"{ neighbourhood(id: \"420324\", depth: 1) { nodes { id label } edges { source target type } } }",
				NEIGHBOURHOOD, Map.of("key", "420324", "depth", 1, "relationships", RELATIONSHIPS),
				"neighbourhood depth 1 of 竹溪县", Map.of(), false));
		questions.add(new Question("neighbourhood depth 2 of 竹溪县",
				"{ neighbourhood(id: \"420324\", depth: 2) { nodes { id label } edges { source target type } } }",
				NEIGHBOURHOOD, Map.of("key", "420324", "depth", 2, "relationships", RELATIONSHIPS),
				"neighbourhood depth 2 of 竹溪县", Map.of(), false));
		questions.add(new Question("shortest path 密云区 → 竹溪密云小学",
				"{ shortestPaths(from: \"110118\", to: \"org-zhuxi-miyun-primary-school\") { nodes { id } } }",
				SHORTEST_PATH, Map.of("from", "110118", "to", "org-zhuxi-miyun-primary-school"),
				"shortest path 密云区 → 竹溪密云小学", Map.of(), false));
		questions.add(new Question("coverage: 十堰 townships",
				"{ coverage(region: \"420300\", level: \"township\") { units pairedCount reported { value } } }",
				COVERAGE, Map.of("region", "420300", "level", "township"), "coverage: 十堰 townships", Map.of(), false));
		questions.add(new Question("coverage: 四川 townships",
				"{ coverage(region: \"510000\", level: \"township\") { units pairedCount reported { value } } }",
				COVERAGE, Map.of("region", "510000", "level", "township"), "coverage: 十堰 townships",
				Map.of("region", "510000", "level", "township", "measure", "pairings.township"), false));
		questions.add(new Question("funding roll-up: 十堰 by category",
				"{ funding(filter: {region: \"420300\"}, groupBy: [CATEGORY]) { rows { category collaborationFunds } reported { value } } }",
				FUNDING, Map.of("region", "420300"), "funding roll-up: 十堰 by category", Map.of(), false));
		questions.add(new Question("funding roll-up: 四川 by category",
				"{ funding(filter: {region: \"510000\"}, groupBy: [CATEGORY]) { rows { category collaborationFunds } reported { value } } }",
				FUNDING, Map.of("region", "510000"), "funding roll-up: 十堰 by category", Map.of("region", "510000"),
				false));
		questions.add(new Question("programmes with counts", "{ programmes { key counts { pairings projects } } }",
				PROGRAMMES, Map.of(), "programmes with counts", Map.of(), false));
		// The peer has no equivalent: its generated update would write without a source
		// check, audit entry or version (bench/peer/README.md).
		questions.add(new Question("mutation: attachSource (coordinator)",
				"mutation { attachSource(id: \"420325\", source: {document: \"D001\", excerpt: \"房县沙沟河综合治理项目\"}) { errors { code } } }",
				ATTACH_SOURCE, Map.of("id", "420325", "source", "D001", "excerpt", "房县沙沟河综合治理项目"), null, Map.of(),
				true));
		return questions;
	}

}
