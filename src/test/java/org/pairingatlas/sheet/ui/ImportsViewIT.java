package org.pairingatlas.sheet.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.SeedGraphPerClass;
import org.pairingatlas.SignedIn;
import org.pairingatlas.sheet.ImportRowView;
import org.pairingatlas.sheet.ImportView;
import org.pairingatlas.sheet.Outcome;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The imports page as a coordinator uses it: upload a sheet whose headers are the
 * coordinator's own, set the column the page could not match, preview, import with the
 * bar running beside the page, and roll the import back from the list.
 */
@SpringBootTest
@ExtendWith(SeedGraphPerClass.class)
@ViewPackages(classes = ImportsView.class)
class ImportsViewIT extends SpringBrowserlessTest {

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
	void a_reader_is_told_imports_are_for_coordinators() {
		ImportsView view = navigate(ImportsView.class);
		assertThat($(Paragraph.class).from(view).first().getText()).contains("协调员");
		assertThat($(Button.class).from(view).all()).isEmpty();
	}

	@Test
	void a_coordinator_sets_a_column_by_hand_previews_imports_and_rolls_back() throws Exception {
		SignedIn.asCoordinator(Neo4jTestSupport.COORDINATOR);
		long before = pairings();
		ImportsView view = navigate(ImportsView.class);
		view.read("东城区与竹山县.xlsx", ownSheet());
		@SuppressWarnings("unchecked")
		Select<String> unknown = $(Select.class).from(view).id("imports-column-2");
		assertThat(unknown.getValue()).as("a header the page does not know").isEmpty();
		unknown.setValue("recipient");
		test($(Button.class).from(view).id("imports-preview")).click();
		finish(view);
		@SuppressWarnings("unchecked")
		Grid<ImportRowView> rows = $(Grid.class).from(view).id("imports-rows");
		assertThat(test(rows).size()).isEqualTo(2);
		assertThat(test(rows).getRow(0).outcome()).isEqualTo(Outcome.NEW);
		assertThat(test(rows).getRow(1).outcome()).isEqualTo(Outcome.REFUSED);
		assertThat(test(rows).getCellText(1, 3)).startsWith("受援方：").contains("竹山县无此镇");

		test($(Button.class).from(view).id("imports-commit")).click();
		finish(view);
		assertThat(pairings()).isEqualTo(before + 1);
		@SuppressWarnings("unchecked")
		Grid<ImportView> history = $(Grid.class).from(view).id("imports-history");
		ImportView committed = test(history).getRow(0);
		assertThat(committed.status()).isEqualTo("committed");

		view.rollback(committed);
		assertThat(pairings()).isEqualTo(before);
		assertThat($(Div.class).from(view).id("imports-message").getElement().getTextRecursively()).contains("撤回 1");
	}

	/**
	 * Waits for the work running beside the page, then applies what it left for the UI.
	 */
	private void finish(ImportsView view) {
		view.running().join();
		VaadinSession session = UI.getCurrent().getSession();
		session.getService().runPendingAccessTasks(session);
	}

	/** A coordinator's own sheet: a title row, own headers, one good and one bad row. */
	private static byte[] ownSheet() throws IOException {
		try (Workbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("名单");
			sheet.createRow(0).createCell(0).setCellValue("东城区与竹山县乡镇结对名单");
			Row header = sheet.createRow(1);
			header.createCell(0).setCellValue("协作计划");
			header.createCell(1).setCellValue("支援单位");
			header.createCell(2).setCellValue("结对乡镇");
			String[][] rows = { { "南水北调中线京鄂对口协作", "东城区东华门街道", "竹山县 溢水镇" }, { "南水北调中线京鄂对口协作", "东城区景山街道", "竹山县无此镇" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 2);
				for (int c = 0; c < 3; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private long pairings() {
		return this.driver.executableQuery("MATCH (p:Pairing) RETURN count(p) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}

}
