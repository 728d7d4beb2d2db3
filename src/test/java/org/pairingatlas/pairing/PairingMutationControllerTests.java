package org.pairingatlas.pairing;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pairingatlas.base.edit.Actor;
import org.pairingatlas.base.edit.EditRefused;
import org.pairingatlas.base.edit.UserError;
import org.pairingatlas.base.graphql.GraphQlSliceTest;
import org.pairingatlas.security.Actors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;

/**
 * A pairing mutation answers with the pairing it wrote, or with every reason it was
 * refused and no pairing; the input reaches the edit as the caller sent it.
 */
@GraphQlSliceTest(PairingMutationController.class)
class PairingMutationControllerTests {

	private static final Actor COORDINATOR = new Actor("chief", true, java.util.Set.of(), java.util.Set.of());

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	PairingEdits edits;

	@MockitoBean
	PairingSearch pairings;

	@MockitoBean
	Actors actors;

	@Test
	void an_update_answers_with_the_pairing_as_it_now_stands() {
		given(this.actors.current()).willReturn(COORDINATOR);
		given(this.edits.update(any(), any())).willReturn("pair-miyun-zhuxi");
		given(this.pairings.byKey("pair-miyun-zhuxi")).willReturn(Optional.of(new Pairing("pair-miyun-zhuxi", "jing-e",
				"county", "district-county", "110118", "420324", "2014", null, "active", true, "见于规划", 3)));
		var response = this.graphQl.documentName("updatePairing")
			.variable("input", Map.of("id", "pair-miyun-zhuxi", "expectedVersion", 2, "note", "见于规划"))
			.execute();
		response.path("updatePairing.errors").entityList(Object.class).hasSize(0);
		response.path("updatePairing.pairing.version").entity(Integer.class).isEqualTo(3);
		response.path("updatePairing.pairing.note").entity(String.class).isEqualTo("见于规划");
	}

	@Test
	void a_refused_edit_answers_with_every_reason_and_no_pairing() {
		given(this.actors.current()).willReturn(COORDINATOR);
		willThrow(new EditRefused(java.util.List.of(
				new UserError("level", "city", "INVALID",
						"level 'city': must be one of [county, institution, township]"),
				new UserError("startDate", "2014-13", "INVALID", "startDate '2014-13': is not a date"))))
			.given(this.edits)
			.update(any(), any());
		var response = this.graphQl.documentName("updatePairing")
			.variable("input",
					Map.of("id", "pair-miyun-zhuxi", "expectedVersion", 2, "level", "city", "startDate", "2014-13"))
			.execute();
		response.path("updatePairing.pairing").valueIsNull();
		response.path("updatePairing.errors[*].field").entityList(String.class).containsExactly("level", "startDate");
		response.path("updatePairing.errors[0].code").entity(String.class).isEqualTo("INVALID");
	}

}
