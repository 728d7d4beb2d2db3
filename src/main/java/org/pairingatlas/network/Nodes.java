package org.pairingatlas.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;
import org.pairingatlas.exchange.Exchanges;
import org.pairingatlas.figure.ReportedFigures;
import org.pairingatlas.funding.FundTransfers;
import org.pairingatlas.organisation.Parties;
import org.pairingatlas.pairing.PairingSearch;
import org.pairingatlas.programme.Programmes;
import org.pairingatlas.project.Projects;
import org.pairingatlas.security.Visibility;
import org.pairingatlas.source.Sources;
import org.pairingatlas.target.Targets;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Finds any entity by its id and returns it as the object of its own feature.
 */
@Service
public class Nodes {

	// Regions and organisations, most of the graph, come back whole in the first query:
	// asking for one then costs one round trip, not two.
	private static final String LABELS = """
			UNWIND $ids AS id
			MATCH (n:Entity {key: id})
			RETURN id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
			       CASE WHEN %s THEN n END AS party
			""".formatted(Parties.VISIBLE_PARTY);

	private final Neo4jClient client;

	private final Visibility visibility;

	private final Programmes programmes;

	private final PairingSearch pairings;

	private final Projects projects;

	private final Sources sources;

	private final ReportedFigures figures;

	private final Targets targets;

	private final Exchanges exchanges;

	private final FundTransfers transfers;

	Nodes(Neo4jClient client, Visibility visibility, Programmes programmes, PairingSearch pairings, Projects projects,
			Sources sources, ReportedFigures figures, Targets targets, Exchanges exchanges, FundTransfers transfers) {
		this.client = client;
		this.visibility = visibility;
		this.programmes = programmes;
		this.pairings = pairings;
		this.projects = projects;
		this.sources = sources;
		this.figures = figures;
		this.targets = targets;
		this.exchanges = exchanges;
		this.transfers = transfers;
	}

	public Optional<Object> byId(String id) {
		return Optional.ofNullable(byIds(List.of(id)).get(id));
	}

	/**
	 * Each id's entity, as the object of its feature: regions and organisations from the
	 * first query, other kinds with one more query per kind found.
	 */
	public Map<String, Object> byIds(Collection<String> ids) {
		Map<String, List<String>> idsByLabel = new HashMap<>();
		Map<String, Object> found = new HashMap<>();
		this.client.query(LABELS)
			.bindAll(Map.of("ids", List.copyOf(ids), Visibility.PARAMETER, this.visibility.unconfirmed()))
			.fetchAs(Record.class)
			.mappedBy((types, row) -> row)
			.all()
			.forEach((row) -> {
				String id = row.get("id").asString();
				String label = row.get("label").asString();
				if (!row.get("party").isNull()) {
					found.put(id, Parties.of(row.get("party")));
				}
				else if (!label.equals("Region") && !label.equals("Organisation")) {
					idsByLabel.computeIfAbsent(label, (l) -> new ArrayList<>()).add(id);
				}
			});
		idsByLabel.forEach((label, keys) -> found.putAll(load(label, keys)));
		return found;
	}

	private Map<String, ?> load(String label, List<String> keys) {
		return switch (label) {
			case "Programme" -> this.programmes.byKeys(keys);
			case "Project" -> this.projects.byKeys(keys);
			case "Pairing" -> this.pairings.byKeys(keys);
			default -> one(label, keys);
		};
	}

	// Kinds that are looked up one at a time: they are rarely asked for in bulk.
	private Map<String, Object> one(String label, List<String> keys) {
		Map<String, Object> found = new HashMap<>();
		for (String key : keys) {
			Optional<?> entity = switch (label) {
				case "Source" -> this.sources.document(key);
				case "ReportedFigure" -> this.figures.figure(key);
				case "Discrepancy" -> this.figures.discrepancy(key);
				case "Target" -> this.targets.byKey(key);
				case "Exchange" -> this.exchanges.byKey(key);
				case "FundTransfer" -> this.transfers.byKey(key);
				default -> Optional.empty();
			};
			entity.ifPresent((e) -> found.put(key, e));
		}
		return found;
	}

}
