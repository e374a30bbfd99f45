package org.gongkai.identity;

import java.security.SecureRandom;

import org.gongkai.platform.GongkaiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The password of the first administrator (and, in the demo, of the demo staff): {@code GONGKAI_ADMIN_PASSWORD} when
 * set, otherwise generated once and printed once in the log. There is no default password.
 */
@Component
public class InitialPassword {

	private static final Logger log = LoggerFactory.getLogger(InitialPassword.class);

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final String configured;

	private String generated;

	InitialPassword(GongkaiProperties properties) {
		this.configured = properties.adminPassword() == null || properties.adminPassword().isBlank() ? null
				: properties.adminPassword();
	}

	/**
	 * Whether the password is generated here (and printed in the log) rather than chosen by the operator: the accounts
	 * that get it must then change it at their first login.
	 */
	public boolean generated() {
		return configured == null;
	}

	/** The password to give accounts opened on a first start; generating it logs it, once. */
	public synchronized String value() {
		if (configured != null) {
			return configured;
		}
		if (generated == null) {
			SecureRandom random = new SecureRandom();
			StringBuilder password = new StringBuilder();
			for (int i = 0; i < 14; i++) {
				password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			generated = password.append(random.nextInt(10)).toString();
			log.warn("""

					==================================================================
					 首次启动：admin（系统管理员）、secadmin（安全管理员）、auditor（安全
					 审计员）的初始密码（仅显示这一次）/ First start: the initial
					 password of 'admin', 'secadmin' and 'auditor' (shown only once):

					     {}

					 首次登录时须修改。Each must change it at the first login.
					 Set GONGKAI_ADMIN_PASSWORD to choose it yourself.
					==================================================================""", generated);
		}
		return generated;
	}

}
