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
 * 竹溪县's page tells a coordinator, in Chinese words, who it is paired with, under which
 * programme and where that is written, how many of its townships are known to be paired,
 * and what was funded there.
 */
@SpringBootTest
@ExtendWith(SeedGraphPerClass.class)
@ViewPackages(classes = { RegionPage.class, org.pairingatlas.explorer.ExplorerView.class,
		org.pairingatlas.base.ui.MainLayout.class })
class RegionPageIT extends SpringBrowserlessTest {

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
		assertThat(page.getElement().getTextRecursively()).doesNotContain("district-county", "jing-e", "true");
	}

	@Test
	void every_page_carries_the_search_and_a_region_found_opens_its_page_anything_else_the_explorer() {
		RegionPage page = navigate("node/420324", RegionPage.class);
		assertThat($(com.vaadin.flow.component.html.H1.class).from(page).first().getText()).isEqualTo("竹溪县");
		assertThat($(org.pairingatlas.base.ui.component.NodePicker.class).id("header-search").getPlaceholder())
			.contains("搜索");
		navigate("node/proj-fangxian-shagouhe-treatment", org.pairingatlas.explorer.ExplorerView.class);
		assertThat(
				com.vaadin.flow.component.UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
			.containsEntry("show", java.util.List.of("proj-fangxian-shagouhe-treatment"));
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
	}

	@Test
	void an_unknown_code_is_told_as_such() {
		RegionPage page = navigate("region/999999", RegionPage.class);
		assertThat(page.getElement().getTextRecursively()).contains("没有代码为 999999 的地区");
	}

}
