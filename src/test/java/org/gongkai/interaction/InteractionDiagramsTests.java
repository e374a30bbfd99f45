package org.gongkai.interaction;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README draws the transition tables of consultations, proposals and findings as the code declares them. */
class InteractionDiagramsTests {

	@Test
	void theReadmesDiagramsAreTheTables() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		assertThat(readme).contains(Consultation.TABLE.mermaid())
			.contains(Proposal.TABLE.mermaid())
			.contains(Finding.TABLE.mermaid());
	}

}
