package org.gongkai.publishing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.NewAgency;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.Beijing;
import org.gongkai.platform.DomainException;
import org.gongkai.publishing.PublicationCandidate.Action;
import org.gongkai.publishing.PublicationCandidate.Status;
import org.gongkai.requests.Applicant;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.Application;
import org.gongkai.requests.Channel;
import org.gongkai.requests.DeliveryMethod;
import org.gongkai.requests.LegalBasis;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.RepeatedRequests;
import org.gongkai.requests.RequestCommand;
import org.gongkai.requests.SentEarlier;
import org.gongkai.requests.RequestHandling;
import org.gongkai.requests.RequestIntake;
import org.gongkai.requests.RequestQueries;
import org.gongkai.requests.Submitted;
import org.gongkai.requests.WithheldPart;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * OGI art. 44 end to end on the real workflow: three applicants are given the same tender documents, an unrelated
 * budget request is given once and then suggested for publication by its applicant, a withheld request about the same
 * tender does not count; the editor drafts one and declines the other with a reason, each decision once.
 */
@IntegrationTest
class PublicationCandidatesTests {

	@Autowired
	PublicationCandidates candidates;

	@Autowired
	RepeatedRequests repeated;

	@Autowired
	RequestIntake intake;

	@Autowired
	RequestHandling handling;

	@Autowired
	RequestQueries queries;

	@Autowired
	DocumentQueries documents;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	PublishingStatistics statistics;

	@Autowired
	ApplicationContext context;

	@Test
	void repeatedDisclosuresAreDraftedOrDeclinedOnce() {
		AgencyInfo agency = agencies.ensureChild("demo-district",
				new NewAgency("demo-art44", "示例区条例第四十四条测试局", null, null, null));
		Staff officer = staff(agency, "art44-officer", Role.OFFICER);
		Staff editor = staff(agency, "art44-editor", Role.EDITOR);
		LocalDate today = LocalDate.now(clock);

		long first = disclosed(officer, agency, "示例区2025年度城市道路维修工程的招标文件和中标结果", today.minusDays(60),
				Outcome.DISCLOSED);
		long second = disclosed(officer, agency, "2025年度城市道路维修工程招标文件及中标结果", today.minusDays(40),
				Outcome.PARTIALLY_DISCLOSED);
		long third = disclosed(officer, agency, "请公开2025年度城市道路维修工程中标结果和招标文件", today.minusDays(30),
				Outcome.DISCLOSED);
		disclosed(officer, agency, "2025年度城市道路维修工程招标文件和中标结果", today.minusDays(30),
				Outcome.WITHHELD_PROCESS_INFORMATION);
		Submitted budget = intake.submitOnline(agency.code(), new Application(ApplicantType.NATURAL_PERSON, "张三",
				Applicant.IdType.RESIDENT_ID_CARD, "11010519491231002X", "13800138000", "zhangsan@example.com",
				"示例区人民路1号", null, null, "示例区某局2025年部门预算", null, DeliveryMethod.EMAIL, false), List.of());

		List<PublicationCandidate> listed = candidates.list(editor);
		assertThat(listed).hasSize(1);
		PublicationCandidate tender = listed.get(0);
		assertThat(tender.anchorId()).isEqualTo(first);
		assertThat(tender.applications()).extracting(RepeatedRequests.Disclosed::id)
			.containsExactly(first, second, third);
		assertThat(tender.status()).isEqualTo(Status.OPEN);
		assertThat(tender.allowedActions()).containsExactly(Action.ACCEPT, Action.DECLINE);
		assertThat(candidates.list(officer)).singleElement()
			.satisfies(seen -> assertThat(seen.allowedActions()).as("an officer sees, the editor decides").isEmpty());

		int year = LocalDate.now(clock.withZone(Beijing.ZONE)).getYear();
		assertThat(statistics.publishedFromApplications(agency.id(), year)).isZero();
		long draft = candidates.accept(editor, first);
		assertThat(statistics.publishedFromApplications(agency.id(), year)).as("for the report's narrative").isOne();
		DocumentView written = documents.find(editor, draft);
		assertThat(written.status()).isEqualTo(DocumentStatus.DRAFT);
		assertThat(written.disclosureMethod()).isEqualTo(DisclosureMethod.ON_APPLICATION);
		assertThat(written.bodyHtml()).contains("第四十四条").contains("3件");
		assertThat(candidates.list(editor)).singleElement().satisfies(decided -> {
			assertThat(decided.status()).isEqualTo(Status.ACCEPTED);
			assertThat(decided.documentId()).isEqualTo(draft);
			assertThat(decided.allowedActions()).isEmpty();
		});
		assertThatThrownBy(() -> candidates.accept(editor, first)).isInstanceOfSatisfying(DomainException.class,
				refused -> assertThat(refused.kind()).isEqualTo(DomainException.Kind.CONFLICT));
		assertThatThrownBy(() -> candidates.decline(editor, first, "已公开")).isInstanceOfSatisfying(
				DomainException.class, refused -> assertThat(refused.kind()).isEqualTo(DomainException.Kind.CONFLICT));

		long budgetId = jdbc.sql("select id from disclosure_request where tracking_number = :t")
			.param("t", budget.trackingNumber())
			.query(Long.class)
			.single();
		var status = queries.publicStatus(budget.trackingNumber(), budget.queryCode()).orElseThrow();
		assertThatThrownBy(() -> repeated.suggestPublication(status)).as("not yet disclosed")
			.isInstanceOfSatisfying(DomainException.class,
					refused -> assertThat(refused.kind()).isEqualTo(DomainException.Kind.CONFLICT));
		SentEarlier.on(jdbc, budgetId, today.minusDays(10));
		handling.act(officer, budgetId, new RequestCommand.ConfirmReceipt(today.minusDays(10)));
		handling.act(officer, budgetId, reply(today.minusDays(2), Outcome.DISCLOSED));
		var closed = queries.publicStatus(budget.trackingNumber(), budget.queryCode()).orElseThrow();
		assertThat(RepeatedRequests.mayBeSuggested(closed)).isTrue();
		repeated.suggestPublication(closed);
		repeated.suggestPublication(closed);
		assertThat(repeated.suggested(closed)).isTrue();

		PublicationCandidate suggested = candidates.list(editor)
			.stream()
			.filter(candidate -> candidate.anchorId() == budgetId)
			.findFirst()
			.orElseThrow();
		assertThat(suggested.suggestedByApplicant()).isTrue();
		assertThat(suggested.status()).as("undecided ones first").isEqualTo(candidates.list(editor).get(0).status());
		assertThatThrownBy(() -> candidates.decline(editor, budgetId, "  ")).isInstanceOfSatisfying(
				DomainException.class, refused -> assertThat(refused.kind()).isEqualTo(DomainException.Kind.INVALID));
		candidates.decline(editor, budgetId, "部门预算已在财政预决算栏目主动公开");
		assertThat(candidates.list(editor)).noneMatch(candidate -> candidate.status() == Status.OPEN);
		assertThat(jdbc.sql("""
				select count(*) from audit_entry where action in ('PUBLICATION_CANDIDATE_ACCEPTED',
				  'PUBLICATION_CANDIDATE_DECLINED', 'PUBLICATION_SUGGESTED') and agency_code = :agency""")
			.param("agency", agency.code())
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void theDemoShowsAnAcceptedCandidateAndOneToDecideAndAnApplicantSuggestsOnTheStatusPage() throws Exception {
		var demoEditor = user(StaffFixtures.principal(context, "editor"));
		mvc.perform(get("/admin/publication-candidates").with(demoEditor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("示例区某局2025年部门决算")))
			.andExpect(content().string(containsString("已拟稿公开")))
			.andExpect(content().string(containsString("2026年城市道路维修工程")))
			.andExpect(content().string(containsString("拟稿公开")));
		long tender = candidates.list(StaffFixtures.principal(context, "editor").staff())
			.stream()
			.filter(candidate -> candidate.description().contains("城市道路维修"))
			.findFirst()
			.orElseThrow()
			.anchorId();
		mvc.perform(post("/admin/publication-candidates/" + tender + "/decline").with(demoEditor).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("必填")));
		mvc.perform(get("/admin/publication-candidates").with(user(StaffFixtures.principal(context, "officer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("不转为主动公开的理由"))));

		AgencyInfo agency = agencies.ensureChild("demo-district",
				new NewAgency("demo-art44-pages", "示例区条例第四十四条页面测试局", null, null, null));
		Staff officer = staff(agency, "art44-pages-officer", Role.OFFICER);
		Submitted submitted = intake.submitOnline(agency.code(), new Application(ApplicantType.NATURAL_PERSON, "王五",
				Applicant.IdType.RESIDENT_ID_CARD, "11010519491231002X", "13800138000", "wangwu@example.com",
				"示例区人民路2号", null, null, "示例区2026年第三季度空气质量监测数据", null, DeliveryMethod.EMAIL, false),
				List.of());
		long id = jdbc.sql("select id from disclosure_request where tracking_number = :t")
			.param("t", submitted.trackingNumber())
			.query(Long.class)
			.single();
		LocalDate today = LocalDate.now(clock);
		mvc.perform(post("/requests/status").with(csrf())
			.param("trackingNumber", submitted.trackingNumber())
			.param("queryCode", submitted.queryCode()))
			.andExpect(content().string(not(containsString("suggest-publication"))));
		SentEarlier.on(jdbc, id, today.minusDays(7));
		handling.act(officer, id, new RequestCommand.ConfirmReceipt(today.minusDays(7)));
		handling.act(officer, id, reply(today.minusDays(1), Outcome.DISCLOSED));
		mvc.perform(post("/requests/status").with(csrf())
			.param("trackingNumber", submitted.trackingNumber())
			.param("queryCode", submitted.queryCode()))
			.andExpect(content().string(containsString("id=\"suggest-publication\"")));
		mvc.perform(post("/requests/status/publication-suggestion").with(csrf())
			.param("trackingNumber", submitted.trackingNumber())
			.param("queryCode", submitted.queryCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已收到您的建议")))
			.andExpect(content().string(not(containsString("id=\"suggest-publication\""))));
		mvc.perform(post("/requests/status/publication-suggestion").with(csrf())
			.param("trackingNumber", submitted.trackingNumber())
			.param("queryCode", "wrong-code"))
			.andExpect(status().isNotFound());
		assertThat(candidates.list(staff(agency, "art44-pages-editor", Role.EDITOR))).singleElement()
			.satisfies(candidate -> {
				assertThat(candidate.anchorId()).isEqualTo(id);
				assertThat(candidate.suggestedByApplicant()).isTrue();
			});
	}

	private long disclosed(Staff officer, AgencyInfo agency, String description, LocalDate receivedOn,
			Outcome outcome) {
		long id = intake.register(officer, agency.code(), Channel.IN_PERSON, receivedOn,
				new Application(ApplicantType.NATURAL_PERSON, "李四", null, null, null, null, null, null, null,
						description, null, DeliveryMethod.IN_PERSON, false))
			.id();
		handling.act(officer, id, reply(receivedOn.plusDays(10), outcome));
		return id;
	}

	/** A reply as the statute wants it: what was provided, and for each withheld part its basis and reason. */
	private static RequestCommand.Reply reply(LocalDate on, Outcome outcome) {
		String published = "示例区公共资源交易网“中标结果公示”栏目";
		return switch (outcome) {
			case DISCLOSED -> new RequestCommand.Reply(on, outcome, null, List.of(), published, null, 0);
			case PARTIALLY_DISCLOSED -> new RequestCommand.Reply(on, outcome, null,
					List.of(new WithheldPart("投标人的报价明细", LegalBasis.ART15_THIRD_PARTY, "属于投标人的商业秘密，投标人不同意公开")),
					published, null, 0);
			default -> new RequestCommand.Reply(on, outcome, "属于评标过程中的讨论记录", List.of(), null, null, 0);
		};
	}

	private static Staff staff(AgencyInfo agency, String username, Role role) {
		return new Staff(-1, username, agency.id(), agency.code(), agency.path(), Set.of(role));
	}

}
