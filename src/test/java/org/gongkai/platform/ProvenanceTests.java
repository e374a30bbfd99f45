package org.gongkai.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the build ships about what is inside: the CycloneDX SBOM at {@code /actuator/sbom} (administrators only) and
 * the third-party licences, both generated into the jar's META-INF by the build.
 */
@IntegrationTest
class ProvenanceTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anAdministratorReadsTheSbomOfTheBundledLibraries() throws Exception {
		mvc.perform(get("/actuator/sbom/application")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/sbom/application").with(httpBasic("editor", IntegrationTest.PASSWORD)))
			.andExpect(status().isForbidden());
		// cyclonedx-maven-plugin runs only online: an offline build (./mvnw -o, as on the developers' shared machine)
		// makes no SBOM; CI builds online
		assumeTrue(Files.exists(Path.of("target/classes/META-INF/sbom/application.cdx.json")),
				"no SBOM: this build ran offline");
		mvc.perform(get("/actuator/sbom/application").with(httpBasic("admin", IntegrationTest.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"bomFormat\" : \"CycloneDX\"")))
			.andExpect(content().string(containsString("pkg:maven/io.github.openhtmltopdf/openhtmltopdf-pdfbox@")));
	}

	@Test
	void theThirdPartyLicencesNameTheLgplRendererAndNoUnknownLicence() throws Exception {
		String thirdParty = Files.readString(Path.of("target/classes/META-INF/THIRD-PARTY.txt"));
		assertThat(thirdParty).contains("(GNU Lesser General Public License (LGPL), version 2.1 or later) Openhtmltopdf")
			.doesNotContain("Unknown license")
			.doesNotContain("Broadcom Foundation License");
	}

}
