package org.gongkai.identity;

import java.util.Set;

import org.gongkai.platform.ClusterLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a first start, creates the root agency (from {@code gongkai.root-agency.*}) unless first-start seeding created
 * one, and the three separated administrators of the root (三员分立, issue 19), each with its own
 * {@link InitialPassword}: {@code admin} (ADMIN, the system administrator), {@code secadmin} (SECURITY_ADMIN) and
 * {@code auditor} (AUDITOR). An installation from before issue 19 gets the two it lacks at its next start. A generated
 * password must be changed at the account's first login. Holds the cluster lock
 * {@code first-start}, like the demo seeding, so that nodes starting at once on an empty database create them once.
 */
@Component
@Order(AdministratorBootstrap.ORDER)
class AdministratorBootstrap implements ApplicationRunner {

	/** Runs after the demo seeding, which may create the root itself. */
	static final int ORDER = 100;

	private final AgencyAdministration agencies;

	private final StaffAccounts accounts;

	private final InitialPassword password;

	private final String rootCode;

	private final String rootName;

	private final ClusterLock lock;

	AdministratorBootstrap(AgencyAdministration agencies, StaffAccounts accounts, InitialPassword password,
			@Value("${gongkai.root-agency.code:root}") String rootCode,
			@Value("${gongkai.root-agency.name:本级人民政府}") String rootName, ClusterLock lock) {
		this.lock = lock;
		this.agencies = agencies;
		this.accounts = accounts;
		this.password = password;
		this.rootCode = rootCode;
		this.rootName = rootName;
	}

	@Override
	public void run(ApplicationArguments args) {
		lock.holding("first-start", () -> {
			AgencyInfo root = agencies.ensureRoot(rootCode, rootName, null, AgencyLevel.DISTRICT);
			open("admin", "系统管理员", Role.ADMIN, root);
			open("secadmin", "安全管理员", Role.SECURITY_ADMIN, root);
			open("auditor", "安全审计员", Role.AUDITOR, root);
			return null;
		});
	}

	private void open(String username, String name, Role role, AgencyInfo root) {
		if (!accounts.exists(username)) {
			InitialPassword.Initial initial = password.of(username);
			accounts.ensure(new NewStaffAccount(username, name, initial.password(), root.code(), Set.of(role)),
					initial.generated());
		}
	}

}
