package org.gongkai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two rules of style.md, each checked on the application and shown to fire on a fixture that breaks it (a rule
 * that never fires protects nothing).
 */
class ArchitectureTests {

	/** Time enters as an argument from the injected Clock; a bare now() hides it. */
	static final ArchRule NO_HIDDEN_TIME = noClasses().should()
		.callMethod(LocalDate.class, "now")
		.orShould()
		.callMethod(LocalDateTime.class, "now")
		.orShould()
		.callMethod(Instant.class, "now")
		.orShould()
		.callMethod(ZonedDateTime.class, "now")
		.orShould()
		.callMethod(OffsetDateTime.class, "now")
		.because("time enters as an argument from the injected java.time.Clock (style.md §1.2)");

	/** Web types stay in the web packages, so that domain code can be used and tested without a servlet. */
	static final ArchRule NO_WEB_OUTSIDE_WEB = noClasses().that()
		.resideOutsideOfPackage("..web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.web..", "org.springframework.http..", "jakarta.servlet..")
		.because("controllers, forms and HTTP mapping live in each module's web package (style.md §1.4)");

	private static final JavaClasses APPLICATION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.gongkai");

	private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("archfixture");

	@Test
	void applicationTakesTimeFromTheClock() {
		NO_HIDDEN_TIME.check(APPLICATION);
	}

	@Test
	void ruleAgainstHiddenTimeFires() {
		assertThatThrownBy(() -> NO_HIDDEN_TIME.check(FIXTURES)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("HiddenTime")
			.hasMessageContaining("LocalDate.now()");
	}

	@Test
	void applicationKeepsWebTypesInWebPackages() {
		NO_WEB_OUTSIDE_WEB.check(APPLICATION);
	}

	@Test
	void ruleAgainstWebTypesOutsideWebFires() {
		assertThatThrownBy(() -> NO_WEB_OUTSIDE_WEB.check(FIXTURES)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("WebInDomain")
			.hasMessageContaining("HttpStatus");
	}

}
