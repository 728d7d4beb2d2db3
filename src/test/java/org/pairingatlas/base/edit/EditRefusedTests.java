package org.pairingatlas.base.edit;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An edit two writers make at the same moment, which the database's uniqueness constraint
 * stops after both looked for a duplicate, is answered as the duplicate it is; any other
 * failure stays a failure.
 */
class EditRefusedTests {

	@Test
	void a_uniqueness_constraint_stopping_an_edit_is_told_as_a_duplicate_naming_the_property() {
		ClientException constraint = new ClientException("Neo.ClientError.Schema.ConstraintValidationFailed",
				"Node(42) already exists with label `Organisation` and property `creditCode` = '91350100M000100Y43'");
		List<UserError> errors = EditRefused.answer(() -> {
			throw new DataIntegrityViolationException("translated", constraint);
		}, (key) -> List.<UserError>of(), (refused) -> refused);
		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.code()).isEqualTo("DUPLICATE");
			assertThat(error.field()).isEqualTo("creditCode");
		});
	}

	@Test
	void any_other_failure_is_not_turned_into_a_refusal() {
		assertThatThrownBy(() -> EditRefused.answer(() -> {
			throw new IllegalStateException("a bug");
		}, (key) -> "written", (refused) -> "refused")).hasMessage("a bug");
	}

}
