package org.gongkai;

import java.nio.file.Files;
import java.nio.file.Path;

import org.gongkai.annualreport.ReportTransitions;
import org.gongkai.appeals.AppealTransitions;
import org.gongkai.publishing.DocumentTransitions;
import org.gongkai.publishing.NormativeTransitions;
import org.gongkai.requests.Transitions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README tells the truth about the code it describes. */
class ReadmeTests {

	@Test
	void theTransitionDiagramIsTheTable() throws Exception {
		assertThat(Files.readString(Path.of("README.md"))).contains(Transitions.mermaid());
	}

	@Test
	void theDocumentReviewDiagramIsItsTable() throws Exception {
		assertThat(Files.readString(Path.of("README.md"))).contains(DocumentTransitions.mermaid());
	}

	@Test
	void theNormativeLedgerDiagramIsItsTable() throws Exception {
		assertThat(Files.readString(Path.of("README.md"))).contains(NormativeTransitions.mermaid());
	}

	@Test
	void theAppealDiagramIsItsTable() throws Exception {
		assertThat(Files.readString(Path.of("README.md"))).contains(AppealTransitions.mermaid());
	}

	@Test
	void theAnnualReportDiagramIsItsTable() throws Exception {
		assertThat(Files.readString(Path.of("README.md"))).contains(ReportTransitions.mermaid());
	}

	@Test
	void startsWithTheTwoCommands() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		assertThat(readme.substring(0, 400)).contains("./mvnw spring-boot:run", "./mvnw verify");
	}

}
