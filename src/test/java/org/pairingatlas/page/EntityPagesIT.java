package org.pairingatlas.page;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.SeedGraphPerClass;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every entity has a page that answers in words. 竹溪县's page tells a coordinator, in
 * Chinese words, who it is paired with, under which programme and where that is written,
 * how many of its townships are known to be paired, and what was funded there.
 */
@SpringBootTest
@ExtendWith(SeedGraphPerClass.class)
@ViewPackages(classes = { RegionPage.class, org.pairingatlas.explorer.ExplorerView.class,
		org.pairingatlas.base.ui.MainLayout.class, org.pairingatlas.source.ui.DocumentView.class })
class EntityPagesIT extends SpringBrowserlessTest {

	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		Neo4jTestSupport.register(registry);
	}

	@Test
	void zhuxis_page_names_its_partner_programme_source_coverage_and_projects_in_words() {
		RegionPage page = navigate("region/420324", RegionPage.class);
		String partners = $(UnorderedList.class).from(page).id("page-partners").getElement().getTextRecursively();
		assertThat(partners).contains("受援于").contains("密云区").contains("南水北调中线京鄂对口协作").contains("区县结对");
		assertThat($(Paragraph.class).from(page).id("region-coverage").getText()).matches("乡镇级结对：已知 \\d+ 个 / 共 \\d+ 个");
		String projects = $(UnorderedList.class).from(page).id("region-projects").getElement().getTextRecursively();
		assertThat(projects).contains("竹溪密云小学 · 教育");
		String institutions = $(UnorderedList.class).from(page)
			.id("region-institutions")
			.getElement()
			.getTextRecursively();
		assertThat(institutions).contains("竹溪密云小学", "学校", "医院").doesNotContain("school", "hospital");
		RegionPage xichuan = navigate("region/411326", RegionPage.class);
		assertThat($(UnorderedList.class).from(xichuan).id("region-institutions").getElement().getTextRecursively())
			.as("淅川's school paired hand in hand with 白家庄小学")
			.contains("渠首朝阳小学", "1 对结对");
		assertThat(page.getElement().getTextRecursively()).doesNotContain("district-county", "jing-e", "true");
	}

	@Test
	void every_page_carries_the_search_with_suggestions_grouped_by_kind_each_linking_to_its_page() {
		RegionPage page = navigate("node/420324", RegionPage.class);
		assertThat($(com.vaadin.flow.component.html.H1.class).from(page).first().getText()).isEqualTo("竹溪县");
		var field = $(com.vaadin.flow.component.textfield.TextField.class).id("header-search-field");
		assertThat(field.getPlaceholder()).contains("搜索");
		test(field).setValue("竹溪");
		var results = $(com.vaadin.flow.component.html.Div.class).id("header-search-results");
		var groups = $(com.vaadin.flow.component.html.Div.class).from(results).withClassName("pa-search-group").all();
		assertThat(groups).extracting((group) -> group.getChildren().findFirst().orElseThrow().getElement().getText())
			.as("one heading per kind, in words")
			.contains("地区", "机构")
			.doesNotHaveDuplicates()
			.doesNotContain("Region", "Organisation");
		var hits = $(com.vaadin.flow.component.html.Anchor.class).from(results).withClassName("pa-search-hit").all();
		assertThat(hits).anySatisfy((hit) -> {
			assertThat(hit.getHref()).isEqualTo("node/420324");
			assertThat(hit.getText()).isEqualTo("竹溪县 · 420324");
		});
		assertThat(hits).extracting(com.vaadin.flow.component.html.Anchor::getText)
			.noneSatisfy((text) -> assertThat(text).startsWith("org-"));
	}

	@Test
	void a_node_found_anywhere_opens_the_page_of_its_kind() {
		assertThat(navigate("node/proj-fangxian-shagouhe-treatment", ProjectPage.class)).isNotNull();
		assertThat(navigate("node/pair-miyun-zhuxi", PairingPage.class)).isNotNull();
		assertThat(navigate("node/tgt-d001-collaboration-funds", TargetPage.class)).isNotNull();
		assertThat(navigate("node/D001", org.pairingatlas.source.ui.DocumentView.class)).isNotNull();
	}

	@Test
	void a_pairings_page_names_both_sides_the_programme_and_its_source_in_words() {
		PairingPage page = navigate("pairing/pair-miyun-zhuxi", PairingPage.class);
		assertThat($(com.vaadin.flow.component.html.H1.class).from(page).first().getText()).isEqualTo("密云区 支援 竹溪县");
		String facts = $(FactTable.class).from(page).id("pairing-facts").getElement().getTextRecursively();
		assertThat(facts).contains("支援方", "密云区", "受援方", "竹溪县", "南水北调中线京鄂对口协作", "2014");
		assertThat(page.getElement().getTextRecursively()).contains("来源文件").doesNotContain("district-county", "jing-e");
	}

	@Test
	void a_projects_page_gives_its_place_programme_category_and_funds_with_their_unit() {
		ProjectPage page = navigate("project/proj-fangxian-shagouhe-treatment", ProjectPage.class);
		String facts = $(FactTable.class).from(page).id("project-facts").getElement().getTextRecursively();
		assertThat(facts).contains("房县", "南水北调中线京鄂对口协作", "对口协作资金", "3,750 万元", "已完成")
			.doesNotContain("water-quality", "completed", "wan");
		assertThat(page.getElement().getTextRecursively()).contains("对口协作资金投入3750万元");
	}

	@Test
	void a_targets_page_states_the_target_its_period_and_its_state_in_words() {
		TargetPage page = navigate("target/tgt-d001-collaboration-funds", TargetPage.class);
		assertThat($(Paragraph.class).from(page).id("target-status").getText())
			.contains("争取对口协作资金", "≥", "11.25 亿元", "尚无进展数据")
			.doesNotContain(">=", " yi", "no-measurement");
		String facts = $(FactTable.class).from(page).id("target-facts").getElement().getTextRecursively();
		assertThat(facts).contains("南水北调中线京鄂对口协作", "2021", "2025");
		assertThat(page.getElement().getTextRecursively()).contains("十政办发〔2022〕20号");
	}

	@Test
	void a_regions_page_draws_its_pairing_network_linking_to_the_explorer_laid_out_by_sides() {
		RegionPage page = navigate("region/420300", RegionPage.class);
		var picture = $(com.vaadin.flow.component.html.Div.class).from(page).id("story-picture");
		var link = $(com.vaadin.flow.component.html.Anchor.class).from(picture).first();
		assertThat(link.getHref()).startsWith("explore?story=420300").contains("layout=sides");
		String svg = $(com.vaadin.flow.component.Html.class).from(picture).first().getInnerHtml();
		assertThat(svg).contains("<svg", "密云区", "竹溪县", "<title>").doesNotContain("pair-miyun-zhuxi");
	}

	@Test
	void an_organisations_page_names_its_kind_region_and_partners_in_words() {
		OrganisationPage page = navigate("node/org-baijiazhuang-primary-school", OrganisationPage.class);
		String text = page.getElement().getTextRecursively();
		assertThat(text).contains("北京朝阳区白家庄小学", "学校", "朝阳区", "支援", "淅川县渠首朝阳小学", "手拉手")
			.doesNotContain("hand-in-hand", "school", "jing-yu");
	}

	@Test
	void a_programmes_page_counts_its_pairings_in_words_and_shows_its_targets_progress() {
		ProgrammePage page = navigate("node/jing-e", ProgrammePage.class);
		assertThat($(UnorderedList.class).from(page).id("programme-pairings").getElement().getTextRecursively())
			.contains("县级 · 区县结对")
			.doesNotContain("county", "district-county");
		assertThat($(UnorderedList.class).from(page).id("programme-targets").getElement().getTextRecursively())
			.contains("对口协作资金")
			.doesNotContain(" yi", "percent");
		assertThat($(UnorderedList.class).from(page).id("programme-exchanges").getElement().getTextRecursively())
			.contains("挂职", "人")
			.doesNotContain("secondment", "person");
		assertThat($(UnorderedList.class).from(page).id("programme-transfers").getElement().getTextRecursively())
			.contains("湖北省财政厅", "2.25 亿元", "2021–2025", "每年")
			.doesNotContain("yearly", " yi");
	}

	@Test
	void an_unknown_code_is_told_as_such() {
		RegionPage page = navigate("region/999999", RegionPage.class);
		assertThat(page.getElement().getTextRecursively()).contains("没有代码为 999999 的地区");
	}

}
