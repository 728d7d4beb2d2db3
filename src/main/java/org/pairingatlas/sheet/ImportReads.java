package org.pairingatlas.sheet;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.graphql.Connection;
import org.pairingatlas.base.graphql.Page;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Reads imports and their rows, newest imports first, rows in sheet order.
 */
@Service
public class ImportReads {

	private static final String ONE = """
			MATCH (i:SheetImport {key: $key})
			RETURN properties(i) AS i
			""";

	private static final String COUNT = "MATCH (i:SheetImport) RETURN count(i) AS total";

	private static final String PAGE = """
			MATCH (i:SheetImport)
			RETURN properties(i) AS i ORDER BY i.uploadedAt DESC, i.key SKIP $offset LIMIT $limit
			""";

	private static final String ROWS_MATCHING = """
			MATCH (:SheetImport {key: $key})-[:HAS_ROW]->(r:ImportRow)
			WHERE $outcome IS NULL OR r.outcome = $outcome
			""";

	private static final String ROW_COUNT = ROWS_MATCHING + "RETURN count(r) AS total";

	private static final String ROW_PAGE = ROWS_MATCHING + """
			RETURN properties(r) AS r ORDER BY r.number SKIP $offset LIMIT $limit
			""";

	private final Neo4jClient client;

	private final JsonMapper json = JsonMapper.builder().build();

	ImportReads(Neo4jClient client) {
		this.client = client;
	}

	public Optional<ImportView> find(String key) {
		return this.client.query(ONE).bind(key).to("key").fetch().one().map((row) -> view(row.get("i")));
	}

	public Connection<ImportView> recent(Page page) {
		long total = this.client.query(COUNT).fetchAs(Long.class).one().orElse(0L);
		List<ImportView> fetched = this.client.query(PAGE)
			.bindAll(Map.of("offset", page.offset(), "limit", page.limit() + 1))
			.fetch()
			.all()
			.stream()
			.map((row) -> view(row.get("i")))
			.toList();
		return Connection.of(page, fetched, total);
	}

	public Connection<ImportRowView> rows(String key, @Nullable Outcome outcome, Page page) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("key", key);
		parameters.put("outcome", (outcome != null) ? outcome.name() : null);
		long total = this.client.query(ROW_COUNT).bindAll(parameters).fetchAs(Long.class).one().orElse(0L);
		parameters.put("offset", page.offset());
		parameters.put("limit", page.limit() + 1);
		List<ImportRowView> fetched = this.client.query(ROW_PAGE)
			.bindAll(parameters)
			.fetch()
			.all()
			.stream()
			.map((row) -> row(row.get("r")))
			.toList();
		return Connection.of(page, fetched, total);
	}

	/** Every refused row, in sheet order, for the refusals download. */
	public List<ImportRowView> refused(String key) {
		List<ImportRowView> rows = new ArrayList<>();
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("key", key);
		parameters.put("outcome", Outcome.REFUSED.name());
		parameters.put("offset", 0);
		parameters.put("limit", Integer.MAX_VALUE);
		this.client.query(ROW_PAGE).bindAll(parameters).fetch().all().forEach((row) -> rows.add(row(row.get("r"))));
		return rows;
	}

	@SuppressWarnings("unchecked")
	private ImportView view(@Nullable Object stored) {
		Map<String, Object> i = (Map<String, Object>) stored;
		Map<Integer, String> headers = this.json.readValue((String) i.get("headers"),
				new TypeReference<TreeMap<Integer, String>>() {
				});
		Map<Integer, String> fields = this.json.readValue((String) i.get("fields"),
				new TypeReference<Map<Integer, String>>() {
				});
		List<ImportView.Column> columns = new ArrayList<>();
		headers.forEach((column, header) -> columns.add(new ImportView.Column(column, header, fields.get(column))));
		return new ImportView((String) i.get("key"), (String) i.get("kind"), (String) i.get("fileName"),
				(String) i.get("sha256"), (String) i.get("status"), (String) i.get("uploadedBy"),
				instant(i.get("uploadedAt")), (String) i.get("committedBy"), instantOrNull(i.get("committedAt")),
				(String) i.get("rolledBackBy"), instantOrNull(i.get("rolledBackAt")), (String) i.get("source"),
				count(i, "rows"), count(i, "new"), count(i, "unchanged"), count(i, "changed"), count(i, "refused"),
				columns);
	}

	@SuppressWarnings("unchecked")
	private ImportRowView row(@Nullable Object stored) {
		Map<String, Object> r = (Map<String, Object>) stored;
		List<RowReason> reasons = Arrays.asList(this.json.readValue((String) r.get("reasons"), RowReason[].class));
		return new ImportRowView(((Number) r.get("number")).intValue(), Outcome.valueOf((String) r.get("outcome")),
				(String) r.getOrDefault("summary", ""), (String) r.get("text"), (List<String>) r.get("cells"), reasons,
				(String) r.get("existing"), (String) r.get("fact"));
	}

	private static int count(Map<String, Object> i, String name) {
		return (i.get(name) instanceof Number n) ? n.intValue() : 0;
	}

	private static OffsetDateTime instant(@Nullable Object value) {
		OffsetDateTime instant = instantOrNull(value);
		return (instant != null) ? instant : OffsetDateTime.now(ZoneOffset.UTC);
	}

	private static @Nullable OffsetDateTime instantOrNull(@Nullable Object value) {
		if (value instanceof ZonedDateTime zoned) {
			return zoned.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.withOffsetSameInstant(ZoneOffset.UTC);
		}
		return null;
	}

}
