package org.gongkai.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyLevel;
import org.gongkai.identity.InitialPassword;
import org.gongkai.identity.NewAgency;
import org.gongkai.identity.NewStaffAccount;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffAccounts;
import org.gongkai.identity.UnifiedSocialCreditCode;
import org.gongkai.platform.ClusterLock;
import org.gongkai.platform.GongkaiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A first start in demo mode seeds the fictional 示例区人民政府 ({@code demo-district}) with its bureaus and a staff
 * member for every role. Demo mode is on by default with the embedded database, off with an external one, and
 * {@code gongkai.demo} decides either way. Nothing is seeded into a database that already has agencies.
 */
@Component
@Order(50)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final String DISTRICT = "demo-district";

	static final String BUREAU = "demo-bureau";

	/** The demo's bureaus: code, name, the serial of their (fictional) organisation code. */
	private static final List<String[]> BUREAUS = List.of(new String[] { BUREAU, "示例区某局", "01" },
			new String[] { "demo-finance", "示例区财政局", "02" }, new String[] { "demo-education", "示例区教育局", "03" },
			new String[] { "demo-hrss", "示例区人力资源和社会保障局", "04" },
			new String[] { "demo-market", "示例区市场监督管理局", "05" });

	private final AgencyAdministration agencies;

	private final AgencyDirectory directory;

	private final StaffAccounts accounts;

	private final InitialPassword password;

	private final DemoRequests requests;

	private final DemoPublications publications;

	private final DemoInteraction interaction;

	private final DemoServiceItems serviceItems;

	private final DemoAnnualReports reports;

	private final DemoChannels channels;

	private final boolean enabled;

	private final ClusterLock lock;

	DemoData(AgencyAdministration agencies, AgencyDirectory directory, StaffAccounts accounts,
			InitialPassword password, DemoRequests requests, DemoPublications publications,
			DemoInteraction interaction, DemoServiceItems serviceItems, DemoAnnualReports reports,
			DemoChannels channels, GongkaiProperties properties, Environment environment, ClusterLock lock) {
		this.channels = channels;
		this.lock = lock;
		this.interaction = interaction;
		this.serviceItems = serviceItems;
		this.reports = reports;
		this.requests = requests;
		this.publications = publications;
		this.agencies = agencies;
		this.directory = directory;
		this.accounts = accounts;
		this.password = password;
		this.enabled = properties.demo() != null ? properties.demo()
				: environment.getProperty("spring.datasource.url", "").isBlank();
	}

	/** Several nodes starting at once on an empty database: the first seeds, the others then find agencies. */
	@Override
	public void run(ApplicationArguments args) {
		lock.holding("first-start", () -> {
			seed();
			return null;
		});
	}

	private void seed() {
		if (!enabled || !directory.all().isEmpty()) {
			return;
		}
		agencies.ensureRoot(DISTRICT, "示例区人民政府", creditCode("11429900", "MB0000000"), AgencyLevel.DISTRICT);
		for (String[] bureau : BUREAUS) {
			agencies.ensureChild(DISTRICT, new NewAgency(bureau[0], bureau[1], DISTRICT,
					creditCode("11429900", "MB00001" + bureau[2]), AgencyLevel.BUREAU));
		}
		String secret = password.value();
		staff("editor", "张编辑", BUREAU, EnumSet.of(Role.EDITOR), secret);
		staff("reviewer", "李审核", BUREAU, EnumSet.of(Role.REVIEWER), secret);
		staff("officer", "王专员", BUREAU, EnumSet.of(Role.OFFICER), secret);
		staff("leader", "赵主任", BUREAU, EnumSet.of(Role.LEADER, Role.REVIEWER), secret);
		staff("supervisor", "陈督查", DISTRICT, EnumSet.of(Role.SUPERVISOR), secret);
		staff("finance-editor", "刘编辑", "demo-finance", EnumSet.of(Role.EDITOR, Role.OFFICER), secret);
		channels.seed();
		publications.seed();
		serviceItems.seed();
		requests.seed();
		interaction.seed();
		reports.seed();
		log.info("Demo data seeded: 示例区人民政府 with {} bureaus; staff editor, reviewer, officer, leader, "
				+ "supervisor, finance-editor share the initial password of admin",
				BUREAUS.size());
	}

	private void staff(String username, String name, String agency, Set<Role> roles, String secret) {
		accounts.ensure(new NewStaffAccount(username, name, secret, agency, roles), password.generated());
	}

	/** A fictional but well-formed 统一社会信用代码: 11 (机关), region 429900, organisation code, check character. */
	static String creditCode(String prefix, String organisation) {
		String first17 = prefix.substring(0, 2) + prefix.substring(2, 8) + organisation;
		return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
	}

}
