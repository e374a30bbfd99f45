package org.gongkai.identity;

import java.time.Instant;
import java.util.regex.Pattern;

import org.gongkai.platform.DomainException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A government body that discloses information; agencies form one tree. */
class Agency {

	private static final Pattern CODE = Pattern.compile("[a-z0-9-]{2,40}");

	@Id
	private Long id;

	@Version
	private Integer version;

	private final String code;

	private String name;

	private String creditCode;

	private final AgencyLevel level;

	private final Long parentId;

	private final String path;

	private final Instant createdAt;

	@PersistenceCreator
	Agency(Long id, Integer version, String code, String name, String creditCode, AgencyLevel level, Long parentId,
			String path, Instant createdAt) {
		this.id = id;
		this.version = version;
		this.code = code;
		this.name = name;
		this.creditCode = creditCode;
		this.level = level;
		this.parentId = parentId;
		this.path = path;
		this.createdAt = createdAt;
	}

	/** The root of the tree: the government that runs the platform. */
	static Agency root(String code, String name, String creditCode, AgencyLevel level, Instant now) {
		return new Agency(null, null, requireCode(code), requireName(name), creditCode(creditCode), level, null,
				"/" + code + "/", now);
	}

	/** An agency below this one; a level above the parent's is refused. */
	Agency child(String code, String name, String creditCode, AgencyLevel childLevel, Instant now) {
		AgencyLevel effective = childLevel == null ? AgencyLevel.BUREAU : childLevel;
		if (effective.compareTo(level) < 0) {
			throw DomainException.invalid("level", "identity.agency.levelAboveParent", effective, level);
		}
		return new Agency(null, null, requireCode(code), requireName(name), creditCode(creditCode), effective, id,
				path + code + "/", now);
	}

	private static String requireCode(String code) {
		if (code == null || !CODE.matcher(code).matches()) {
			throw DomainException.invalid("code", "identity.agency.codeFormat");
		}
		return code;
	}

	private static String requireName(String name) {
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			throw DomainException.invalid("name", "identity.agency.nameRequired");
		}
		return name.strip();
	}

	private static String creditCode(String creditCode) {
		return creditCode == null || creditCode.isBlank() ? null
				: UnifiedSocialCreditCode.require("creditCode", creditCode);
	}

	AgencyInfo info(String parentCode) {
		return new AgencyInfo(new AgencyId(id), code, name, creditCode, level, parentCode, path);
	}

	Long id() {
		return id;
	}

	String code() {
		return code;
	}

	String path() {
		return path;
	}

	Long parentId() {
		return parentId;
	}

}
