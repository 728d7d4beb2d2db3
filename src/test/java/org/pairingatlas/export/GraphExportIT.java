package org.pairingatlas.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.TypeSystem;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.seed.SeedLoader;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A full export, JSON or GraphML, restored into an empty database gives the same graph:
 * every label, every property with its Neo4j type, every relationship between the same
 * nodes. A restore into a database with data, or of a bad file, is refused naming what is
 * wrong, and writes nothing.
 */
class GraphExportIT extends Neo4jTestSupport {

	// A second database, started here, for restores: the suite's own holds the seed.
	private static DatabaseManagementService secondServer;

	private static Driver second;

	private static final String GOOD_JSON = """
			{"format": "pairing-atlas-export", "version": 1,
			 "nodes": [
			  {"id": "n1", "labels": ["Region"], "properties": {"name": {"type": "String", "value": "十堰市"}}},
			  {"id": "n2", "labels": ["Region"], "properties": {"since": {"type": "Date", "value": "2014-06-01"}}}
			 ],
			 "relationships": [
			  {"id": "r1", "type": "PART_OF", "start": "n1", "end": "n2", "properties": {}}
			 ]}
			""";

	private static final String GOOD_GRAPHML = """
			<?xml version="1.0" encoding="UTF-8"?>
			<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:pa="urn:pairing-atlas:export"
			         pa:format="pairing-atlas-export" pa:version="1">
			  <key id="labels" for="node" attr.name="labels" attr.type="string"/>
			  <key id="type" for="edge" attr.name="type" attr.type="string"/>
			  <key id="n0" for="node" attr.name="since" attr.type="string" pa:type="Date"/>
			  <graph id="G" edgedefault="directed">
			    <node id="n1"><data key="labels">:Region</data></node>
			    <node id="n2"><data key="labels">:Region</data><data key="n0">2014-06-01</data></node>
			    <edge id="r1" source="n1" target="n2"><data key="type">PART_OF</data></edge>
			  </graph>
			</graphml>
			""";

	@Autowired
	Driver driver;

	@Autowired
	GraphExport export;

	@Autowired
	GraphRestore restore;

	@Autowired
	SeedLoader seed;

	@TempDir
	Path files;

	@BeforeAll
	static void startSecondDatabase() {
		secondServer = new DatabaseManagementServiceBuilder(freshFolder("pairing-atlas-restore"))
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
			.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
			.build();
		int port = ((GraphDatabaseAPI) secondServer.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME))
			.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.getPort();
		second = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none());
	}

	@AfterAll
	static void stopSecondDatabase() {
		try {
			if (second != null) {
				second.close();
			}
		}
		finally {
			if (secondServer != null) {
				secondServer.shutdown();
			}
		}
	}

	@BeforeEach
	void emptySecondDatabase() {
		second.executableQuery("MATCH (n) DETACH DELETE n").execute();
		for (Record constraint : second.executableQuery("SHOW CONSTRAINTS YIELD name").execute().records()) {
			second.executableQuery("DROP CONSTRAINT `" + constraint.get("name").asString() + "`").execute();
		}
		for (Record index : second.executableQuery("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")
			.execute()
			.records()) {
			second.executableQuery("DROP INDEX `" + index.get("name").asString() + "`").execute();
		}
	}

	@Test
	void a_json_export_restored_into_an_empty_database_gives_an_identical_graph() {
		exportAndRestore("graph.json");
	}

	@Test
	void a_graphml_export_restored_into_an_empty_database_gives_an_identical_graph() {
		exportAndRestore("graph.graphml");
	}

	@Test
	void a_restore_into_a_database_that_holds_data_is_refused_and_writes_nothing() throws IOException {
		Path file = write("small.json", GOOD_JSON);
		Graph seeded = Graph.of(this.driver);
		assertThatThrownBy(() -> this.restore.restore(file)).isInstanceOf(RestoreRefused.class)
			.hasMessageStartingWith(file.toString())
			.hasMessageContaining("the database already holds");
		assertThat(Graph.of(this.driver)).isEqualTo(seeded);

		second.executableQuery("CREATE (:Leftover {name: 'kept'})").execute();
		assertThatThrownBy(() -> restoreIntoSecond().restore(file)).isInstanceOf(RestoreRefused.class)
			.hasMessageContaining("the database already holds 1 nodes");
		assertThat(Graph.of(second).nodes()).singleElement().asString().startsWith("(:Leftover {name=");
		assertThat(constraints()).isZero();
	}

	@Test
	void a_malformed_file_is_refused_naming_what_is_wrong_and_writes_nothing() throws IOException {
		refused("truncated.json", GOOD_JSON.substring(0, GOOD_JSON.indexOf("\"relationships\"")),
				"not well-formed JSON", ", line ");
		refused("unknown-type.json", GOOD_JSON.replace("\"Date\"", "\"Money\""), "line 4, column",
				"node 2 ('n2'), property 'since' has the unknown type 'Money'");
		refused("bad-date.json", GOOD_JSON.replace("2014-06-01", "2014-13-45"),
				"node 2 ('n2'), property 'since': '2014-13-45' is not a Date");
		refused("missing-node.json", GOOD_JSON.replace("\"end\": \"n2\"", "\"end\": \"n9\""),
				"relationship 'r1' ends at node 'n9', which is not in the file");
		refused("bad-label.json", GOOD_JSON.replace("[\"Region\"]", "[\"A`) DETACH DELETE n //\"]"),
				"node 'n1' has the label 'A`) DETACH DELETE n //', which is not a name");
		refused("duplicate-id.json", GOOD_JSON.replace("\"id\": \"n2\"", "\"id\": \"n1\""),
				"the node id 'n1' is used by an earlier node too");
		refused("other-format.json", GOOD_JSON.replace("pairing-atlas-export", "some-export"),
				"the format is 'some-export'");
		refused("later-version.json", GOOD_JSON.replace("\"version\": 1", "\"version\": 2"),
				"version 2 is not one this application reads");
		refused("truncated.graphml", GOOD_GRAPHML.substring(0, GOOD_GRAPHML.indexOf("</graph>")),
				"not well-formed XML");
		refused("bad-date.graphml", GOOD_GRAPHML.replace("2014-06-01", "2014-13-45"), "line 9, column",
				"node 2 ('n2'), property 'since': '2014-13-45' is not a Date");
		refused("missing-node.graphml", GOOD_GRAPHML.replace("target=\"n2\"", "target=\"n9\""),
				"relationship 'r1' ends at node 'n9', which is not in the file");
		refused("bad-label.graphml",
				GOOD_GRAPHML.replace(":Region</data></node>", ":A`) DETACH DELETE n //</data></node>"),
				"has the label 'A`) DETACH DELETE n //', which is not a name");
		refused("unknown-type.graphml", GOOD_GRAPHML.replace("pa:type=\"Date\"", "pa:type=\"Money\""),
				"the key 'n0' has the unknown type 'Money'");
	}

	@Test
	void a_file_made_with_another_schema_is_refused_and_writes_no_data() throws IOException {
		String otherSchema = GOOD_JSON.replace("\"nodes\": [",
				"""
						"nodes": [
						  {"id": "m1", "labels": ["SchemaMigration"], "properties": {
						    "version": {"type": "String", "value": "0001"}, "checksum": {"type": "String", "value": "not-ours"}}},
						""");
		Path file = write("other-schema.json", otherSchema);
		assertThatThrownBy(() -> restoreIntoSecond().restore(file)).isInstanceOf(RestoreRefused.class)
			.hasMessageContaining("made with another schema")
			.hasMessageContaining("migration 0001 has another checksum in the file");
		assertThat(Graph.of(second).nodes()).isNotEmpty().allMatch((node) -> node.startsWith("(:SchemaMigration "));
		assertThat(Graph.of(second).relationships()).isEmpty();
	}

	private void exportAndRestore(String name) {
		Path file = this.files.resolve(name);
		writeProbe();
		try {
			GraphFileReport exported = this.export.export(file);
			Graph source = Graph.of(this.driver);
			GraphFileReport restored = restoreIntoSecond().restore(file);
			Graph copy = Graph.of(second);
			assertThat(copy.nodes()).isEqualTo(source.nodes());
			assertThat(copy.relationships()).isEqualTo(source.relationships());
			// The seed alone holds some 1,300 nodes; the probe carries every property
			// type.
			assertThat(source.nodes()).hasSizeGreaterThan(1000).anyMatch((node) -> node.contains("export-probe-a"));
			assertThat(source.relationships()).hasSizeGreaterThan(1000)
				.anyMatch((relationship) -> relationship.contains("EXPORT_PROBE"));
			assertThat(exported.nodes()).isEqualTo(source.nodes().size());
			assertThat(exported.relationships()).isEqualTo(source.relationships().size());
			long migrations = source.nodes().stream().filter((node) -> node.startsWith("(:SchemaMigration ")).count();
			assertThat(restored.nodes()).isEqualTo(exported.nodes() - migrations);
			assertThat(restored.relationships()).isEqualTo(exported.relationships());
			assertThat(second.executableQuery("MATCH (n:PairingAtlasRestore) RETURN count(n) AS n")
				.execute()
				.records()
				.get(0)
				.get("n")
				.asLong()).isZero();
		}
		finally {
			// Other tests share this database and count its nodes.
			this.driver.executableQuery("MATCH (p:ExportProbe) DETACH DELETE p").execute();
		}
	}

	private void writeProbe() {
		this.driver.executableQuery("""
				CREATE (a:ExportProbe {key: 'export-probe-a'}), (b:ExportProbe {key: 'export-probe-b'})
				SET a += $properties
				CREATE (a)-[r:EXPORT_PROBE]->(b)
				SET r += $properties
				""").withParameters(Map.of("properties", everyPropertyType())).execute();
	}

	/** A value of every type Neo4j stores, with the awkward cases of each. */
	private static Map<String, Object> everyPropertyType() {
		ZonedDateTime shanghai = ZonedDateTime.of(2024, 3, 31, 10, 15, 30, 123_456_789, ZoneId.of("Asia/Shanghai"));
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("string", "line\r\nbreak\ttab \u0001 control 十堰 😀 <a href=\"x\">&amp;</a> ]]>");
		values.put("emptyString", "");
		values.put("integer", Long.MIN_VALUE);
		values.put("largestInteger", Long.MAX_VALUE);
		values.put("float", 0.1);
		values.put("negativeZero", -0.0);
		values.put("notANumber", Double.NaN);
		values.put("infinity", Double.POSITIVE_INFINITY);
		values.put("negativeInfinity", Double.NEGATIVE_INFINITY);
		values.put("smallestFloat", Double.MIN_VALUE);
		values.put("boolean", true);
		values.put("date", LocalDate.of(-44, 3, 15));
		values.put("zonedDateTime", shanghai);
		values.put("offsetDateTime", ZonedDateTime.of(1999, 12, 31, 23, 59, 59, 1, ZoneOffset.ofHoursMinutes(5, 45)));
		values.put("localDateTime", LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999));
		values.put("localTime", LocalTime.MIDNIGHT);
		values.put("time", OffsetTime.of(23, 59, 1, 5, ZoneOffset.ofHours(-11)));
		values.put("duration", Values.isoDuration(14, -3, -1, 500_000_000).asIsoDuration());
		values.put("geographicPoint", Values.point(4326, 116.3912757, 39.906217).asPoint());
		values.put("cartesian3dPoint", Values.point(9157, 1.5, -2.25, 1e-9).asPoint());
		values.put("bytes", new byte[] { 0, -1, 127, -128 });
		values.put("strings", List.of("a", "", "b\nc"));
		values.put("integers", List.of(1L, -2L, Long.MAX_VALUE));
		values.put("floats", List.of(0.5, Double.NaN, -0.0));
		values.put("booleans", List.of(true, false));
		values.put("dates", List.of(LocalDate.of(2014, 6, 1), LocalDate.of(1, 1, 1)));
		values.put("zonedDateTimes", List.of(shanghai, shanghai.withZoneSameInstant(ZoneId.of("Europe/Berlin"))));
		values.put("localDateTimes", List.of(LocalDateTime.of(2020, 2, 29, 12, 0)));
		values.put("localTimes", List.of(LocalTime.of(8, 30), LocalTime.of(23, 59, 59, 999_999_999)));
		values.put("times", List.of(OffsetTime.of(12, 0, 0, 0, ZoneOffset.UTC)));
		values.put("durations", List.of(Values.isoDuration(0, 0, 0, 0).asIsoDuration(),
				Values.isoDuration(1, 2, 3, 4).asIsoDuration()));
		values.put("points", List.of(Values.point(4326, 1, 2).asPoint(), Values.point(4326, 3, 4).asPoint()));
		values.put("emptyList", List.of());
		return values;
	}

	private void refused(String name, String content, String... problems) throws IOException {
		Path file = write(name, content);
		var refusal = assertThatThrownBy(() -> restoreIntoSecond().restore(file)).isInstanceOf(RestoreRefused.class)
			.hasMessageStartingWith(file.toString());
		for (String problem : problems) {
			refusal.hasMessageContaining(problem);
		}
		assertThat(Graph.of(second).nodes()).as(name).isEmpty();
		assertThat(constraints()).as(name).isZero();
	}

	private GraphRestore restoreIntoSecond() {
		// Small batches, so that even the seed takes several.
		return new GraphRestore(second, this.seed, 500);
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.files.resolve(name), content);
	}

	private static int constraints() {
		return second.executableQuery("SHOW CONSTRAINTS").execute().records().size();
	}

	/**
	 * A graph written down canonically, whatever the order and ids of its elements: every
	 * node as its sorted labels and sorted properties with type-tagged values, every
	 * relationship as its type and properties between the fingerprints of its two nodes.
	 * Both lists are sorted and keep repeats.
	 */
	record Graph(List<String> nodes, List<String> relationships) {

		// A schema migration record says when it was applied to this database; a restore
		// applies the schema anew and does not copy these records, so only their times
		// differ.
		private static final Set<String> APPLIED_AT = Set.of("appliedAt");

		static Graph of(Driver driver) {
			Map<String, String> nodes = new HashMap<>();
			driver
				.executableQuery(
						"MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties")
				.execute()
				.records()
				.forEach((row) -> nodes.put(row.get("id").asString(), node(row)));
			List<String> relationships = driver.executableQuery("""
					MATCH (a)-[r]->(b)
					RETURN elementId(a) AS start, type(r) AS type, properties(r) AS properties, elementId(b) AS end
					""")
				.execute()
				.records()
				.stream()
				.map((row) -> nodes.get(row.get("start").asString()) + "-[:" + row.get("type").asString() + " "
						+ properties(row.get("properties"), Set.of()) + "]->" + nodes.get(row.get("end").asString()))
				.sorted()
				.toList();
			return new Graph(nodes.values().stream().sorted().toList(), relationships);
		}

		private static String node(Record row) {
			List<String> labels = row.get("labels").asList(Value::asString).stream().sorted().toList();
			Set<String> excluded = labels.contains("SchemaMigration") ? APPLIED_AT : Set.of();
			return "(:" + String.join(":", labels) + " " + properties(row.get("properties"), excluded) + ")";
		}

		private static String properties(Value map, Set<String> excluded) {
			Map<String, String> sorted = new TreeMap<>();
			map.keys().forEach((key) -> {
				if (!excluded.contains(key)) {
					sorted.put(key, canonical(map.get(key)));
				}
			});
			return sorted.toString();
		}

		private static String canonical(Value value) {
			TypeSystem types = TypeSystem.getDefault();
			if (value.hasType(types.LIST())) {
				return "LIST" + value.asList(Graph::canonical);
			}
			if (value.hasType(types.BYTES())) {
				return "BYTES " + HexFormat.of().formatHex(value.asByteArray());
			}
			if (value.hasType(types.POINT())) {
				Point point = value.asPoint();
				return "POINT " + point.srid() + " " + point.x() + " " + point.y() + " " + point.z();
			}
			if (value.hasType(types.DURATION())) {
				IsoDuration duration = value.asIsoDuration();
				return "DURATION " + duration.months() + " " + duration.days() + " " + duration.seconds() + " "
						+ duration.nanoseconds();
			}
			// Double.toString tells NaN and -0.0 apart; ZonedDateTime.toString keeps the
			// zone
			// id.
			return value.type().name() + " " + value.asObject();
		}

	}

}
