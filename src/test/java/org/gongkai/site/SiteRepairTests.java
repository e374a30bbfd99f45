package org.gongkai.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A page changed in place on disk is put right by the integrity check: its agency is rendered again from the
 * database, and the older generation kept for a rollback, which shared the changed file through a hard link, is
 * repaired too (or dropped), so neither serving nor a rollback brings the tampered page back.
 */
@IntegrationTest
class SiteRepairTests {

	private static final String MARK = "<script>alert('篡改')</script>";

	@Autowired
	Site site;

	@Autowired
	IntegrityWatch watch;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTamperedPageIsRenderedAgainAndTheRollbackCopiesAreVerified() throws Exception {
		site.render("demo-education");
		Path older = site.liveGeneration().orElseThrow();
		site.render("demo-education", Set.of());
		Path tampered = site.liveGeneration().orElseThrow();
		assertThat(tampered).isNotEqualTo(older);
		String path = shared(older, tampered);

		Path file = tampered.resolve(path);
		Files.writeString(file, Files.readString(file).replace("</main>", MARK + "</main>"));
		assertThat(Files.readString(older.resolve(path))).as("the hard link carries the change back").contains(MARK);
		assertThat(site.verify().mismatches()).contains(path);

		watch.check();

		Path now = site.liveGeneration().orElseThrow();
		assertThat(now).isNotEqualTo(tampered);
		assertThat(site.verify().mismatches()).isEmpty();
		assertThat(Files.readString(now.resolve(path))).doesNotContain(MARK);
		for (Path kept : new Path[] { older, tampered }) {
			if (Files.exists(kept)) {
				Properties manifest = Manifest.read(kept);
				assertThat(Manifest.hashesOnDisk(kept)).as(kept.getFileName().toString())
					.allSatisfy((p, hash) -> assertThat(hash).as(p).isEqualTo(manifest.getProperty(p)));
				assertThat(Files.readString(kept.resolve(path))).doesNotContain(MARK);
			}
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from audit_entry where action = 'SITE_REPAIRED'")
				.query(Long.class)
				.single() > 0);
	}

	/** A page of the agency that both generations hold as one file (a hard link). */
	private static String shared(Path older, Path newer) throws Exception {
		Path agency = newer.resolve("demo-education");
		try (Stream<Path> files = Files.walk(agency.toRealPath())) {
			Path real = agency.toRealPath();
			for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".html")).toList()) {
				String relative = "demo-education/" + real.relativize(file).toString().replace('\\', '/');
				Path before = older.resolve(relative);
				if (Files.exists(before) && Files.isSameFile(before, newer.resolve(relative))
						&& Files.readString(file).contains("</main>")) {
					return relative;
				}
			}
		}
		throw new AssertionError("no page is shared between " + older + " and " + newer);
	}

}
