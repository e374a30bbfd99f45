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
 * one, and the user {@code admin}, ADMIN of the root, with the {@link InitialPassword}. Holds the cluster lock
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
			if (!accounts.exists("admin")) {
				accounts.ensure(
						new NewStaffAccount("admin", "系统管理员", password.value(), root.code(), Set.of(Role.ADMIN)));
			}
			return null;
		});
	}

}
