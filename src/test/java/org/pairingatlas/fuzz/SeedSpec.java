package org.pairingatlas.fuzz;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.random.RandomGenerator;

/**
 * One kind of seed file to fuzz: its columns, a valid row (the {@code i}th of a file has
 * its own key) and corruptions of columns that are bad only together or across rows.
 *
 * @param kind the kind, as in the file name
 * @param header the columns, in order
 * @param row the {@code i}th valid row
 * @param columns the columns a case may corrupt
 * @param together corruptions of several columns or rows
 */
record SeedSpec(String kind, List<String> header, IntFunction<Map<String, String>> row, List<SeedColumn> columns,
		List<Together> together) {

	SeedSpec(String kind, String header, IntFunction<Map<String, String>> row, List<SeedColumn> columns,
			List<Together> together) {
		this(kind, List.of(header.split(",")), row, columns, together);
	}

	/** Corrupts the rows of a file (the {@code target}th, and maybe rows it adds). */
	interface Together {

		Blame apply(RandomGenerator random, List<Map<String, String>> rows, int target);

	}

	/**
	 * Where a refusal must point.
	 *
	 * @param row the index of the row at fault
	 * @param fields the columns it may name
	 * @param kind what is wrong
	 */
	record Blame(int row, Set<String> fields, String kind) {

	}

}
