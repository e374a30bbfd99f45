package org.gongkai.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The settings an operator gives Gongkai.
 *
 * @param dataDir where everything the application writes lives: database, index, site, files
 * @param demo whether a first start seeds the fictional 示例区 (defaults to true with the embedded database only)
 * @param adminPassword the system administrator's initial password ({@code GONGKAI_ADMIN_PASSWORD}); generated when
 * empty
 * @param securityAdminPassword the security administrator's ({@code GONGKAI_SECADMIN_PASSWORD}); generated when empty
 * @param auditorPassword the security auditor's ({@code GONGKAI_AUDITOR_PASSWORD}); generated when empty
 * @param siteDir where the published site's generations live; defaults to {@code site/} in the data directory.
 * Several nodes point it at one shared directory (docs/adr/0002-several-nodes.md)
 * @param filesDir where attachments and letters live; defaults to {@code files/} in the data directory. Several
 * nodes point it at one shared directory
 */
@ConfigurationProperties("gongkai")
public record GongkaiProperties(Path dataDir, Boolean demo, String adminPassword, String securityAdminPassword,
		String auditorPassword, Path siteDir, Path filesDir) {

	@ConstructorBinding
	public GongkaiProperties {
		dataDir = dataDir == null ? Path.of("data") : dataDir;
	}

	public GongkaiProperties(Path dataDir, Boolean demo, String adminPassword) {
		this(dataDir, demo, adminPassword, null, null, null, null);
	}

	/** The directory of the published site. */
	public Path site() {
		return siteDir == null ? resolve("site") : siteDir.toAbsolutePath();
	}

	/** The directory of attachments and letters. */
	public Path files() {
		return filesDir == null ? resolve("files") : filesDir.toAbsolutePath();
	}

	/** A directory below the data directory. */
	public Path resolve(String child) {
		return dataDir.resolve(child).toAbsolutePath();
	}

}
