package org.pairingatlas.sheet;

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
import org.pairingatlas.security.Visibility;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Finds the regions and organisations a sheet names, in bulk: a division by its name
 * within its parents ("竹溪县蒋家堰镇", "竹溪县 蒋家堰镇", "湖北省十堰市竹溪县蒋家堰镇"), by its code, or an
 * organisation by its name, within the region its row gives. A name that fits several is
 * ambiguous and one that fits none unknown, each with the candidates a coordinator would
 * pick from. Only what the reader may see is found.
 */
@Service
public class PartyNames {

	// A division's name ends with one of these; a full name is split only after them, so
	// a name is looked up as a few suffixes, not every one.
	private static final Pattern AFTER_LEVEL = Pattern.compile("(?<=[省市县区镇乡道村旗盟州])");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final int MAX_SUGGESTED = 300;

	private static final String BY_KEY = """
			UNWIND $keys AS key
			MATCH (n:Entity {key: key})
			WHERE (n:Region OR n:Organisation) AND %s
			OPTIONAL MATCH (n)-[:PART_OF|LOCATED_IN]->(up:Region)
			RETURN n.key AS key, n.name AS name, up.name AS up, n:Organisation AS organisation
			""".formatted(Visibility.rule("n"));

	private static final String REGIONS = """
			UNWIND $names AS name
			MATCH (r:Region {name: name})
			WHERE %s
			OPTIONAL MATCH path = (r)-[:PART_OF*1..6]->(top:Region)
			WHERE NOT (top)-[:PART_OF]->()
			RETURN r.key AS key, r.name AS name, [n IN tail(coalesce(nodes(path), [])) | n.name] AS upNames,
			       [n IN tail(coalesce(nodes(path), [])) | n.key] AS upKeys
			""".formatted(Visibility.rule("r"));

	private static final String ORGANISATIONS = """
			UNWIND $names AS name
			MATCH (o:Organisation {name: name})
			WHERE %s
			OPTIONAL MATCH (o)-[:LOCATED_IN]->(place:Region)
			OPTIONAL MATCH path = (place)-[:PART_OF*0..6]->(top:Region)
			WHERE NOT (top)-[:PART_OF]->()
			RETURN o.key AS key, o.name AS name, place.name AS up, [n IN coalesce(nodes(path), []) | n.key] AS upKeys
			""".formatted(Visibility.rule("o"));

	private static final String SIMILAR = """
			CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 20}) YIELD node
			WITH node WHERE (node:Region OR node:Organisation) AND %s
			OPTIONAL MATCH (node)-[:PART_OF|LOCATED_IN]->(up:Region)
			RETURN node.key AS key, node.name AS name, up.name AS up, node:Organisation AS organisation LIMIT 5
			""".formatted(Visibility.rule("node"));

	private final Neo4jClient client;

	private final Visibility visibility;

	PartyNames(Neo4jClient client, Visibility visibility) {
		this.client = client;
		this.visibility = visibility;
	}

	/**
	 * A name as written in a row, and the region its row names for it (to tell apart
	 * organisations or towns of the same name), if any.
	 */
	public record Named(String text, @Nullable String within) {
	}

	/** A region or organisation a name may mean, as a coordinator would recognise it. */
	public record Candidate(String key, String name, @Nullable String up, boolean organisation) {

		/** "蒋家堰镇（竹溪县，420324104）". */
		public String label() {
			return this.name + "（" + ((this.up != null) ? this.up + "，" : "") + this.key + "）";
		}

	}

	/**
	 * What a name was found to be: one party (found), several (ambiguous, with them) or
	 * none (unknown, with similar names).
	 */
	public record Found(@Nullable Candidate party, List<Candidate> candidates, boolean ambiguous) {

		public boolean isFound() {
			return this.party != null;
		}

	}

	/** Resolves every name at once; with {@code regionsOnly}, only regions are found. */
	public Map<Named, Found> resolveRegions(Collection<Named> names) {
		Map<Named, Found> found = new LinkedHashMap<>();
		resolve(names).forEach((name, party) -> {
			if (party.party() != null && party.party().organisation()) {
				found.put(name, new Found(null, List.of(party.party()), false));
			}
			else {
				List<Candidate> regions = party.candidates().stream().filter((c) -> !c.organisation()).toList();
				found.put(name, (party.party() != null) ? party : new Found(null, regions, regions.size() > 1));
			}
		});
		return found;
	}

	/** Resolves every name at once. */
	public Map<Named, Found> resolve(Collection<Named> names) {
		Set<String> texts = new HashSet<>();
		names.forEach((n) -> {
			texts.add(n.text());
			if (n.within() != null) {
				texts.add(n.within());
			}
		});
		Map<String, Candidate> byKey = byKey(texts);
		Map<String, List<Place>> regions = regions(texts);
		Map<String, List<Place>> organisations = organisations(names);
		Map<Named, Found> found = new LinkedHashMap<>();
		int[] suggested = new int[1];
		for (Named name : names) {
			found.put(name, resolve(name, byKey, regions, organisations, suggested));
		}
		return found;
	}

	private Found resolve(Named name, Map<String, Candidate> byKey, Map<String, List<Place>> regions,
			Map<String, List<Place>> organisations, int[] suggested) {
		Candidate keyed = byKey.get(name.text());
		if (keyed != null) {
			return new Found(keyed, List.of(), false);
		}
		String within = null;
		if (name.within() != null) {
			Candidate area = byKey.get(name.within());
			List<Place> areas = (area != null) ? List.of() : matching(compact(name.within()), regions, null);
			if (area != null) {
				within = area.key();
			}
			else if (areas.size() == 1) {
				within = areas.get(0).candidate().key();
			}
			else {
				return new Found(null, areas.stream().map(Place::candidate).toList(), areas.size() > 1);
			}
		}
		String text = compact(name.text());
		List<Place> places = new ArrayList<>(matching(text, regions, within));
		for (Place organisation : organisations.getOrDefault(text, List.of())) {
			if (within == null || organisation.upKeys().contains(within)) {
				places.add(organisation);
			}
		}
		if (places.size() == 1) {
			return new Found(places.get(0).candidate(), List.of(), false);
		}
		if (!places.isEmpty()) {
			return new Found(null, places.stream().map(Place::candidate).distinct().toList(), true);
		}
		// Similar names are a search each: a sheet of thousands of unknown names gets
		// them for
		// its first few hundred only, so a wrong file cannot make the preview crawl.
		return new Found(null, (suggested[0]++ < MAX_SUGGESTED) ? similar(text) : List.of(), false);
	}

	/**
	 * The regions whose names, with some of their parents' before them, make the text.
	 */
	private static List<Place> matching(String text, Map<String, List<Place>> regions, @Nullable String within) {
		List<Place> matches = new ArrayList<>();
		for (String suffix : suffixes(text)) {
			for (Place region : regions.getOrDefault(suffix, List.of())) {
				String rest = text.substring(0, text.length() - suffix.length());
				for (String up : region.upNames()) {
					if (!rest.isEmpty() && up != null && rest.endsWith(up)) {
						rest = rest.substring(0, rest.length() - up.length());
					}
				}
				if (rest.isEmpty() && (within == null || region.upKeys().contains(within))) {
					matches.add(region);
				}
			}
		}
		return matches;
	}

	private Map<String, Candidate> byKey(Set<String> texts) {
		Map<String, Candidate> found = new HashMap<>();
		this.client.query(BY_KEY)
			.bindAll(Map.of("keys", List.copyOf(texts), Visibility.PARAMETER, this.visibility.unconfirmed()))
			.fetch()
			.all()
			.forEach((row) -> found.put((String) row.get("key"), new Candidate((String) row.get("key"),
					(String) row.get("name"), (String) row.get("up"), Boolean.TRUE.equals(row.get("organisation")))));
		return found;
	}

	@SuppressWarnings("unchecked")
	private Map<String, List<Place>> regions(Set<String> texts) {
		Set<String> names = new HashSet<>();
		texts.forEach((text) -> names.addAll(suffixes(compact(text))));
		Map<String, List<Place>> regions = new HashMap<>();
		this.client.query(REGIONS)
			.bindAll(Map.of("names", List.copyOf(names), Visibility.PARAMETER, this.visibility.unconfirmed()))
			.fetch()
			.all()
			.forEach((row) -> {
				List<String> upNames = (List<String>) row.get("upNames");
				Candidate candidate = new Candidate((String) row.get("key"), (String) row.get("name"),
						upNames.isEmpty() ? null : upNames.get(0), false);
				regions.computeIfAbsent(candidate.name(), (n) -> new ArrayList<>())
					.add(new Place(candidate, upNames, Set.copyOf((List<String>) row.get("upKeys"))));
			});
		return regions;
	}

	@SuppressWarnings("unchecked")
	private Map<String, List<Place>> organisations(Collection<Named> names) {
		Set<String> texts = new HashSet<>();
		names.forEach((n) -> texts.add(compact(n.text())));
		Map<String, List<Place>> organisations = new HashMap<>();
		this.client.query(ORGANISATIONS)
			.bindAll(Map.of("names", List.copyOf(texts), Visibility.PARAMETER, this.visibility.unconfirmed()))
			.fetch()
			.all()
			.forEach((row) -> {
				Candidate candidate = new Candidate((String) row.get("key"), (String) row.get("name"),
						(String) row.get("up"), true);
				organisations.computeIfAbsent(candidate.name(), (n) -> new ArrayList<>())
					.add(new Place(candidate, List.of(), Set.copyOf((List<String>) row.get("upKeys"))));
			});
		return organisations;
	}

	private List<Candidate> similar(String text) {
		String query = text.replaceAll("[^\\p{IsHan}\\p{L}\\p{N}]", " ").strip();
		if (query.isEmpty()) {
			return List.of();
		}
		return List.copyOf(this.client.query(SIMILAR)
			.bindAll(Map.of("query", query, Visibility.PARAMETER, this.visibility.unconfirmed()))
			.fetchAs(Candidate.class)
			.mappedBy((types, row) -> new Candidate(row.get("key").asString(), row.get("name").asString(),
					row.get("up").isNull() ? null : row.get("up").asString(), row.get("organisation").asBoolean()))
			.all());
	}

	/** Names are compared without spaces: "竹溪县 蒋家堰镇" is "竹溪县蒋家堰镇". */
	static String compact(String text) {
		return SPACES.matcher(SheetFile.normalise(text)).replaceAll("");
	}

	/** The text itself and what follows each level's end within it. */
	private static List<String> suffixes(String text) {
		List<String> suffixes = new ArrayList<>();
		suffixes.add(text);
		int start = 0;
		for (String part : AFTER_LEVEL.split(text)) {
			start += part.length();
			if (start > 0 && start < text.length()) {
				suffixes.add(text.substring(start));
			}
		}
		return suffixes;
	}

	/** A region or organisation with the names and keys of the regions above it. */
	private record Place(Candidate candidate, List<String> upNames, Set<String> upKeys) {
	}

}
