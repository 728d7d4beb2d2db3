package org.pairingatlas;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording fund transfers, measurements and exchanges, and attaching sources: each
 * validated, cited and audited.
 */
class FactMutationsIT extends GraphQlTestSupport {

	private static final Map<String, Object> SOURCE = Map.of("document", "D001", "excerpt", "北京市每年安排协作资金2.25亿元");

	@org.junit.jupiter.api.BeforeEach
	void signInAsCoordinator() {
		this.graphQl = as(COORDINATOR);
	}

	@Test
	void a_fund_transfer_is_recorded_with_its_amount_and_source() {
		Map<String, Object> input = new HashMap<>();
		// Under the Henan programme, whose chain the seed does not hold, so no other
		// test's chain changes.
		input.put("programme", "jing-yu");
		input.put("step", 1);
		input.put("from", "110000");
		input.put("to", "411325");
		input.put("amount", "225000000.00");
		input.put("yearStart", 2026);
		input.put("yearEnd", 2026);
		input.put("recurrence", "once");
		input.put("source", SOURCE);
		var response = this.graphQl.documentName("recordFundTransfer").variable("input", input).execute();
		response.path("recordFundTransfer.errors").entityList(Object.class).hasSize(0);
		response.path("recordFundTransfer.fundTransfer.amount").entity(String.class).isEqualTo("225000000.00");
		response.path("recordFundTransfer.fundTransfer.to.name").entity(String.class).isEqualTo("内乡县");
	}

	@Test
	void a_transfer_to_its_own_payer_is_refused() {
		Map<String, Object> input = new HashMap<>(
				Map.of("programme", "jing-e", "from", "110000", "to", "110000", "source", SOURCE));
		this.graphQl.documentName("recordFundTransfer")
			.variable("input", input)
			.execute()
			.path("recordFundTransfer.errors[0].field")
			.entity(String.class)
			.isEqualTo("to");
	}

	@Test
	void a_measurement_moves_its_target_and_a_wrong_unit_is_refused() {
		Map<String, Object> input = new HashMap<>(Map.of("target", "tgt-d002-cooperation-projects", "value", "90",
				"asOf", LocalDate.now().getYear() + "-01-01", "source",
				Map.of("document", "D002", "excerpt", "本规划期限为2014—2020年")));
		var response = this.graphQl.documentName("recordMeasurement").variable("input", input).execute();
		response.path("recordMeasurement.errors").entityList(Object.class).hasSize(0);
		response.path("recordMeasurement.target.status").entity(String.class).isEqualTo("met");
		response.path("recordMeasurement.target.measurements[*].value").entityList(String.class).contains("90");
		input.put("unit", "yi");
		this.graphQl.documentName("recordMeasurement")
			.variable("input", input)
			.execute()
			.path("recordMeasurement.errors[0].field")
			.entity(String.class)
			.isEqualTo("unit");
	}

	@Test
	void an_exchange_is_recorded_and_a_fractional_count_is_refused() {
		Map<String, Object> input = new HashMap<>(Map.of("programme", "jing-e", "kind", "secondment", "count", "12",
				"unit", "person", "direction", "both", "periodStart", "2022", "periodEnd", "2023", "source",
				Map.of("document", "D001", "excerpt", "京堰互派挂职干部217人")));
		var response = this.graphQl.documentName("recordExchange").variable("input", input).execute();
		response.path("recordExchange.exchange.count").entity(String.class).isEqualTo("12");
		input.put("count", "1.5");
		this.graphQl.documentName("recordExchange")
			.variable("input", input)
			.execute()
			.path("recordExchange.errors[0].field")
			.entity(String.class)
			.isEqualTo("count");
	}

	@Test
	void a_source_is_attached_to_a_fact_and_an_unknown_document_is_refused() {
		var response = this.graphQl.documentName("attachSource")
			.variable("id", "420325")
			.variable("source", Map.of("document", "D001", "excerpt", "房县沙沟河综合治理项目"))
			.execute();
		response.path("attachSource.node.sources[*].document.key").entityList(String.class).contains("D001");
		this.graphQl.documentName("attachSource")
			.variable("id", "420325")
			.variable("source", Map.of("document", "no-such", "excerpt", "x"))
			.execute()
			.path("attachSource.errors[0].code")
			.entity(String.class)
			.isEqualTo("UNKNOWN_ID");
	}

	@Test
	void what_changed_this_week_is_answered_by_the_audit_log() {
		this.graphQl.documentName("attachSource")
			.variable("id", "420322")
			.variable("source", Map.of("document", "D001", "excerpt", "北京农众实业郧西药食同源植物工厂"))
			.execute();
		var response = this.graphQl.documentName("auditLog")
			.variable("since", LocalDate.now().minusDays(7).toString())
			.execute();
		response.path("auditLog.edges[*].node.entityKey").entityList(String.class).contains("420322");
		response.path("auditLog.edges[*].node.actor")
			.entityList(String.class)
			.satisfies((actors) -> assertThat(actors).isNotEmpty());
	}

}
