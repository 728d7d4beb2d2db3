package org.pairingatlas.dashboard;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pairingatlas.SeedGraphPerClass;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.coverage.Coverage;
import org.pairingatlas.coverage.CoverageQuery;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard without a browser: reported figures read as words with their document,
 * and the coverage meter agrees with the coverage query.
 */
@SpringBootTest
@ExtendWith(SeedGraphPerClass.class)
@ViewPackages(classes = DashboardView.class)
class DashboardViewIT extends SpringBrowserlessTest {

	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		Neo4jTestSupport.register(registry);
	}

	@Autowired
	CoverageQuery coverage;

	@Autowired
	org.pairingatlas.base.ui.Translations words;

	@Test
	void reported_amounts_are_named_in_words_and_cite_their_document() {
		DashboardView view = open("programme=jing-e&region=420300&level=township");
		List<String> reported = reportedLines(view, "funding-totals");
		// 十政办发〔2022〕20号: "北京市累计投入对口协作资金11.25亿元"
		assertThat(reported).anySatisfy((line) -> assertThat(line).contains("对口协作资金 11.25 亿元", "十政办发〔2022〕20号"));
		assertThat(reported).noneSatisfy((line) -> assertThat(line).contains("funds.", "investment.", " yi"));
	}

	@Test
	void reported_funds_are_set_beside_what_the_projects_enumerate_and_the_tables_export_as_xlsx()
			throws java.io.IOException {
		DashboardView view = open("programme=jing-e&region=420300&level=township");
		Component totals = $(Div.class).id("funding-totals");
		List<String> completeness = $(Div.class).from(totals)
			.withClassName("pa-completeness")
			.all()
			.stream()
			.map((d) -> d.getElement().getTextRecursively())
			.toList();
		// 11.25 亿元 reported; the projects the graph enumerates add up to far less.
		assertThat(completeness)
			.anySatisfy((line) -> assertThat(line).startsWith("已列明").contains("11.25 亿元").contains("%"));
		assertThat(totals.getElement().getTextRecursively()).doesNotContain("?");
		byte[] workbook = DashboardWorkbook.of(view.shownFunding(), this.words, java.util.Locale.SIMPLIFIED_CHINESE);
		try (var sheets = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
			assertThat(sheets.getSheetAt(0).getSheetName()).isEqualTo("按年份");
			assertThat(sheets.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("年份");
			assertThat(sheets.getSheet("文件报告").getLastRowNum()).isPositive();
		}
	}

	@Test
	void the_coverage_panel_lists_every_unpaired_township_and_the_reported_count() {
		DashboardView view = open("programme=jing-e&region=420300&level=township");
		Coverage expected = this.coverage.coverage("420300", "township", null, "jing-e", "RECIPIENT").orElseThrow();
		Div panel = $(Div.class).id("coverage-panel");
		assertThat(panel.getElement().getTextRecursively()).contains(expected.pairedCount() + "",
				expected.units() + "");
		assertThat(reportedLines(view, "coverage-panel"))
			.anySatisfy((line) -> assertThat(line).contains("结对乡镇、社区 134"));
		assertThat($(com.vaadin.flow.component.grid.Grid.class).id("unpaired-grid").getGenericDataView().getItems())
			.hasSize(expected.unpairedCount());
	}

	private DashboardView open(String query) {
		navigate(DashboardView.class);
		UI.getCurrent().navigate("dashboard", QueryParameters.fromString(query));
		return (DashboardView) getCurrentView();
	}

	private List<String> reportedLines(DashboardView view, String panelId) {
		Component panel = $(Div.class).id(panelId);
		return $(Div.class).from(panel)
			.withClassName("pa-reported")
			.all()
			.stream()
			.map((d) -> d.getElement().getTextRecursively())
			.toList();
	}

}
