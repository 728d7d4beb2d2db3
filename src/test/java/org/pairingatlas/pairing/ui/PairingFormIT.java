package org.pairingatlas.pairing.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.base.graphql.Page;
import org.pairingatlas.pairing.PairingFilter;
import org.pairingatlas.pairing.PairingSearch;
import org.pairingatlas.pairing.PairingSort;
import org.pairingatlas.search.ui.NodePicker;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in coordinator records a pairing in the explorer: the form gives the API's
 * messages on the fields they concern and writes nothing until the edit is whole.
 */
@SpringBootTest
@ViewPackages(classes = PairingsView.class)
class PairingFormIT extends SpringBrowserlessTest {

	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		Neo4jTestSupport.register(registry);
	}

	@Autowired
	PairingSearch pairings;

	@BeforeEach
	void signIn() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(Neo4jTestSupport.COORDINATOR, null,
					AuthorityUtils.createAuthorityList("ROLE_COORDINATOR")));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
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
		SecurityContextHolder.clearContext();
		PairingsView view = navigate(PairingsView.class);
		assertThat($(Button.class).from(view).all()).noneMatch((b) -> "pairings-record".equals(b.getId().orElse("")));
	}

	private long count() {
		return this.pairings.find(PairingFilter.NONE, PairingSort.PROGRAMME, new Page(0, 1)).totalCount();
	}

}
