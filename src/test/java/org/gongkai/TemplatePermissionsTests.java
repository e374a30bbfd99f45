package org.gongkai;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages do not decide permissions: every case view passed to a template carries the actions its reader may take
 * ({@code allowedActions}, the transition table's moves that the reader's roles in the case's agency permit); no
 * template tests a role, and no back-office template compares a status string to decide what the user may do. Each
 * rule is shown to fire once.
 */
class TemplatePermissionsTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** A role test, anywhere. */
	static final Pattern ROLE_TEST = Pattern
		.compile("roles\\.contains|hasRole|hasAnyRole|#authorization|sec:authorize");

	/**
	 * A status-string comparison, in the back office where staff act (a public page may word a notice by a status:
	 * it offers no action).
	 */
	static final Pattern STATUS_TEST = Pattern
		.compile("status\\w*(\\(\\))?(\\.name\\(\\))?\\s*(==|!=|\\beq\\b|\\bne\\b)\\s*'"
				+ "|'[A-Z_]+'\\s*(==|!=|\\beq\\b|\\bne\\b)\\s*[\\w.()]*status");

	@Test
	void everyCaseViewCarriesItsAllowedActions() {
		List<String> views = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.gongkai")
			.stream()
			.filter(c -> c.getSimpleName().endsWith("View") && c.isRecord())
			.map(JavaClass::getName)
			.toList();
		assertThat(views).contains("org.gongkai.requests.RequestView", "org.gongkai.publishing.DocumentView",
				"org.gongkai.appeals.AppealView", "org.gongkai.interaction.ConsultationView",
				"org.gongkai.interaction.ProposalView", "org.gongkai.interaction.FindingView");
		assertThat(views).filteredOn(name -> !hasAllowedActions(load(name))).isEmpty();
	}

	@Test
	void theViewRuleFires() {
		record CaseView(long id, String status) {
		}
		assertThat(hasAllowedActions(CaseView.class)).isFalse();
	}

	@Test
	void noTemplateDecidesWhatTheUserMayDo() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String name = TEMPLATES.relativize(file).toString().replace('\\', '/');
				decisions(name, Files.readString(file)).forEach(hit -> found.add(name + ": " + hit));
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void theTemplateRuleFires() {
		assertThat(decisions("portal/x.html", "<form th:if=\"${me.roles.contains('EDITOR')}\">")).hasSize(1);
		assertThat(decisions("admin/x.html", "<form th:if=\"${document.status.name() == 'DRAFT'}\">")).hasSize(1);
		assertThat(decisions("admin/x.html", "<p th:if=\"${'PUBLISHED' != d.status().name()}\">")).hasSize(1);
		assertThat(decisions("admin/x.html", "<div sec:authorize=\"hasRole('ADMIN')\">")).hasSize(2);
		assertThat(decisions("admin/x.html", "<form th:if=\"${document.may('SUBMIT')}\">")).isEmpty();
		assertThat(decisions("error.html", "<h1 th:text=\"${status == 404}\">")).isEmpty();
		assertThat(decisions("portal/x.html", "<p th:if=\"${report.status().name() == 'SUPERSEDED'}\">")).isEmpty();
	}

	private static List<String> decisions(String name, String template) {
		List<String> hits = new ArrayList<>();
		boolean backOffice = name.startsWith("admin/") || name.startsWith("fragments/admin");
		for (Pattern pattern : backOffice ? List.of(ROLE_TEST, STATUS_TEST) : List.of(ROLE_TEST)) {
			Matcher matcher = pattern.matcher(template);
			while (matcher.find()) {
				hits.add(matcher.group());
			}
		}
		return hits;
	}

	private static boolean hasAllowedActions(Class<?> view) {
		return Arrays.stream(view.getRecordComponents())
			.map(RecordComponent::getName)
			.anyMatch("allowedActions"::equals);
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException e) {
			throw new IllegalStateException(e);
		}
	}

}
