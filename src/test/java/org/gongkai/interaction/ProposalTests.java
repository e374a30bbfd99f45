package org.gongkai.interaction;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.DomainException;
import org.gongkai.publishing.DocumentCommand;
import org.gongkai.publishing.DocumentDesk;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.gongkai.IntegrationTest.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Proposals: registration through the API with the due date of 代表法 art. 51, reply, satisfaction, publication of
 * the reply and the year's summary through publishing's review, and the figures of the annual report.
 */
@IntegrationTest
class ProposalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProposalDesk desk;

	@Autowired
	DocumentDesk documents;

	@Autowired
	InteractionStatistics statistics;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	@Test
	void theApiRegistersAProposalWithItsDueDate() throws Exception {
		mvc.perform(register("demo-bureau", """
				{"kind": "DEPUTY_SUGGESTION", "reference": "API-0001", "title": "关于公开停车收费标准的建议",
				 "assignedOn": "2026-01-31", "complex": false, "role": "LEAD"}""", "officer"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.dueOn").value("2026-04-30"))
			.andExpect(jsonPath("$.status").value("ASSIGNED"))
			.andExpect(jsonPath("$.agencyCode").value("demo-bureau"));
		mvc.perform(register("demo-bureau", """
				{"kind": "CPPCC_PROPOSAL", "reference": "API-0002", "title": "关于加强社区公开栏管理的提案",
				 "assignedOn": "2026-03-31", "complex": true, "role": "LEAD"}""", "officer"))
			.andExpect(jsonPath("$.dueOn").value("2026-09-30"));
		mvc.perform(register("demo-bureau", """
				{"kind": "CPPCC_PROPOSAL", "reference": "API-0003", "title": "关于加强社区公开栏管理的提案",
				 "assignedOn": "2026-03-31", "complex": true, "role": "COOPERATING"}""", "officer"))
			.andExpect(jsonPath("$.dueOn").value("2026-04-30"));
	}

	@Test
	void missingOrUnknownFieldsAre400_aDuplicateIs409_andStrangersAreTurnedAway() throws Exception {
		mvc.perform(register("demo-bureau", """
				{"reference": "", "title": "无类别"}""", "officer"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("kind", "role",
					"reference", "assignedOn")));
		mvc.perform(register("demo-bureau", """
				{"kind": "MOTION", "reference": "X", "title": "X", "assignedOn": "2026-01-01", "role": "LEAD"}""",
				"officer"))
			.andExpect(status().isBadRequest());
		String body = """
				{"kind": "DEPUTY_SUGGESTION", "reference": "API-0009", "title": "重复", "assignedOn": "2026-02-01",
				 "role": "LEAD"}""";
		mvc.perform(register("demo-bureau", body, "officer")).andExpect(status().isCreated());
		mvc.perform(register("demo-bureau", body, "officer")).andExpect(status().isConflict());
		mvc.perform(register("demo-bureau", body, "finance-editor")).andExpect(status().isNotFound());
		mvc.perform(register("demo-bureau", body, "supervisor")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/agencies/demo-bureau/proposals").contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isUnauthorized());
	}

	@Test
	void aReplyIsPublishedThroughReviewAndTheProposalNotesTheDay() {
		LocalDate today = LocalDate.now(clock);
		ProposalView proposal = desk.register(staff("officer"), "demo-bureau", new NewProposal(
				ProposalKind.DEPUTY_SUGGESTION, "PUB-0001", "关于公开社区养老服务点名单的建议", "王代表", "区人大常委会人代工委",
				today.minusDays(20), false, ProposalRole.LEAD));
		assertThatThrownBy(() -> desk.draftReplyPublication(staff("editor"), proposal.id()))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.messageKey()).isEqualTo("interaction.proposal.notReplied"));
		desk.handle(staff("officer"), proposal.id(), new ProposalCommand.Reply(null,
				"已在区政府门户网站公开全区养老服务点名单，并每季度更新。", OutcomeClass.A));
		assertThatThrownBy(() -> desk.draftReplyPublication(staff("officer"), proposal.id()))
			.as("only an editor drafts documents")
			.isInstanceOf(DomainException.class);
		long document = desk.draftReplyPublication(staff("editor"), proposal.id());
		assertThat(jdbc.sql("""
				select d.status || ' ' || c.code || ' ' || d.title from document d join catalog_column c on c.id = d.column_id
				where d.id = :id""").param("id", document).query(String.class).single())
			.isEqualTo("SUBMITTED proposals 关于区人大常委会人代工委PUB-0001建议的答复");
		documents.review(staff("reviewer"), document, new DocumentCommand.Publish(null, null));
		await().untilAsserted(() -> assertThat(desk.find(staff("officer"), proposal.id()).replyPublishedOn())
			.isEqualTo(today));
	}

	@Test
	void theYearsFiguresCountTheCooperatingProposalsAndTrainingOfTheSeedReport() {
		InteractionFigures figures = statistics.forYear(agencies.findByCode("demo-bureau").orElseThrow().id(), 2025);
		assertThat(figures.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(figures.proposals()).isEqualTo(new InteractionFigures.Proposals(2, 0, 2, 0, 2, 2, 2, 0, 0, 0, 0, 0,
				0, 0, 0));
		assertThat(figures.training()).isEqualTo(new InteractionFigures.Training(2, 24));
		assertThat(ProposalDesk.summaryText(agencies.findByCode("demo-bureau").orElseThrow(), 2025,
				figures.proposals()))
			.startsWith("2025年，示例区某局共承办人大代表建议0件、政协提案2件，其中主办0件、会办2件。");
	}

	@Test
	void theYearsSummaryIsDraftedForReviewInTheProposalsColumn() {
		long document = desk.draftYearSummary(staff("editor"), "demo-bureau", 2025);
		assertThat(jdbc.sql("select title from document where id = :id").param("id", document).query(String.class)
			.single()).isEqualTo("示例区某局关于2025年度人大代表建议和政协提案办理情况的总结");
		assertThatThrownBy(() -> desk.draftYearSummary(staff("editor"), "demo-bureau", 2019))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
	}

	@Test
	void theDemoHasProposalsInEveryStateAndOverdue() {
		var all = desk.list(staff("officer"));
		assertThat(all).extracting(ProposalView::status).contains(ProposalStatus.values());
		assertThat(all).extracting(ProposalView::role).contains(ProposalRole.values());
		assertThat(all).anyMatch(ProposalView::overdue);
		assertThat(all).anyMatch(ProposalView::repliedLate);
		assertThat(all).anyMatch(p -> p.replyDocumentId() != null);
		assertThat(desk.list(staff("finance-editor"))).noneMatch(p -> p.agencyCode().equals("demo-bureau"));
	}

	private MockHttpServletRequestBuilder register(String agency, String body, String username) {
		return post("/api/v1/agencies/" + agency + "/proposals").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(httpBasic(username, PASSWORD));
	}

	private Staff staff(String username) {
		return StaffFixtures.principal(context, username).staff();
	}

}
