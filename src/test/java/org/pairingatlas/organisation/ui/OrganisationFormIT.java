package org.pairingatlas.organisation.ui;

import java.time.LocalDate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.SeedGraphPerClass;
import org.pairingatlas.SignedIn;
import org.pairingatlas.base.ui.component.NodePicker;
import org.pairingatlas.organisation.Organisation;
import org.pairingatlas.organisation.Organisations;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in coordinator records, changes and ends an organisation from the list: the
 * form gives the API's messages on the fields they concern and writes nothing until the
 * edit is whole.
 */
@SpringBootTest
@ExtendWith(SeedGraphPerClass.class)
@ViewPackages(classes = OrganisationsView.class)
class OrganisationFormIT extends SpringBrowserlessTest {

	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		Neo4jTestSupport.register(registry);
	}

	@Autowired
	Driver driver;

	@Autowired
	Organisations organisations;

	@Autowired
	OrganisationForm.Factory forms;

	@BeforeEach
	void signIn() {
		SignedIn.asCoordinator(Neo4jTestSupport.COORDINATOR);
	}

	@AfterEach
	void signOut() {
		SignedIn.signOut();
	}

	@Test
	void a_mistyped_credit_code_and_a_missing_source_are_named_on_their_fields_and_nothing_is_written() {
		long before = count();
		OrganisationsView view = navigate(OrganisationsView.class);
		test($(Button.class).from(view).id("organisations-record")).click();
		OrganisationForm form = $(OrganisationForm.class).single();
		fill(form, "竹溪县表单医院");
		$(TextField.class).from(form).id("organisation-credit-code").setValue("91350100M000100Y44");
		test($(Button.class).from(form).id("form-save")).click();
		TextField code = $(TextField.class).from(form).id("organisation-credit-code");
		assertThat(code.isInvalid()).isTrue();
		assertThat(code.getErrorMessage()).contains("check character");
		assertThat($(NodePicker.class).from(form).id("organisation-document").isInvalid()).isTrue();
		assertThat(form.isOpened()).isTrue();
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void a_whole_form_records_the_organisation_which_can_then_be_changed_and_ended() {
		navigate(OrganisationsView.class);
		this.forms.record("420324", () -> {
		});
		OrganisationForm form = $(OrganisationForm.class).single();
		fill(form, "竹溪县表单学校");
		$(TextField.class).from(form).id("organisation-credit-code").setValue("91350100M000100Y43");
		cite(form, "organisation-document", "organisation-excerpt");
		test($(Button.class).from(form).id("form-save")).click();
		assertThat(form.isOpened()).isFalse();
		Organisation recorded = find("竹溪县表单学校");
		assertThat(recorded.creditCode()).isEqualTo("91350100M000100Y43");

		this.forms.change(recorded, () -> {
		});
		OrganisationForm change = $(OrganisationForm.class).last();
		$(TextField.class).from(change).id("organisation-name").setValue("竹溪县表单中学");
		test($(Button.class).from(change).id("form-save")).click();
		Organisation changed = find("竹溪县表单中学");
		assertThat(changed.version()).isEqualTo(2);
		assertThat(changed.creditCode()).isEqualTo("91350100M000100Y43");

		this.forms.end(changed, () -> {
		});
		$(DatePicker.class).id("organisation-end-date").setValue(LocalDate.of(2025, 6, 30));
		$(NodePicker.class).id("organisation-end-document").select("D001");
		$(TextArea.class).id("organisation-end-excerpt").setValue("134个乡镇、社区结为“亲戚”");
		test($(Button.class).id("form-save")).click();
		assertThat(find("竹溪县表单中学").status()).isEqualTo("ended");
	}

	@Test
	void anonymous_readers_get_no_record_button() {
		SignedIn.signOut();
		OrganisationsView view = navigate(OrganisationsView.class);
		assertThat($(Button.class).from(view).all())
			.noneMatch((b) -> "organisations-record".equals(b.getId().orElse("")));
	}

	@SuppressWarnings("unchecked")
	private void fill(OrganisationForm form, String name) {
		$(TextField.class).from(form).id("organisation-name").setValue(name);
		((Select<String>) $(Select.class).from(form).id("organisation-kind")).setValue("hospital");
		$(NodePicker.class).from(form).id("organisation-region").select("420324");
	}

	private void cite(OrganisationForm form, String document, String excerpt) {
		$(NodePicker.class).from(form).id(document).select("D001");
		$(TextArea.class).from(form).id(excerpt).setValue("134个乡镇、社区结为“亲戚”");
	}

	private Organisation find(String name) {
		String key = this.driver.executableQuery("MATCH (o:Organisation {name: $name}) RETURN o.key AS key")
			.withParameters(java.util.Map.of("name", name))
			.execute()
			.records()
			.get(0)
			.get("key")
			.asString();
		return this.organisations.byKey(key).orElseThrow();
	}

	private long count() {
		return this.driver.executableQuery("MATCH (o:Organisation) RETURN count(o) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}

}
