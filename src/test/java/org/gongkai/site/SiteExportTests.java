package org.gongkai.site;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gongkai.IntegrationTest;
import org.gongkai.platform.GongkaiProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code export-site} copies the live generation for nginx, checked file by file against the manifest. */
@IntegrationTest
class SiteExportTests {

	@Autowired
	Site site;

	@Autowired
	GongkaiProperties properties;

	@TempDir
	Path nginxRoot;

	@Test
	void theLiveGenerationIsExportedBehindASwitchableLink() throws Exception {
		site.render("demo-hrss");
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		int exit = SiteExport.run(new String[] { "export-site", "--to", nginxRoot.toString(),
				"--gongkai.data-dir=" + properties.dataDir() }, new PrintStream(printed, true, StandardCharsets.UTF_8));

		assertThat(exit).as(printed.toString(StandardCharsets.UTF_8)).isZero();
		Path current = nginxRoot.resolve("current");
		assertThat(Files.isSymbolicLink(current)).isTrue();
		Path live = site.file("demo-hrss/index.html").orElseThrow();
		assertThat(Files.readString(current.resolve("demo-hrss/index.html"))).isEqualTo(Files.readString(live));
		assertThat(Files.isSameFile(live, current.resolve("demo-hrss/index.html"))).as("a copy, not a link").isFalse();
		assertThat(current.resolve("sitemap.xml")).exists();
		// the manifest, and with gongkai.crypto=sm its SM2 signature, exported with the files they cover
		boolean signed = Files.exists(site.liveGeneration().orElseThrow().resolve(Manifest.SIGNATURE));
		assertThat(current.resolve(Manifest.SIGNATURE).toFile().exists()).isEqualTo(signed);
		assertThat(site.verify().files()).isEqualTo(countFiles(current) - (signed ? 2 : 1));
	}

	@Test
	void aTamperedSiteIsNotExported() throws Exception {
		site.render("demo-market");
		Path file = site.file("demo-market/index.html").orElseThrow();
		String original = Files.readString(file);
		Files.writeString(file, original.replace("</body>", "<iframe src=\"http://bad.example\"></iframe></body>"));
		try {
			ByteArrayOutputStream printed = new ByteArrayOutputStream();
			int exit = SiteExport.run(new String[] { "export-site", "--to=" + nginxRoot,
					"--gongkai.data-dir=" + properties.dataDir() }, new PrintStream(printed, true, StandardCharsets.UTF_8));
			assertThat(exit).isEqualTo(1);
			assertThat(printed.toString(StandardCharsets.UTF_8)).contains("demo-market/index.html");
			assertThat(nginxRoot.resolve("current")).doesNotExist();
		}
		finally {
			Files.writeString(file, original);
		}
	}

	@Test
	void withoutATargetTheUsageIsPrinted() {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		assertThat(SiteExport.run(new String[] { "export-site" }, new PrintStream(printed, true, StandardCharsets.UTF_8)))
			.isEqualTo(2);
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("--to DIR");
	}

	private static long countFiles(Path folder) throws Exception {
		try (var files = Files.walk(folder.toRealPath())) {
			return files.filter(Files::isRegularFile).count();
		}
	}

}
