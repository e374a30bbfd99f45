package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.NewAgency;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The applicant answers a request for clarification on the status page (OGI art. 30), whatever the case of the
 * tracking number they type: the clarified content and a file are recorded, the clock starts again, the office's
 * request and the form are no longer shown, and a second answer is refused.
 */
@IntegrationTest
class OnlineClarificationTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestIntake intake;

	@Autowired
	RequestHandling handling;

	@Autowired
	RequestQueries queries;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void theApplicantClarifiesOnlineOnce() throws Exception {
		AgencyInfo agency = agencies.ensureChild("demo-district",
				new NewAgency("demo-clarify-online", "示例区在线补正测试局", null, null, null));
		Staff officer = new Staff(-1, "clarify-officer", agency.id(), agency.code(), agency.path(), Set.of(Role.OFFICER));
		Submitted submitted = intake.submitOnline(agency.code(), new Application(ApplicantType.NATURAL_PERSON, "孙八",
				Applicant.IdType.RESIDENT_ID_CARD, "11010519491231002X", "13800138000", "sunba@example.com",
				"示例区人民路8号", null, null, "关于那个补贴的文件", null, DeliveryMethod.EMAIL, false), List.of());
		long id = jdbc.sql("select id from disclosure_request where tracking_number = :t")
			.param("t", submitted.trackingNumber())
			.query(Long.class)
			.single();
		LocalDate today = LocalDate.now(clock);
		SentEarlier.on(jdbc, id, today.minusDays(2));
		handling.act(officer, id, new RequestCommand.ConfirmReceipt(today.minusDays(2)));
		handling.act(officer, id, new RequestCommand.RequestClarification(today.minusDays(1),
				"请写明补贴的名称或发文字号，以及所需信息的年度。", 15));
		String typed = submitted.trackingNumber().toLowerCase(Locale.ROOT);

		mvc.perform(post("/requests/status").with(csrf()).param("trackingNumber", typed)
			.param("queryCode", submitted.queryCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("关于那个补贴的文件")))
			.andExpect(content().string(containsString("请写明补贴的名称或发文字号")))
			.andExpect(content().string(containsString("id=\"clarify\"")))
			.andExpect(content().string(not(containsString("th:text"))));

		mvc.perform(multipart("/requests/status/clarification")
			.file(new MockMultipartFile("files", "补贴通知截图.png", "image/png", PNG))
			.with(csrf())
			.param("trackingNumber", typed)
			.param("queryCode", submitted.queryCode())
			.param("content", "申请公开《示例区2025年老年人助餐补贴实施办法》（示民发〔2025〕12号）及2025年度补贴发放名单"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已收到您的补正")))
			.andExpect(content().string(not(containsString("id=\"clarify\""))))
			.andExpect(content().string(not(containsString("id=\"clarification\""))));

		RequestView view = queries.find(officer, id);
		assertThat(view.status()).isEqualTo(RequestStatus.RECEIVED);
		assertThat(queries.timeline(officer, id)).anySatisfy(event -> {
			assertThat(event.action()).isEqualTo("RECORD_CLARIFICATION");
			assertThat(event.actor()).isEqualTo("public");
			assertThat(event.details()).contains("示民发〔2025〕12号").contains("另附补正材料1份");
		});
		assertThat(jdbc.sql("select count(*) from request_document where request_id = :id and kind = 'CLARIFICATION' and not public")
			.param("id", id)
			.query(Long.class)
			.single()).isOne();

		mvc.perform(multipart("/requests/status/clarification").with(csrf())
			.param("trackingNumber", submitted.trackingNumber())
			.param("queryCode", submitted.queryCode())
			.param("content", "再补充一次"))
			.andExpect(status().isConflict());
		mvc.perform(multipart("/requests/status/clarification").with(csrf())
			.param("trackingNumber", submitted.trackingNumber())
			.param("queryCode", "not-the-code")
			.param("content", "冒名补正"))
			.andExpect(status().isNotFound());
	}

}
