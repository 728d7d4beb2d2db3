package org.pairingatlas.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.pairingatlas.security.Visibility;

/**
 * Every kind of node the graph holds, in the order the legend shows them, and what is
 * said of nodes of every kind: which properties are internal (never shown), how a node is
 * named in a picture. Adding an entity type starts with an entry here.
 */
public final class EntityTypes {

	/** Every type, in legend order. */
	public static final List<EntityType> ALL = List.of(
			new EntityType("Region", "Region", "地区", "Region", "#4c9be8", "round-rectangle", true, "region"),
			new EntityType("Organisation", "Organisation", "机构", "Organisation", "#f29e4c", "hexagon", true,
					"organisation"),
			new EntityType("Pairing", "Pairing", "结对", "Pairing", "#8e6fd8", "diamond", false, "pairing"),
			new EntityType("Project", "Project", "项目", "Project", "#3bb273", "ellipse", true, "project"),
			new EntityType("Programme", "Programme", "协作工程", "Programme", "#d64550", "star", true, "programme"),
			new EntityType("FundTransfer", "FundTransfer", "资金拨付", "Fund transfer", "#e8c547", "ellipse", false,
					"funding"),
			new EntityType("Exchange", "Exchange", "交流", "Exchange", "#4cc9c0", "ellipse", false, "exchange"),
			new EntityType("Participation", "Participation", "参与", "Participation", "#b5838d", "ellipse", false,
					"seed"),
			new EntityType("Target", "Target", "目标", "Target", "#7a8b99", "triangle", false, "target"),
			new EntityType("Measurement", "Measurement", "进展", "Measurement", "#a3b1bd", "triangle", false, "target"),
			new EntityType("ReportedFigure", "ReportedFigure", "报告数字", "Reported figure", "#c9ada7", "triangle", false,
					"figure"),
			new EntityType("Discrepancy", "Discrepancy", "不一致", "Discrepancy", "#ff5d73", "triangle", false, "figure"),
			new EntityType("Source", "Document", "出处", "Source", "#5c677d", "ellipse", true, "source"));

	/** The types that may take part in a pairing, a transfer or an exchange. */
	public static final Set<String> PARTIES = Set.of("Region", "Organisation");

	/**
	 * The properties a name's search terms are written to, in a fixed order (bulk writers
	 * lay out their columns by it).
	 */
	public static final List<String> SEARCH_PROPERTIES = List.of("pinyin", "pinyinFull", "pinyinInitials",
			"pinyinTerms", "pinyinOf", "pinyinTermsTownshipOrAbove", "pinyinTermsCountyOrAbove");

	/**
	 * Properties kept for searching and bookkeeping, not facts: never shown to people as
	 * a node's properties.
	 */
	public static final Set<String> INTERNAL_PROPERTIES = Set
		.copyOf(Stream.concat(SEARCH_PROPERTIES.stream(), Stream.of("searchText", "levelRank", "lockedBy")).toList());

	// A pairing is named by its sides, anything else by its name, a document by its
	// title.
	// A fact that is a number (a figure, a target, an exchange, a transfer) is named by
	// its
	// parts, marked for NodeWords to put into the reader's words.
	private static final String DISPLAY_NAME = """
			CASE
			    WHEN %1$s:Pairing THEN coalesce([(%1$s)-[:SUPPORTER]->(side) WHERE %2$s | side.name][0], '?') + ' → '
			                        + coalesce([(%1$s)-[:RECIPIENT]->(side) WHERE %2$s | side.name][0], '?')
			    WHEN %1$s:ReportedFigure THEN '\u001Ffigure\u001F' + %1$s.measure + '\u001F' + coalesce(%1$s.dimension, '')
			        + '\u001F' + coalesce(%1$s.value, '') + '\u001F' + coalesce(%1$s.unit, '') + '\u001F'
			        + coalesce(toString(%1$s.periodStart), '') + '\u001F' + coalesce(toString(%1$s.periodEnd), '')
			    WHEN %1$s:Target THEN '\u001Ftarget\u001F' + coalesce(%1$s.indicator, %1$s.key) + '\u001F'
			        + coalesce(%1$s.comparator, '') + '\u001F' + coalesce(toString(%1$s.value), '') + '\u001F'
			        + coalesce(%1$s.unit, '')
			    WHEN %1$s:Exchange THEN '\u001Fexchange\u001F' + %1$s.kind + '\u001F' + coalesce(%1$s.count, '')
			        + '\u001F' + coalesce(%1$s.unit, '')
			    WHEN %1$s:FundTransfer THEN '\u001Ftransfer\u001F' + coalesce(toString(%1$s.amountFen), '')
			    WHEN %1$s:Participation THEN '\u001Fparticipation\u001F' + %1$s.role + '\u001F' + coalesce(%1$s.group, '')
			    WHEN %1$s:Discrepancy THEN '\u001Fdiscrepancy\u001F' + %1$s.kind
			    ELSE coalesce(%1$s.name, %1$s.title, %1$s.key) END""";

	private static final Map<String, EntityType> BY_LABEL = new LinkedHashMap<>();

	static {
		ALL.forEach((type) -> BY_LABEL.put(type.label(), type));
	}

	private EntityTypes() {
	}

	public static Optional<EntityType> of(String label) {
		return Optional.ofNullable(BY_LABEL.get(label));
	}

	/** What to call a type in the language asked for; its label if unknown. */
	public static String nameOf(String label, boolean english) {
		return of(label).map((type) -> type.name(english)).orElse(label);
	}

	/**
	 * Cypher: what a node is called in a picture or a list, whatever its type; a side of
	 * a pairing the reader may not see is named "?"; a number-fact is named by its parts,
	 * which {@link NodeWords#of} puts into words. Reads {@code $all}.
	 */
	public static String displayName(String node) {
		return DISPLAY_NAME.formatted(node, Visibility.rule("side"));
	}

	/**
	 * The labels of the types search finds by name (a document by its title or number).
	 */
	public static List<String> searchable() {
		return ALL.stream().filter(EntityType::searchable).map(EntityType::label).toList();
	}

	/**
	 * The GraphQL types of facts that cite their sources: every node type but the
	 * documents themselves.
	 */
	public static List<String> citingGraphQlTypes() {
		return graphQlNodeTypes().stream().filter((type) -> !type.equals("Document")).toList();
	}

	/** The GraphQL types that implement {@code Node}: every type but participations. */
	public static List<String> graphQlNodeTypes() {
		return ALL.stream()
			.filter((type) -> !type.label().equals("Participation"))
			.map(EntityType::graphQlType)
			.toList();
	}

}
