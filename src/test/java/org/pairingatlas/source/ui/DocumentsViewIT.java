package org.pairingatlas.source.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.SeedGraphPerClass;
import org.pairingatlas.SignedIn;
import org.pairingatlas.source.DocumentCatalogue;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sources pages: every source with the facts citing it, a document's text with the
 * quoted words marked, and a coordinator registering a document.
 */
@SpringBootTest
@ExtendWith(SeedGraphPerClass.class)
@ViewPackages(classes = DocumentsView.class)
class DocumentsViewIT extends SpringBrowserlessTest {

	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		Neo4jTestSupport.register(registry);
	}

	@Autowired
	Driver driver;

	@AfterEach
	void signOut() {
		SignedIn.signOut();
	}

	@Test
	void the_list_finds_the_shiyan_plan_with_the_facts_citing_it() {
		DocumentsView view = navigate(DocumentsView.class);
		$(TextField.class).from(view).id("documents-text").setValue("十政办发〔2022〕20号");
		@SuppressWarnings("unchecked")
		Grid<DocumentCatalogue.Entry> grid = $(Grid.class).from(view).id("documents-grid");
		assertThat(test(grid).size()).isEqualTo(1);
		DocumentCatalogue.Entry plan = test(grid).getRow(0);
		assertThat(plan.document().key()).isEqualTo("D001");
		assertThat(plan.facts()).isGreaterThan(100);
	}

	@Test
	void a_documents_page_lists_the_facts_citing_it_and_marks_their_words_in_its_text() {
		DocumentView page = navigate("document/D001", DocumentView.class);
		assertThat($(H1.class).from(page).first().getText()).contains("十堰市南水北调对口协作");
		assertThat($(UnorderedList.class).from(page).id("document-citing").getChildren().count()).isGreaterThan(100);
		Div text = $(Div.class).from(page).id("document-text");
		long marks = text.getElement().getChildren().filter((part) -> part.getTag().equals("mark")).count();
		assertThat(marks).isGreaterThan(10);
		assertThat(text.getElement()
			.getChildren()
			.filter((part) -> part.getTag().equals("mark"))
			.map((part) -> part.getText())
			.anyMatch((words) -> words.replaceAll("\\s", "").contains("134个乡镇、社区结为“亲戚”"))).isTrue();
	}

	@Test
	void a_coordinator_registers_a_pasted_document_and_a_missing_text_is_named_on_its_field() {
		SignedIn.asCoordinator(Neo4jTestSupport.COORDINATOR);
		DocumentsView view = navigate(DocumentsView.class);
		test($(Button.class).from(view).id("documents-register")).click();
		DocumentForm form = $(DocumentForm.class).single();
		@SuppressWarnings("unchecked")
		Select<String> kind = $(Select.class).from(form).id("document-kind");
		kind.setValue("list");
		$(TextField.class).from(form).id("document-title").setValue("竹山县乡镇结对名单");
		test($(Button.class).from(form).id("form-save")).click();
		TextArea text = $(TextArea.class).from(form).id("document-text-input");
		assertThat(text.isInvalid()).isTrue();
		assertThat(count()).isZero();
		text.setValue("竹山县城关镇与北京市石景山区八宝山街道结为友好乡镇。");
		test($(Button.class).from(form).id("form-save")).click();
		assertThat(form.isOpened()).isFalse();
		assertThat(count()).isOne();
	}

	@Test
	void readers_get_no_register_button() {
		DocumentsView view = navigate(DocumentsView.class);
		assertThat($(Button.class).from(view).all())
			.noneMatch((b) -> "documents-register".equals(b.getId().orElse("")));
	}

	private long count() {
		return this.driver.executableQuery("MATCH (s:Source {title: '竹山县乡镇结对名单'}) RETURN count(s) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}

}
