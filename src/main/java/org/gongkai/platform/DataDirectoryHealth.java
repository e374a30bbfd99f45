package org.gongkai.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The health component {@code disk}: the free space of the file system that holds {@code ${gongkai.data-dir}} (the
 * embedded database and the search index grow there) and, when they lie elsewhere (a directory several nodes share),
 * of {@code gongkai.site-dir} and {@code gongkai.files-dir} (the site generations and the attachments). DOWN when one
 * of them is below {@code gongkai.health.min-free-space} or cannot be written, so that a load balancer takes the node
 * out before a full disk corrupts a write.
 */
@Component("diskHealthIndicator")
class DataDirectoryHealth implements HealthIndicator {

	private final Path directory;

	private final Map<String, Path> elsewhere;

	private final DataSize threshold;

	@Autowired
	DataDirectoryHealth(GongkaiProperties properties,
			@Value("${gongkai.health.min-free-space:1GB}") DataSize threshold) {
		this(properties.resolve(""), Map.of("site", properties.site(), "files", properties.files()), threshold);
	}

	DataDirectoryHealth(Path directory, DataSize threshold) {
		this(directory, Map.of(), threshold);
	}

	DataDirectoryHealth(Path directory, Map<String, Path> others, DataSize threshold) {
		this.directory = directory.toAbsolutePath().normalize();
		this.elsewhere = new LinkedHashMap<>();
		others.forEach((name, path) -> {
			Path normalized = path.toAbsolutePath().normalize();
			if (!normalized.startsWith(this.directory)) {
				elsewhere.put(name, normalized);
			}
		});
		this.threshold = threshold;
	}

	@Override
	public Health health() {
		Health.Builder health = Health.unknown().withDetail("threshold", threshold.toBytes());
		Map<String, Object> details = new LinkedHashMap<>();
		boolean up = check(directory, details);
		details.forEach(health::withDetail);
		for (Map.Entry<String, Path> other : elsewhere.entrySet()) {
			Map<String, Object> otherDetails = new LinkedHashMap<>();
			up &= check(other.getValue(), otherDetails);
			health.withDetail(other.getKey(), otherDetails);
		}
		return (up ? health.up() : health.down()).build();
	}

	/** Whether the directory is writable with enough space; its path, space and any error go into the details. */
	private boolean check(Path folder, Map<String, Object> details) {
		details.put("path", folder.toString());
		try {
			java.nio.file.FileStore store = Files.getFileStore(folder);
			long free = store.getUsableSpace();
			details.put("free", free);
			details.put("total", store.getTotalSpace());
			if (!Files.isWritable(folder)) {
				details.put("error", "the directory is not writable");
				return false;
			}
			return free >= threshold.toBytes();
		}
		catch (IOException e) {
			details.put("error", e.getClass().getName() + ": " + e.getMessage());
			return false;
		}
	}

}
