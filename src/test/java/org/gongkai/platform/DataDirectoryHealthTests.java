package org.gongkai.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** The health component {@code disk}: free space of the data directory against the threshold. */
class DataDirectoryHealthTests {

	@TempDir
	Path dataDir;

	@TempDir
	Path sharedDir;

	@Test
	void isUpWithTheFiguresWhenEnoughSpaceIsFree() {
		Health health = new DataDirectoryHealth(dataDir, DataSize.ofBytes(1)).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("path", dataDir.toAbsolutePath().normalize().toString())
			.containsEntry("threshold", 1L);
		assertThat((Long) health.getDetails().get("free")).isPositive();
		assertThat((Long) health.getDetails().get("total")).isGreaterThanOrEqualTo((Long) health.getDetails().get("free"));
	}

	@Test
	void isDownBelowTheThreshold() throws Exception {
		long free = Files.getFileStore(dataDir).getUsableSpace();
		Health health = new DataDirectoryHealth(dataDir, DataSize.ofBytes(free + DataSize.ofGigabytes(1).toBytes()))
			.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsKeys("free", "threshold", "path");
	}

	@Test
	void isDownWhenTheDirectoryIsMissing() {
		Health health = new DataDirectoryHealth(dataDir.resolve("gone"), DataSize.ofBytes(1)).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsKey("error");
	}

	@Test
	void checksASharedSiteDirectoryElsewhereToo() {
		Path shared = sharedDir;
		Health health = new DataDirectoryHealth(dataDir,
				java.util.Map.of("site", shared, "files", dataDir.resolve("files")), DataSize.ofBytes(1))
			.health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsKey("site").doesNotContainKey("files");

		Health gone = new DataDirectoryHealth(dataDir, java.util.Map.of("site", shared.resolve("gone")),
				DataSize.ofBytes(1))
			.health();
		assertThat(gone.getStatus()).isEqualTo(Status.DOWN);
		assertThat(gone.getDetails().get("site").toString()).contains("error");
	}

}
