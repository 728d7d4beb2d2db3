package org.pairingatlas.fuzz;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Bad ids: unknown, malformed, of the wrong kind (a region where an organisation is
 * expected and so on), or not an id at all.
 */
final class BadIds {

	/** Ids the seeded graph holds, by label, to send where another kind is expected. */
	static final Map<String, List<String>> SEEDED = Map.of("Region", List.of("420104", "420503", "420300"),
			"Organisation", List.of("org-shiyan-government-office"), "Programme", List.of("hubei-shanchuan", "jing-e"),
			"Source", List.of("D003", "D001"), "Target", List.of("tgt-d003-pairs"), "Project",
			List.of("proj-shennongjia-world-geopark"), "Pairing", List.of("pair-tg-wuhan-zigui"));

	static final String[] MALFORMED = { "", " ", "420 104", "420104 ", " 420104", "-420104", ".hidden", "../D003",
			"D003/..", "a/b", "420104;", "x' OR '1'='1", "$(label)", "${jndi:ldap://x}", "<script>", "a*", "420104\n",
			"ＩＤ４２", "id%00", "a".repeat(121) };

	private BadIds() {
	}

	/** A bad id for a field that must name a node with one of {@code labels}. */
	static BadValue id(RandomGenerator random, Set<String> labels, boolean required) {
		return switch (random.nextInt(12)) {
			case 0 -> BadValue.of("unknown-id", "no-such-" + BadText.word(random));
			case 1 -> BadValue.of("unknown-id", String.valueOf(990_000 + random.nextInt(10_000)));
			// A JSON number is a valid ID, so this one is only unknown.
			case 2 -> BadValue.of("unknown-id", 990_000 + random.nextInt(10_000));
			case 3, 4 -> BadValue.of("malformed-id", BadText.pick(random, MALFORMED));
			case 5 -> BadValue.of("malformed-id", BadText.mixedScripts(random));
			case 6 -> BadValue.of("control-character", BadText.withControl(random, "420104"));
			case 7 -> BadValue.of("bidi-control", BadText.withBidi(random, "420104"));
			case 8 -> BadText.oversize(random);
			case 9, 10 -> wrongKind(random, labels);
			default -> BadValues.wrongType(random, BadValues.JsonType.ID, required);
		};
	}

	/** An id of something the field does not take, e.g. a region for an organisation. */
	static BadValue wrongKind(RandomGenerator random, Set<String> labels) {
		List<String> others = SEEDED.entrySet()
			.stream()
			.filter((entry) -> !labels.contains(entry.getKey()))
			.flatMap((entry) -> entry.getValue().stream())
			.sorted()
			.toList();
		return BadValue.of("wrong-kind-id", others.get(random.nextInt(others.size())));
	}

	/**
	 * A seed file's reference to another row: unknown, malformed or of the wrong kind.
	 */
	static BadValue seedReference(RandomGenerator random, Set<String> labels) {
		// A reference to any node (a citation's subject) has no wrong kind.
		return switch (random.nextInt(labels.isEmpty() ? 4 : 5)) {
			case 0 -> BadValue.of("unknown-id", "no-such-" + BadText.word(random));
			case 1 -> BadValue.of("unknown-id", String.valueOf(990_000 + random.nextInt(10_000)));
			case 2 -> BadValue.of("malformed-id", BadText.pick(random, "420 104", "-420104", "ＩＤ４２", "a/b", "x'y"));
			case 3 -> BadValue.of("control-character", BadText.withControl(random, "420104"));
			default -> wrongKind(random, labels);
		};
	}

	/** A seed file's row key that is not a key at all. */
	static BadValue seedKey(RandomGenerator random) {
		return switch (random.nextInt(4)) {
			case 0 -> BadValue.of("malformed-id", BadText.pick(random, "-fuzz", ".fuzz", "fuzz key", "fuzz/1", "fuzz'1",
					"ＩＤ４２", "fuzz;1", "a".repeat(121)));
			case 1 -> BadValue.of("malformed-id", BadText.mixedScripts(random));
			case 2 -> BadValue.of("control-character", BadText.withControl(random, "fuzz-key"));
			default -> BadValue.of("bidi-control", BadText.withBidi(random, "fuzz-key"));
		};
	}

}
