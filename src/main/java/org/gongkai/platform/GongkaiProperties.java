package org.gongkai.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings an operator gives Gongkai.
 *
 * @param dataDir where everything the application writes lives: database, index, site, files
 * @param demo whether a first start seeds the fictional 示例区 (defaults to true with the embedded database only)
 * @param adminPassword the first administrator's password ({@code GONGKAI_ADMIN_PASSWORD}); generated when empty
 */
@ConfigurationProperties("gongkai")
public record GongkaiProperties(Path dataDir, Boolean demo, String adminPassword) {

	public GongkaiProperties {
		dataDir = dataDir == null ? Path.of("data") : dataDir;
	}

	/** A directory below the data directory. */
	public Path resolve(String child) {
		return dataDir.resolve(child).toAbsolutePath();
	}

}
