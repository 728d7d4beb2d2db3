package org.pairingatlas.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.pairingatlas.base.graphql.InvalidInputException;
import org.pairingatlas.entity.EntityTypes;
import org.pairingatlas.entity.NodeWords;
import org.pairingatlas.pairing.PairingVocabulary;
import org.pairingatlas.project.Project;
import org.pairingatlas.security.Visibility;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Neighbourhoods and shortest paths, filtered by type, programme and date. A
 * neighbourhood is one statement walking ring after ring, cut at its node limit however
 * dense the graph is; shortest paths are one statement, the database's own search from
 * both ends, which stops when the smaller side has nothing left to reach.
 */
@Service
public class NetworkQuery {

	static final Set<String> TYPES = Set
		.copyOf(EntityTypes.ALL.stream().map(org.pairingatlas.entity.EntityType::label).toList());

	static final int MAX_NODES = 5000;

	static final int MAX_DEPTH = 4;

	static final int MAX_PATH = 10;

	/** Pairing levels from the highest, as a story tells them first. */
	private static final List<String> STORY_LEVELS = List.of("county", "township", "institution");

	private static final Pattern PASSED = Pattern.compile("\\{passes:(\\w+)\\}");

	private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

	private static final List<String> HIERARCHY = List.of("PART_OF", "LOCATED_IN");

	private static final List<String> FACTS = List.of("SUPPORTER", "RECIPIENT", "UNDER", "GOVERNED_BY",
			"IMPLEMENTED_BY", "INVESTED_BY", "ABOUT", "SET_BY", "AGAINST", "FROM", "TO", "FOR", "OF", "CONCERNS");

	// Whether a node passes the filter: its type and the visibility rule always, the
	// programmes and the date only when the filter names them. Spelled per filter rather
	// than guarded by "size($programmes) = 0 OR ...": Cypher evaluates the operands of OR
	// in the order it likes, and put the EXISTS subqueries first, on every node reached.
	private static final String PASSES = "(any(l IN labels({n}) WHERE l IN $types) AND %s"
		.formatted(Visibility.rule("{n}"));

	private static final String OF_PROGRAMMES = """
			AND (NOT {n}:Programme OR {n}.key IN $programmes)
			AND (NOT EXISTS { ({n})-[:UNDER]->(:Programme) }
			     OR EXISTS { ({n})-[:UNDER]->(g:Programme) WHERE g.key IN $programmes })""";

	private static final String AS_OF = """
			AND CASE
			     WHEN {n}:Pairing THEN %s
			     WHEN {n}:Project THEN ({n}.startYear IS NULL OR {n}.startYear <= toInteger(left($asOf, 4)))
			          AND ({n}.status <> 'planned' OR {n}.status IS NULL)
			     ELSE true END""".formatted(PairingVocabulary.activeOn("{n}", "$asOf"));

	private static final String NODE = NodeParts.ALL.projection();

	// A neighbourhood in one statement, ring after ring: each ring is what the filter
	// keeps one step out from the ring before (a node seen already always, for the edge
	// to it), cut at the node limit; once the limit has cut a ring short no further ring
	// is walked. What to draw of each node is read once, at the end. "n IN nodes" looks
	// a node up in the walk so far, which Cypher hashes once per ring.
	private static final String RINGS_FROM = """
			MATCH (a:Entity {key: $key})
			WHERE %s
			WITH [a] AS nodes, [a] AS ring, [] AS rels, false AS truncated
			""".formatted(Visibility.rule("a"));

	private static final String RING = """
			CALL (nodes, ring, truncated) {
			  UNWIND CASE WHEN truncated THEN [] ELSE ring END AS f
			  MATCH (f)-[r:{relationships}]-(n:Entity)
			  WHERE %s AND (n IN nodes OR {passes:n})
			  WITH r, n LIMIT $rows
			  RETURN collect(r) AS found, collect(DISTINCT n) AS reached
			}
			WITH nodes, rels + found AS rels, truncated, [n IN reached WHERE NOT n IN nodes] AS fresh
			WITH rels, nodes + fresh[0..$limit - size(nodes)] AS nodes, fresh[0..$limit - size(nodes)] AS ring,
			     truncated OR size(fresh) > $limit - size(nodes) AS truncated
			""".formatted(Visibility.rule("n"));

	private static final String RINGS_DRAWN = """
			RETURN [n IN nodes | {node}] AS nodes, truncated,
			       [r IN rels | {type: type(r), source: startNode(r).key, target: endNode(r).key}] AS edges
			""";

	// All shortest paths in one statement: the database searches from both ends, holding
	// every node in between to the filter as it goes ({relationships} and {maxLength} are
	// the filter's relationship types and the bound, both checked before they are
	// spelled here). Two relationships between the same nodes make two paths of the same
	// nodes, hence the spare rows.
	private static final String PATHS = """
			MATCH (a:Entity {key: $from})
			WHERE %s
			MATCH (b:Entity {key: $to})
			WHERE %s
			MATCH p = allShortestPaths((a)-[:{relationships}*..{maxLength}]-(b))
			WHERE all(n IN nodes(p) WHERE n = a OR n = b OR {passes:n})
			WITH p LIMIT $rows
			RETURN [n IN nodes(p) | {node}] AS nodes,
			       [r IN relationships(p) | {type: type(r), source: startNode(r).key, target: endNode(r).key}] AS edges
			""".formatted(Visibility.rule("a"), Visibility.rule("b"));

	// The neighbours of several nodes at once, for a picture that has many of them open:
	// what the filter keeps one step out from each node the reader may see, in the order
	// the nodes are given; a node without any comes back once, alone.
	private static final String NEIGHBOURS = """
			UNWIND range(0, size($frontier) - 1) AS position
			MATCH (a:Entity {key: $frontier[position]})
			WHERE %s
			OPTIONAL MATCH (a)-[r]-(n:Entity)
			WHERE type(r) IN $relationships AND {passes:n}
			WITH position, a, n ORDER BY position LIMIT $rows
			RETURN a.key AS of, n.key AS key, [l IN labels(n) WHERE l <> 'Entity'][0] AS type,
			       n.level AS level, n.kind AS kind
			""".formatted(Visibility.rule("a"));

	// The pairings a node's story tells: a programme's, a region's own and its direct
	// parts' (十堰市's counties), or any other party's own; each with its two ends.
	private static final String STORY = """
			UNWIND $keys AS key
			MATCH (a:Entity {key: key})
			WHERE %1$s
			CALL (a) {
			  MATCH (p:Pairing)-[:UNDER]->(a) WHERE a:Programme RETURN p
			  UNION
			  MATCH (a)<-[:PART_OF*0..1]-(:Region)<-[:SUPPORTER|RECIPIENT]-(p:Pairing) WHERE a:Region RETURN p
			  UNION
			  MATCH (a)<-[:SUPPORTER|RECIPIENT]-(p:Pairing) WHERE NOT a:Region AND NOT a:Programme RETURN p
			}
			MATCH (s:Entity)<-[:SUPPORTER]-(p)-[:RECIPIENT]->(r:Entity)
			WHERE {passes:p} AND %2$s AND %3$s
			RETURN DISTINCT p.key AS pairing, p.level AS level, s.key AS supporter, r.key AS recipient
			LIMIT $rows
			""".formatted(Visibility.rule("a"), Visibility.rule("s"), Visibility.rule("r"));

	private static final String INDUCED_NODES = """
			UNWIND $keys AS key
			MATCH (n:Entity {key: key})
			WHERE %s
			RETURN """.formatted(Visibility.rule("n")) + NODE + " AS node";

	private static final String INDUCED_EDGES = """
			UNWIND $keys AS key
			MATCH (a:Entity {key: key})-[r]->(b:Entity)
			WHERE type(r) IN $relationships AND b.key IN $keys AND %s
			RETURN type(r) AS type, a.key AS source, b.key AS target
			""".formatted(Visibility.rule("a"), Visibility.rule("b"));

	private final Neo4jClient client;

	private final Visibility visibility;

	NetworkQuery(Neo4jClient client, Visibility visibility) {
		this.client = client;
		this.visibility = visibility;
	}

	public Subgraph neighbourhood(String key, int depth, NetworkFilter filter, int limit) {
		return neighbourhood(key, depth, filter, limit, NodeParts.ALL);
	}

	Subgraph neighbourhood(String key, int depth, NetworkFilter filter, int limit, NodeParts parts) {
		if (depth < 1 || depth > MAX_DEPTH) {
			throw new InvalidInputException("depth", depth, "must be between 1 and " + MAX_DEPTH);
		}
		if (limit < 1 || limit > MAX_NODES) {
			throw new InvalidInputException("limit", limit, "must be between 1 and " + MAX_NODES);
		}
		Map<String, Object> parameters = parameters(filter);
		parameters.put("key", key);
		parameters.put("limit", limit);
		// Rows to nodes seen already only add edges; leave room for them beyond the
		// limit.
		parameters.put("rows", (limit + 1) * 4 + 1000);
		String statement = spelled(RINGS_FROM + RING.repeat(depth) + RINGS_DRAWN, filter, parts);
		Record walked = this.client.query(statement)
			.bindAll(parameters)
			.fetchAs(Record.class)
			.mappedBy((t, r) -> r)
			.one()
			.orElse(null);
		if (walked == null) {
			return new Subgraph(List.of(), List.of(), false);
		}
		List<Subgraph.GraphNode> nodes = walked.get("nodes").asList(NetworkQuery::node);
		Set<String> drawn = new HashSet<>();
		nodes.forEach((node) -> drawn.add(node.id()));
		Map<String, Subgraph.GraphEdge> edges = new LinkedHashMap<>();
		for (Value found : walked.get("edges").values()) {
			Subgraph.GraphEdge edge = edge(found.get("type").asString(), found.get("source").asString(),
					found.get("target").asString());
			if (drawn.contains(edge.source()) && drawn.contains(edge.target())) {
				edges.putIfAbsent(edge.id(), edge);
			}
		}
		return new Subgraph(nodes, List.copyOf(edges.values()), walked.get("truncated").asBoolean());
	}

	/**
	 * The neighbours one step out from each of these nodes that the reader may see, in
	 * one query: the rows of at most {@code rows} relationships, in the order of the
	 * nodes given.
	 */
	public List<Neighbour> neighboursOf(List<String> keys, NetworkFilter filter, int rows) {
		Map<String, Object> parameters = parameters(filter);
		parameters.put("frontier", keys);
		parameters.put("rows", rows);
		return List.copyOf(this.client.query(filtered(NEIGHBOURS, filter))
			.bindAll(parameters)
			.fetchAs(Neighbour.class)
			.mappedBy((t, row) -> new Neighbour(row.get("of").asString(), row.get("key").asString(null),
					row.get("type").asString(null), row.get("level").asString(null), row.get("kind").asString(null)))
			.all());
	}

	/**
	 * The pairing network these nodes' stories tell: of a programme its pairings, of a
	 * region its own and its direct parts', of any other party its own. Only the pairings
	 * of the highest level found are told (区县 before 乡镇 before 机构): opening 十堰市 shows
	 * Beijing's districts facing Shiyan's counties, and the townships' relatives stay out
	 * until asked for.
	 */
	public List<StoryLine> storyOf(Collection<String> keys, NetworkFilter filter, int limit) {
		Map<String, Object> parameters = parameters(filter);
		parameters.put("keys", List.copyOf(keys));
		parameters.put("rows", limit);
		List<StoryLine> lines = new ArrayList<>();
		List<String> levels = new ArrayList<>();
		int top = Integer.MAX_VALUE;
		for (var row : this.client.query(filtered(STORY, filter)).bindAll(parameters).fetch().all()) {
			String level = (String) row.get("level");
			top = Math.min(top, storyRank(level));
			levels.add(level);
			lines.add(new StoryLine((String) row.get("pairing"), (String) row.get("supporter"),
					(String) row.get("recipient")));
		}
		List<StoryLine> told = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (storyRank(levels.get(i)) == top) {
				told.add(lines.get(i));
			}
		}
		return told;
	}

	private static int storyRank(@Nullable String level) {
		int rank = STORY_LEVELS.indexOf(level);
		return (rank < 0) ? STORY_LEVELS.size() : rank;
	}

	/**
	 * All shortest paths (up to {@code paths} of them) between two nodes the reader may
	 * see, through nodes that pass the filter.
	 */
	public List<Subgraph> shortestPaths(String from, String to, NetworkFilter filter, int maxLength, int paths) {
		return shortestPaths(from, to, filter, maxLength, paths, NodeParts.ALL);
	}

	List<Subgraph> shortestPaths(String from, String to, NetworkFilter filter, int maxLength, int paths,
			NodeParts parts) {
		if (maxLength < 1 || maxLength > MAX_PATH) {
			throw new InvalidInputException("maxLength", maxLength, "must be between 1 and " + MAX_PATH);
		}
		if (paths < 1 || paths > 20) {
			throw new InvalidInputException("paths", paths, "must be between 1 and 20");
		}
		if (from.equals(to)) {
			throw new InvalidInputException("to", to, "must differ from from");
		}
		Map<String, Object> parameters = parameters(filter);
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("rows", paths * 4);
		String statement = spelled(PATHS, filter, parts).replace("{maxLength}", Integer.toString(maxLength));
		Map<List<String>, Subgraph> found = new LinkedHashMap<>();
		for (Record row : this.client.query(statement)
			.bindAll(parameters)
			.fetchAs(Record.class)
			.mappedBy((t, r) -> r)
			.all()) {
			List<Subgraph.GraphNode> nodes = row.get("nodes").asList(NetworkQuery::node);
			List<Subgraph.GraphEdge> edges = row.get("edges")
				.asList((e) -> edge(e.get("type").asString(), e.get("source").asString(), e.get("target").asString()));
			List<String> keys = nodes.stream().map(Subgraph.GraphNode::id).toList();
			if (found.size() < paths) {
				found.putIfAbsent(keys, new Subgraph(nodes, edges, false));
			}
		}
		return List.copyOf(found.values());
	}

	/**
	 * These nodes (those the reader may see) and every relationship between them that the
	 * filter follows: the explorer's picture of what it shows.
	 */
	public Subgraph induced(Collection<String> keys, NetworkFilter filter) {
		if (keys.size() > MAX_NODES) {
			throw new InvalidInputException("keys", keys.size(), "must be at most " + MAX_NODES + " nodes");
		}
		Map<String, Object> parameters = parameters(filter);
		Map<String, Subgraph.GraphNode> nodes = new HashMap<>();
		nodes(keys, parameters).forEach((node) -> nodes.put(node.id(), node));
		List<Subgraph.GraphEdge> edges = List.copyOf(this.client.query(INDUCED_EDGES)
			.bindAll(parameters)
			.fetchAs(Subgraph.GraphEdge.class)
			.mappedBy((t, row) -> edge(row.get("type").asString(), row.get("source").asString(),
					row.get("target").asString()))
			.all());
		List<Subgraph.GraphNode> ordered = keys.stream().map(nodes::get).filter(java.util.Objects::nonNull).toList();
		return new Subgraph(ordered, edges, false);
	}

	/**
	 * These nodes, in the order of their keys, leaving out those the reader may not see.
	 */
	public List<Subgraph.GraphNode> nodesOf(Collection<String> keys) {
		Map<String, Subgraph.GraphNode> nodes = new HashMap<>();
		nodes(keys, parameters(NetworkFilter.NONE)).forEach((node) -> nodes.put(node.id(), node));
		return keys.stream().map(nodes::get).filter(java.util.Objects::nonNull).toList();
	}

	/** The nodes with these keys that the reader may see, in no particular order. */
	private java.util.Collection<Subgraph.GraphNode> nodes(Collection<String> keys, Map<String, Object> parameters) {
		parameters.put("keys", List.copyOf(keys));
		return this.client.query(INDUCED_NODES)
			.bindAll(parameters)
			.fetchAs(Subgraph.GraphNode.class)
			.mappedBy((t, row) -> node(row.get("node")))
			.all();
	}

	/**
	 * The statement with {@code {relationships}} spelled as the relationship types the
	 * filter follows, {@code {node}} as what to read of a node {@code n}, and each
	 * {@code {passes:n}} as whether node {@code n} passes the filter. The types are
	 * written into the statement, not passed as a list, so that the database expands only
	 * those.
	 */
	private static String spelled(String statement, NetworkFilter filter, NodeParts parts) {
		return filtered(statement, filter).replace("{relationships}", String.join("|", relationships(filter)))
			.replace("{node}", parts.projection());
	}

	/**
	 * The statement with each {@code {passes:n}} spelled out: whether node {@code n}
	 * passes this filter.
	 */
	private static String filtered(String statement, NetworkFilter filter) {
		boolean programmes = filter.programmes() != null && !filter.programmes().isEmpty();
		String passes = PASSES + (programmes ? OF_PROGRAMMES : "") + ((filter.asOf() != null) ? AS_OF : "") + ")";
		return PASSED.matcher(statement)
			.replaceAll((match) -> java.util.regex.Matcher.quoteReplacement(passes.replace("{n}", match.group(1))));
	}

	private Map<String, Object> parameters(NetworkFilter filter) {
		List<String> types = (filter.types() != null) ? filter.types() : List.of();
		for (String type : types) {
			if (!TYPES.contains(type)) {
				throw new InvalidInputException("filter.types", type, "must be one of " + TYPES);
			}
		}
		if (filter.asOf() != null && !DATE.matcher(filter.asOf()).matches()) {
			throw new InvalidInputException("filter.asOf", filter.asOf(), "must be a date YYYY, YYYY-MM or YYYY-MM-DD");
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("types", types.isEmpty() ? TYPES.stream().filter((t) -> !t.equals("Source")).toList() : types);
		parameters.put("programmes", (filter.programmes() != null) ? filter.programmes() : List.of());
		parameters.put("asOf", filter.asOf());
		// Only those allowed to see unconfirmed facts can ask for them.
		parameters.put(Visibility.PARAMETER,
				!Boolean.FALSE.equals(filter.unconfirmed()) && this.visibility.unconfirmed());
		parameters.put("relationships", relationships(filter));
		return parameters;
	}

	/** The relationship types the filter follows. */
	private static List<String> relationships(NetworkFilter filter) {
		List<String> relationships = new ArrayList<>(FACTS);
		if (!Boolean.FALSE.equals(filter.hierarchy())) {
			relationships.addAll(HIERARCHY);
		}
		if (filter.types() != null && filter.types().contains("Source")) {
			relationships.add("CITES");
		}
		return relationships;
	}

	private static Subgraph.GraphNode node(Value node) {
		return new Subgraph.GraphNode(node.get("key").asString(), node.get("type").asString(),
				NodeWords.current(node.get("label").asString("")), node.get("level").asString(null),
				node.get("kind").asString(null), node.get("programme").asString(null),
				node.get("confirmed").asBoolean(true), Project.yuan(node.get("fundingFen")));
	}

	private static Subgraph.GraphEdge edge(String type, String source, String target) {
		return new Subgraph.GraphEdge(source + "|" + type + "|" + target, type, source, target);
	}

}
