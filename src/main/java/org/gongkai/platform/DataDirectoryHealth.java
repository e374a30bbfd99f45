package org.gongkai.platform;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The health component {@code disk}: the free space of the file system that holds {@code ${gongkai.data-dir}} (the
 * embedded database, the search index, the site generations and the attachments all grow there). DOWN below
 * {@code gongkai.health.min-free-space} or when the directory cannot be written, so that a load balancer takes the
 * node out before a full disk corrupts a write.
 */
@Component("diskHealthIndicator")
class DataDirectoryHealth implements HealthIndicator {

	private final Path directory;

	private final DataSize threshold;

	@Autowired
	DataDirectoryHealth(GongkaiProperties properties,
			@Value("${gongkai.health.min-free-space:1GB}") DataSize threshold) {
		this(properties.resolve(""), threshold);
	}

	DataDirectoryHealth(Path directory, DataSize threshold) {
		this.directory = directory.toAbsolutePath().normalize();
		this.threshold = threshold;
	}

	@Override
	public Health health() {
		Health.Builder health = Health.unknown()
			.withDetail("path", directory.toString())
			.withDetail("threshold", threshold.toBytes());
		try {
			FileStore store = Files.getFileStore(directory);
			long free = store.getUsableSpace();
			health.withDetail("free", free).withDetail("total", store.getTotalSpace());
			if (!Files.isWritable(directory)) {
				return health.down().withDetail("error", "the data directory is not writable").build();
			}
			return (free >= threshold.toBytes() ? health.up() : health.down()).build();
		}
		catch (IOException e) {
			return health.down(e).build();
		}
	}

}
