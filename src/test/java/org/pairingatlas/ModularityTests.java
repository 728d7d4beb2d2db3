package org.pairingatlas;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries (docs/architecture.md): each top-level package is a module, no
 * two modules depend on each other in a cycle, the shared base depends on no feature, and
 * every package says what it is for and that it is null-marked.
 */
class ModularityTests {

	private static final JavaClasses APPLICATION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.pairingatlas");

	@Test
	void no_two_modules_depend_on_each_other_in_a_cycle() {
		slices().matching("org.pairingatlas.(*)..").should().beFreeOfCycles().check(APPLICATION);
	}

	@Test
	void the_shared_base_depends_on_no_feature() {
		noClasses().that()
			.resideInAPackage("org.pairingatlas.base..")
			.should()
			.dependOnClassesThat(
					resideInAPackage("org.pairingatlas..").and(not(resideInAPackage("org.pairingatlas.base.."))))
			.check(APPLICATION);
	}

	@Test
	void facts_are_written_only_through_the_fact_writer() {
		noClasses().that()
			.resideOutsideOfPackage("org.pairingatlas.fact..")
			.should()
			.dependOnClassesThat()
			.haveSimpleName("GraphEdits")
			.orShould()
			.dependOnClassesThat()
			.haveSimpleName("WritePermissions")
			.check(APPLICATION);
	}

	@Test
	void every_package_is_null_marked() {
		for (JavaPackage javaPackage : APPLICATION.getPackage("org.pairingatlas").getSubpackagesInTree()) {
			if (!javaPackage.getClasses().isEmpty()) {
				assertThat(javaPackage.isAnnotatedWith(NullMarked.class)).as(javaPackage.getName()).isTrue();
			}
		}
	}

}
