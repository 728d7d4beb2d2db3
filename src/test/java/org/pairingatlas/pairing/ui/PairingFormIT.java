package org.pairingatlas.pairing.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pairingatlas.SeedGraphPerClass;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.SignedIn;
import org.pairingatlas.base.edit.SourceInput;
import org.pairingatlas.base.graphql.Page;
import org.pairingatlas.pairing.Pairing;
import org.pairingatlas.pairing.PairingEdits;
import org.pairingatlas.pairing.PairingInputs;
import org.pairingatlas.pairing.PairingRole;
import org.pairingatlas.pairing.Pairings;
import org.pairingatlas.pairing.PairingFilter;
import org.pairingatlas.pairing.PairingSearch;
import org.pairingatlas.pairing.PairingSort;
import org.pairingatlas.base.ui.EndForm;
import org.pairingatlas.base.ui.component.NodePicker;
import org.pairingatlas.security.Actors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in coordinator records a pairing in the explorer: the form gives the API's
 * messages on the fields they concern and writes nothing until the edit is whole.
 */
@SpringBootTest
@ExtendWith(SeedGraphPerClass.class)
@ViewPackages(classes = PairingsView.class)
class PairingFormIT extends SpringBrowserlessTest {

	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		Neo4jTestSupport.register(registry);
	}

	@Autowired
	PairingSearch pairings;

	@Autowired
	Pairings byParty;

	@Autowired
	PairingEdits edits;

	@Autowired
	PairingForm.Factory forms;

	@Autowired
	Actors actors;

	@BeforeEach
	void signIn() {
		SignedIn.asCoordinator(Neo4jTestSupport.COORDINATOR);
	}

	@AfterEach
	void signOut() {
		SignedIn.signOut();
	}

	@Test
	void a_form_without_sides_or_source_names_each_missing_field_and_writes_nothing() {
		long before = count();
		PairingsView view = navigate(PairingsView.class);
		test($(Button.class).from(view).id("pairings-record")).click();
		PairingForm form = $(PairingForm.class).single();
		@SuppressWarnings("unchecked")
		Select<String> programme = $(Select.class).from(form).id("pairing-programme");
		programme.setValue("jing-e");
		test($(Button.class).from(form).id("form-save")).click();
		NodePicker supporter = $(NodePicker.class).from(form).id("pairing-supporter");
		NodePicker document = $(NodePicker.class).from(form).id("pairing-document");
		assertThat(supporter.isInvalid()).isTrue();
		assertThat(supporter.getErrorMessage()).contains("supporter");
		assertThat(document.isInvalid()).isTrue();
		assertThat(form.isOpened()).isTrue();
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anonymous_readers_get_no_record_button() {
		SignedIn.signOut();
		PairingsView view = navigate(PairingsView.class);
		assertThat($(Button.class).from(view).all()).noneMatch((b) -> "pairings-record".equals(b.getId().orElse("")));
	}

	@Test
	void changing_a_pairing_keeps_its_sides_and_a_year_only_start_date_and_bumps_its_version() {
		String key = record("420102", "420525");
		Pairing before = pairing(key);
		navigate(PairingsView.class);
		this.forms.change(before, () -> {
		});
		PairingForm form = $(PairingForm.class).single();
		assertThat($(NodePicker.class).from(form).id("pairing-supporter").isReadOnly()).isTrue();
		test($(TextArea.class).from(form).all().get(0)).setValue("两地续签协议");
		test($(Button.class).from(form).id("form-save")).click();
		assertThat(form.isOpened()).isFalse();
		Pairing after = pairing(key);
		assertThat(after.note()).isEqualTo("两地续签协议");
		assertThat(after.version()).isEqualTo(before.version() + 1);
		assertThat(after.startDate()).as("the documents' year is not turned into a day").isEqualTo("2021");
		assertThat(after.supporterKey()).isEqualTo("420102");
	}

	@Test
	void ending_a_pairing_needs_a_date_and_a_source_and_then_marks_it_ended() {
		String key = record("420103", "420525");
		Pairing before = pairing(key);
		navigate(PairingsView.class);
		this.forms.end(before, () -> {
		});
		EndForm form = $(EndForm.class).single();
		test($(Button.class).from(form).id("form-save")).click();
		assertThat($(DatePicker.class).from(form).id("pairing-end-date").isInvalid()).isTrue();
		assertThat($(NodePicker.class).from(form).id("pairing-end-document").isInvalid()).isTrue();
		assertThat(pairing(key).status()).isEqualTo("active");
		$(DatePicker.class).from(form).id("pairing-end-date").setValue(LocalDate.of(2025, 12, 31));
		$(NodePicker.class).from(form).id("pairing-end-document").select("D003");
		test($(TextArea.class).from(form).id("pairing-end-excerpt")).setValue("湖北省山川协作工程试点期为2021—2025年");
		test($(Button.class).from(form).id("form-save")).click();
		assertThat(form.isOpened()).isFalse();
		assertThat(pairing(key).status()).isEqualTo("ended");
		assertThat(pairing(key).endDate()).isEqualTo("2025-12-31");
	}

	@Test
	void an_excerpt_the_cited_document_does_not_hold_is_shown_on_the_excerpt_and_changes_nothing() {
		String key = record("420117", "420525");
		Pairing before = pairing(key);
		navigate(PairingsView.class);
		this.forms.end(before, () -> {
		});
		EndForm form = $(EndForm.class).single();
		$(DatePicker.class).from(form).id("pairing-end-date").setValue(LocalDate.of(2025, 12, 31));
		$(NodePicker.class).from(form).id("pairing-end-document").select("D003");
		TextArea excerpt = $(TextArea.class).from(form).id("pairing-end-excerpt");
		test(excerpt).setValue("两地于2025年底结束结对");
		test($(Button.class).from(form).id("form-save")).click();
		assertThat(excerpt.isInvalid()).isTrue();
		assertThat(excerpt.getErrorMessage()).contains("does not stand in the text of D003");
		assertThat(form.isOpened()).isTrue();
		assertThat(pairing(key).status()).isEqualTo("active");
		assertThat(pairing(key).version()).isEqualTo(before.version());
	}

	private String record(String supporter, String recipient) {
		return this.edits
			.create(new PairingInputs.CreatePairingInput("hubei-shanchuan", "county", "district-county", supporter,
					recipient, "2021", null, "active", true, null, new SourceInput("D003", "湖北省山川协作工程试点期为2021—2025年")),
					this.actors.current());
	}

	private Pairing pairing(String key) {
		return this.byParty.ofParties(List.of("420525"), PairingRole.RECIPIENT)
			.get("420525")
			.stream()
			.filter((p) -> p.key().equals(key))
			.findFirst()
			.orElseThrow();
	}

	private long count() {
		return this.pairings.find(PairingFilter.NONE, PairingSort.PROGRAMME, new Page(0, 1)).totalCount();
	}

}
