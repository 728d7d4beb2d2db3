package org.pairingatlas.base.graphql.compiled;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template language of projections: {@code {node}} and {@code {to}} are the nodes a
 * field starts from and reaches, {@code {$argument}} a parameter bound to the field's
 * argument, any other {@code {name}} a variable of the field's own.
 */
class StatementTests {

	@Test
	void named_nodes_keep_their_names_and_other_variables_get_names_no_other_field_uses() {
		Statement statement = new Statement(Map.of());
		Map<String, String> first = new HashMap<>(Map.of("node", "c_n_0", "to", "c_n_1"));
		Map<String, String> second = new HashMap<>(Map.of("node", "c_n_1", "to", "c_n_2"));
		String outer = statement.render("MATCH ({node})-[:UNDER]->({g}:Programme), ({to})-[:SUPPORTER]->({s})", first,
				Map.of());
		String inner = statement.render("MATCH ({node})-[:SUPPORTER]->({s})", second, Map.of());
		assertThat(outer).startsWith("MATCH (c_n_0)-[:UNDER]->(c_g_").contains("(c_n_1)-[:SUPPORTER]->(c_s_");
		assertThat(first.get("s")).isNotEqualTo(second.get("s"));
		assertThat(inner).isEqualTo("MATCH (c_n_1)-[:SUPPORTER]->(" + second.get("s") + ")");
	}

	@Test
	void a_field_s_match_and_order_share_its_variables() {
		Statement statement = new Statement(Map.of());
		Map<String, String> names = new HashMap<>(Map.of("node", "a", "to", "b"));
		statement.render("MATCH p = ({node})-[:PART_OF*1..5]->({to}) WITH {path} AS x", names, Map.of());
		String order = statement.render("length({path})", names, Map.of());
		assertThat(order).isEqualTo("length(" + names.get("path") + ")");
	}

	@Test
	void arguments_are_bound_as_parameters_once_per_field_and_enums_by_name() {
		Statement statement = new Statement(Map.of("all", false));
		Map<String, String> names = new HashMap<>(Map.of("node", "a", "to", "b"));
		String match = statement.render("WHERE {$role} IS NULL OR type(r) = {$role}", names,
				Map.of("role", Side.RECIPIENT));
		String parameter = names.get("$role");
		assertThat(match).isEqualTo("WHERE " + parameter + " IS NULL OR type(r) = " + parameter);
		assertThat(statement.parameters()).containsEntry(parameter.substring(1), "RECIPIENT")
			.containsEntry("all", false);
	}

	@Test
	void map_literals_and_caller_parameters_are_left_as_they_are() {
		Statement statement = new Statement(Map.of());
		String match = statement.render("MATCH ({to}:Region {key: $code}) WHERE ($all OR {to}.confirmed)",
				new HashMap<>(Map.of("to", "t")), Map.of());
		assertThat(match).isEqualTo("MATCH (t:Region {key: $code}) WHERE ($all OR t.confirmed)");
	}

	enum Side {

		SUPPORTER, RECIPIENT

	}

}
