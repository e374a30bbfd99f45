package org.gongkai.identity;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

import org.gongkai.platform.GongkaiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The initial passwords of the three separated administrators (三员分立) and, in the demo, of the demo staff. Each
 * administrator gets the password the operator set for that account ({@code GONGKAI_ADMIN_PASSWORD},
 * {@code GONGKAI_SECADMIN_PASSWORD}, {@code GONGKAI_AUDITOR_PASSWORD}) or, when it is not set, one generated for that
 * account alone and printed once in the log, which must be changed at the first login. So setting only the system
 * administrator's password leaves the security administrator and the auditor with passwords of their own that they
 * must replace, and no two of them share one unless the operator sets them so. The demo staff share admin's. There is
 * no default password.
 */
@Component
public class InitialPassword {

	/** One account's initial password; {@code generated}: printed in the log, to be changed at the first login. */
	public record Initial(String password, boolean generated) {
	}

	private static final Logger log = LoggerFactory.getLogger(InitialPassword.class);

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final Map<String, String> TITLES = Map.of("admin", "系统管理员 / system administrator", "secadmin",
			"安全管理员 / security administrator", "auditor", "安全审计员 / security auditor");

	private final Map<String, String> configured = new HashMap<>();

	private final Map<String, String> generated = new HashMap<>();

	private final SecureRandom random = new SecureRandom();

	InitialPassword(GongkaiProperties properties) {
		configure("admin", properties.adminPassword());
		configure("secadmin", properties.securityAdminPassword());
		configure("auditor", properties.auditorPassword());
	}

	private void configure(String account, String password) {
		if (password != null && !password.isBlank()) {
			configured.put(account, password);
		}
	}

	/** The initial password of {@code admin}, {@code secadmin} or {@code auditor}; generating one logs it, once. */
	public synchronized Initial of(String account) {
		if (!TITLES.containsKey(account)) {
			throw new IllegalArgumentException("not a separated administrator: " + account);
		}
		String chosen = configured.get(account);
		if (chosen != null) {
			return new Initial(chosen, false);
		}
		return new Initial(generated.computeIfAbsent(account, this::generate), true);
	}

	/** The system administrator's initial password, which the demo staff share. */
	public String value() {
		return of("admin").password();
	}

	/** Whether the system administrator's password is generated: the demo staff must then change theirs too. */
	public boolean generated() {
		return of("admin").generated();
	}

	private String generate(String account) {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 14; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		String value = password.append(random.nextInt(10)).toString();
		log.warn("""

				==================================================================
				 首次启动：{}（{}）的初始密码，仅显示这一次 /
				 First start: the initial password of '{}', shown only once:

				     {}

				 首次登录时须修改。It must be changed at the first login.
				 Set {} to choose it yourself.
				==================================================================""", account, TITLES.get(account),
				account, value, "GONGKAI_" + account.toUpperCase() + "_PASSWORD");
		return value;
	}

}
