package org.pairingatlas.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The failed cases of one fuzz loop, grouped by what went wrong and the kind of bad
 * value, each group with one case written out in full and the way to replay it.
 */
final class FuzzFailures {

	private static final int GROUPS_SHOWN = 60;

	private final String loop;

	private final Map<String, Group> groups = new LinkedHashMap<>();

	private int failedCases;

	private int cases;

	private int skipped;

	FuzzFailures(String loop) {
		this.loop = loop;
	}

	/** Counts a case that ran. */
	void ran() {
		this.cases++;
	}

	/**
	 * Counts a case left out because an earlier one showed its kind of value is accepted.
	 */
	void skipped() {
		this.skipped++;
	}

	void add(int index, String signature, String example, List<Problem> problems) {
		if (problems.isEmpty()) {
			return;
		}
		this.failedCases++;
		for (Problem problem : problems) {
			String key = problem.reason() + " | " + signature;
			Group group = this.groups.computeIfAbsent(key, (k) -> new Group(
					where(index) + "\n      " + example + "\n      -> " + Json.visible(problem.detail())));
			group.count++;
		}
	}

	private String where(int index) {
		return (index < 0) ? "the valid input of " + this.loop : Fuzz.replay(this.loop, index);
	}

	boolean isEmpty() {
		return this.failedCases == 0;
	}

	String report() {
		StringBuilder out = new StringBuilder();
		out.append("%s: %d of %d cases failed (seed %d; %d cases skipped as repeats of an accepted kind)%n"
			.formatted(this.loop, this.failedCases, this.cases, Fuzz.seed(), this.skipped));
		this.groups.entrySet()
			.stream()
			.limit(GROUPS_SHOWN)
			.forEach((entry) -> out.append("  [")
				.append(entry.getValue().count)
				.append("x] ")
				.append(entry.getKey())
				.append("\n    e.g. ")
				.append(entry.getValue().example)
				.append('\n'));
		if (this.groups.size() > GROUPS_SHOWN) {
			out.append("  … and ").append(this.groups.size() - GROUPS_SHOWN).append(" more groups\n");
		}
		return out.toString();
	}

	private static final class Group {

		private final String example;

		private int count;

		Group(String example) {
			this.example = example;
		}

	}

}
