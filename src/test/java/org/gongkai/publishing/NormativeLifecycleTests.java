package org.gongkai.publishing;

import java.time.Duration;
import java.time.LocalDate;

import org.gongkai.IntegrationTest;
import org.gongkai.audit.AuditLog;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** 立、改、废 of a normative document, audited and shown on its published page. */
@IntegrationTest
class NormativeLifecycleTests {

	@Autowired
	DocumentDesk desk;

	@Autowired
	NormativeLedger ledger;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	AuditLog audit;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void amendedAndAbolishedDocumentsSaySoOnTheirPage() throws Exception {
		Staff editor = StaffFixtures.principal(context, "editor").staff();
		Staff reviewer = StaffFixtures.principal(context, "reviewer").staff();
		AgencyInfo bureau = agencies.findByCode("demo-bureau").orElseThrow();
		long id = desk.create(editor, "demo-bureau", new Draft("normative-documents", "示例区某局政务新媒体管理办法",
				"第一条 为加强政务新媒体管理，制定本办法。", null, "政务新媒体", "办法", null, "示例区某规〔2026〕2号",
				LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), Validity.VALID));
		desk.review(editor, id, new DocumentCommand.Submit());
		desk.review(reviewer, id, new DocumentCommand.Publish(null, null));
		NormativeEntry entry = ledger.of(bureau.id())
			.stream()
			.filter(e -> Long.valueOf(id).equals(e.documentId()))
			.findFirst()
			.orElseThrow();
		assertThat(entry.validUntil()).isEqualTo(LocalDate.of(2031, 3, 1));
		String page = "/site/demo-bureau/documents/" + id + ".html";
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> mvc.perform(get(page)).andExpect(content().string(containsString("现行有效"))));

		long amending = ledger.issue(bureau.id(), NormativeKind.NORMATIVE_DOCUMENT, "示例区某局关于修改《示例区某局政务新媒体管理办法》的决定",
				"示例区某规〔2026〕4号", LocalDate.of(2026, 9, 1), null, null, null);
		assertThatThrownBy(() -> ledger.change(reviewer, entry.id(), new NormativeCommand.Amend(LocalDate.of(2026, 9, 1), entry.id())))
			.isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> ledger.change(editor, entry.id(), new NormativeCommand.Amend(LocalDate.of(2026, 9, 1), amending)))
			.as("a reviewer's decision").isInstanceOf(DomainException.class);
		ledger.change(reviewer, entry.id(), new NormativeCommand.Amend(LocalDate.of(2026, 9, 1), amending));
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> mvc.perform(get(page)).andExpect(content().string(containsString("已修改"))));

		ledger.change(reviewer, entry.id(), new NormativeCommand.Abolish(LocalDate.of(2026, 11, 1)));
		assertThatThrownBy(() -> ledger.change(reviewer, entry.id(), new NormativeCommand.Renew(LocalDate.of(2031, 12, 31))))
			.as("an abolished document is not renewed: a refused move, 409")
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> mvc.perform(get(page)).andExpect(content().string(containsString("已废止"))));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(audit.recent(50, Long.MAX_VALUE))
				.filteredOn(record -> record.subject().equals("normative:" + entry.id()))
				.extracting(record -> record.action())
				.contains("NORMATIVE_AMENDED", "NORMATIVE_ABOLISHED"));
	}

	@Test
	void aDocumentWhoseValidityRanOutIsAnnouncedOnce() throws Exception {
		AgencyInfo district = agencies.findByCode("demo-district").orElseThrow();
		long old = ledger.issue(district.id(), NormativeKind.NORMATIVE_DOCUMENT, "示例区人民政府关于某补贴发放的暂行办法",
				"示例区政规〔2022〕5号", LocalDate.of(2022, 5, 1), null, null, null);
		assertThat(ledger.announceExpiries()).as("valid until 2024-04-30, never renewed").isGreaterThanOrEqualTo(1);
		assertThat(ledger.announceExpiries()).as("announced once").isZero();
		assertThat(ledger.of(district.id()).stream().filter(e -> e.id() == old).findFirst().orElseThrow()
			.statusOn(LocalDate.of(2026, 11, 25))).isEqualTo(NormativeEntry.Status.EXPIRED);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(audit.recent(50, Long.MAX_VALUE))
				.anyMatch(record -> record.subject().equals("normative:" + old)
						&& record.action().equals("NORMATIVE_EXPIRED")));
	}

}
