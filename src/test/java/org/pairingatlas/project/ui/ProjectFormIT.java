package org.pairingatlas.project.ui;

import java.math.BigDecimal;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pairingatlas.SeedGraphPerClass;
import org.pairingatlas.Neo4jTestSupport;
import org.pairingatlas.SignedIn;
import org.pairingatlas.project.Project;
import org.pairingatlas.project.Projects;
import org.pairingatlas.base.ui.component.NodePicker;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator records a project in the explorer with amounts in 万元, as the documents
 * give them; the graph keeps exact yuan.
 */
@SpringBootTest
@ExtendWith(SeedGraphPerClass.class)
@ViewPackages(classes = ProjectsView.class)
class ProjectFormIT extends SpringBrowserlessTest {

	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		Neo4jTestSupport.register(registry);
	}

	@Autowired
	Projects projects;

	@BeforeEach
	void signIn() {
		SignedIn.asCoordinator(Neo4jTestSupport.COORDINATOR);
	}

	@AfterEach
	void signOut() {
		SignedIn.signOut();
	}

	@Test
	@SuppressWarnings("unchecked")
	void amounts_entered_in_wan_are_stored_as_yuan() {
		ProjectsView view = navigate(ProjectsView.class);
		test($(Button.class).from(view).id("projects-record")).click();
		ProjectForm form = $(ProjectForm.class).single();
		test($(TextField.class).from(form).id("project-name")).setValue("五峰茶叶加工示范项目（表单测试）");
		((Select<String>) $(Select.class).from(form).id("project-programme")).setValue("hubei-shanchuan");
		$(NodePicker.class).from(form).id("project-region").select("420529");
		$(BigDecimalField.class).from(form).id("project-central").setValue(new BigDecimal("120.5"));
		$(BigDecimalField.class).from(form).id("project-local").setValue(new BigDecimal("30"));
		$(BigDecimalField.class).from(form).id("project-other").setValue(new BigDecimal("0"));
		$(BigDecimalField.class).from(form).id("project-total").setValue(new BigDecimal("150.5"));
		$(NodePicker.class).from(form).id("project-document").select("D003");
		test($(TextArea.class).from(form).id("project-excerpt")).setValue("湖北省山川协作工程试点期为2021—2025年");
		test($(Button.class).from(form).id("form-save")).click();
		assertThat(form.isOpened()).as("saved").isFalse();
		String saved = $(Notification.class).last().getElement().getProperty("text", "");
		String key = saved.substring(saved.lastIndexOf('：') + 1).strip();
		Project project = this.projects.byKey(key).orElseThrow();
		assertThat(project.totalInvestment()).isEqualByComparingTo("1505000");
		assertThat(project.centralInvestment()).isEqualByComparingTo("1205000");
	}

}
