package org.gongkai.requests;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.Crypto;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public form (OGI art. 29), its protections, the receipt, and the applicant's status page with the letter. */
@IntegrationTest
class ApplyAndStatusPagesTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };

	@Autowired
	Crypto crypto;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void theFormKeepsEverythingTypedAndShowsEachErrorBesideItsField() throws Exception {
		mvc.perform(apply("10.1.0.1").param("name", "张三")
			.param("idNumber", "110105194912310021")
			.param("phone", "12345")
			.param("description", "示例区某局2025年部门预算")
			.param("consent", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("身份证号码不正确")))
			.andExpect(content().string(containsString("请填写正确的手机号码")))
			.andExpect(content().string(containsString("value=\"张三\"")))
			.andExpect(content().string(containsString("示例区某局2025年部门预算")));
	}

	@Test
	void aSubmissionGivesATrackingNumberAndASecretCode() throws Exception {
		MvcResult result = mvc.perform(valid(apply("10.1.0.2")).file(new MockMultipartFile("idProof", "身份证.png",
				"image/png", PNG)))
			.andExpect(redirectedUrl("/requests/submitted"))
			.andReturn();
		Submitted submitted = (Submitted) result.getFlashMap().get("submitted");
		assertThat(submitted.trackingNumber()).startsWith("YSQ-");
		assertThat(submitted.queryCode()).hasSize(8);
		assertThat(jdbc.sql("""
				select count(*) from request_document d join disclosure_request r on r.id = d.request_id
				where r.tracking_number = :t and d.kind = 'UPLOAD' and d.content_type = 'image/png'""")
			.param("t", submitted.trackingNumber())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select query_code_hash from disclosure_request where tracking_number = :t")
			.param("t", submitted.trackingNumber())
			.query(String.class)
			.single()).isNotEqualTo(submitted.queryCode()).hasSize(64);
		assertThat(jdbc.sql("select applicant_id_number from disclosure_request where tracking_number = :t")
			.param("t", submitted.trackingNumber())
			.query(String.class)
			.single()).startsWith(crypto.sealPrefix()).doesNotContain("11010519491231002X");
		assertThat(jdbc.sql("select body from outgoing_mail where recipient = 'zhangsan@example.com' and subject like :s")
			.param("s", "%" + submitted.trackingNumber())
			.query(String.class)
			.single()).as("the tracking number and the code are e-mailed too")
			.contains(submitted.trackingNumber(), submitted.queryCode());
	}

	@Test
	void aFileThatIsNotPdfJpegOrPngIsRefused() throws Exception {
		mvc.perform(valid(apply("10.1.0.3")).file(new MockMultipartFile("idProof", "证件.png", "image/png",
				"<script>alert(1)</script>".getBytes())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只能上传 PDF、JPEG 或 PNG 文件")));
	}

	@Test
	void everyProblemComesAtOnceInASummaryThatLinksToTheFields() throws Exception {
		mvc.perform(apply("10.1.0.10").param("name", "张三")
			.param("idNumber", "110105194912310021")
			.param("phone", "138 1234 5678")
			.file(new MockMultipartFile("idProof", "证件.png", "image/png", "not an image".getBytes())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-summary\"")))
			.andExpect(content().string(containsString("href=\"#idNumber\"")))
			.andExpect(content().string(containsString("href=\"#description\"")))
			.andExpect(content().string(containsString("href=\"#consent\"")))
			.andExpect(content().string(containsString("href=\"#idProof\"")))
			.andExpect(content().string(containsString("所需信息的名称、文号或特征性描述：此项为必填项。")))
			.andExpect(content().string(containsString("只能上传 PDF、JPEG 或 PNG 文件")))
			.andExpect(content().string(not(containsString("href=\"#phone\""))))
			.andExpect(content().string(containsString("value=\"138 1234 5678\"")));
	}

	@Test
	void aPhoneNumberWrittenWithSpacesDashesOrPlus86IsAccepted() throws Exception {
		for (String phone : new String[] { "138 1234 5678", "+86 138-1234-5678", "0086 13812345678" }) {
			mvc.perform(apply("10.1.0.11").param("name", "张三")
				.param("idNumber", "11010519491231002X")
				.param("phone", phone)
				.param("description", "示例区某局2025年部门预算（" + phone + "）")
				.param("consent", "true")).andExpect(redirectedUrl("/requests/submitted"));
		}
		assertThat(ApplicationRules.normalisedPhone("138 1234 5678")).isEqualTo("13812345678");
		assertThat(ApplicationRules.normalisedPhone("+86 138-1234-5678")).isEqualTo("13812345678");
		assertThat(ApplicationRules.normalisedPhone("027 1234 5678")).isEqualTo("027-12345678");
		assertThat(ApplicationRules.normalisedPhone("(027)12345678转123")).isEqualTo("027-12345678-123");
		assertThat(ApplicationRules.normalisedPhone("12345")).isEqualTo("12345");
	}

	@Test
	void theFormStatesTheTimeLimitAndOffersThePaperFormWithTheSameFields() throws Exception {
		mvc.perform(get("/requests/new").param("lang", "zh_CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("20个工作日")))
			.andExpect(content().string(containsString("href=\"/requests/form.docx\"")))
			.andExpect(content().string(containsString("aria-required=\"true\"")));
		byte[] docx = mvc.perform(get("/requests/form.docx").param("lang", "zh_CN"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
				var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("政府信息公开申请", "申请人姓名或名称", "证件号码", "统一社会信用代码",
					"联系电话", "通信地址", "所需信息的名称、文号或特征性描述", "获取信息的方式", "□ 电子邮件", "20个工作日");
		}
	}

	@Test
	void aFilledHoneypotIsDroppedAndFloodsAreLimited() throws Exception {
		long before = jdbc.sql("select count(*) from disclosure_request").query(Long.class).single();
		mvc.perform(valid(apply("10.1.0.4")).param("website", "http://spam.example"))
			.andExpect(redirectedUrl("/requests/status"));
		assertThat(jdbc.sql("select count(*) from disclosure_request").query(Long.class).single()).isEqualTo(before);
		for (int i = 0; i < 5; i++) {
			mvc.perform(valid(apply("10.1.0.5"))).andExpect(redirectedUrl("/requests/submitted"));
		}
		mvc.perform(valid(apply("10.1.0.5")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("提交过于频繁")));
	}

	@Test
	void theApplicantChoosesTheAgencyRatherThanTakingTheFirst() throws Exception {
		mvc.perform(get("/requests/new"))
			.andExpect(content().string(containsString("<option value=\"\" selected=\"selected\">请选择受理申请的机关</option>")));
		mvc.perform(valid(multipart("/requests/new").with(csrf())
			.with(from("10.1.0.10"))
			.param("applicantType", "NATURAL_PERSON")
			.param("idType", "RESIDENT_ID_CARD")
			.param("deliveryMethod", "EMAIL")
			.param("email", "zhangsan@example.com")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"#agencyCode\">向哪个机关申请：请选择向哪个机关申请。</a>")));
	}

	@Test
	void onlyAcceptedApplicationsCountAgainstTheLimit() throws Exception {
		for (int i = 0; i < 6; i++) {
			mvc.perform(apply("10.1.0.9").param("name", "张三")
				.param("idNumber", "110105194912310021")
				.param("phone", "13800138000")
				.param("description", "示例区某局2025年部门预算")
				.param("consent", "true"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("身份证号码不正确")))
				.andExpect(content().string(not(containsString("提交过于频繁"))));
		}
		mvc.perform(valid(apply("10.1.0.9"))).andExpect(redirectedUrl("/requests/submitted"));
	}

	@Test
	void theApplicantFollowsTheApplicationAndDownloadsTheLetter() throws Exception {
		Submitted submitted = (Submitted) mvc.perform(valid(apply("10.1.0.6")))
			.andReturn()
			.getFlashMap()
			.get("submitted");
		// the page that confirms the application links to the status page with its number filled in
		String link = "/requests/status?trackingNumber=" + submitted.trackingNumber();
		mvc.perform(get("/requests/submitted").flashAttr("submitted", submitted))
			.andExpect(content().string(containsString("href=\"" + link + "\"")));
		mvc.perform(get(link))
			.andExpect(content().string(containsString("value=\"" + submitted.trackingNumber() + "\"")));
		mvc.perform(post("/requests/status").with(csrf())
			.param("trackingNumber", submitted.trackingNumber())
			.param("queryCode", "WRONG123")).andExpect(content().string(containsString("申请编号或查询码不正确")));
		mvc.perform(post("/requests/status").with(csrf())
			.param("trackingNumber", submitted.trackingNumber())
			.param("queryCode", submitted.queryCode().toLowerCase()))
			.andExpect(content().string(containsString("已提交，待确认收到")))
			.andExpect(content().string(not(containsString("答复期限是怎样算出的"))));

		long id = jdbc.sql("select id from disclosure_request where tracking_number = :t")
			.param("t", submitted.trackingNumber())
			.query(Long.class)
			.single();
		var officer = user(StaffFixtures.principal(context, "officer"));
		String today = java.time.LocalDate.now(context.getBean(java.time.Clock.class)).toString();
		mvc.perform(post("/admin/requests/" + id + "/actions").with(officer)
			.with(csrf())
			.param("action", "CONFIRM_RECEIPT")
			.param("on", today)).andExpect(redirectedUrl("/admin/requests/" + id));
		// the office posts letters to the address the applicant gave
		java.util.regex.Pattern opened = java.util.regex.Pattern
			.compile("<details[^>]*id=\"action-REQUEST_CLARIFICATION\"[^>]*\\sopen");
		String officersPage = mvc.perform(get("/admin/requests/" + id).with(officer))
			.andExpect(content().string(containsString("示例区人民路1号")))
			.andReturn().getResponse().getContentAsString();
		assertThat(opened.matcher(officersPage).find()).isFalse();
		// a link to one of its actions opens that action's form
		String linked = mvc.perform(get("/admin/requests/" + id).param("open", "REQUEST_CLARIFICATION").with(officer))
			.andReturn().getResponse().getContentAsString();
		assertThat(opened.matcher(linked).find()).isTrue();
		mvc.perform(post("/admin/requests/" + id + "/actions").with(officer)
			.with(csrf())
			.param("action", "REQUEST_CLARIFICATION")
			.param("on", today)
			.param("workingDays", "15")
			.param("reason", "请写明所需预算的具体项目名称")).andExpect(redirectedUrl("/admin/requests/" + id));
		// the information provided is prepared beside the application and given with the reply (OGI art. 36)
		mvc.perform(multipart("/admin/requests/" + id + "/attachments")
			.file(new MockMultipartFile("file", "预算项目清单.pdf", "application/pdf", "%PDF-1.4 demo".getBytes()))
			.with(officer)
			.with(csrf())).andExpect(redirectedUrl("/admin/requests/" + id));

		String page = mvc.perform(post("/requests/status").with(csrf())
			.param("trackingNumber", submitted.trackingNumber())
			.param("queryCode", submitted.queryCode()))
			.andExpect(content().string(containsString("需要您补正申请")))
			.andExpect(content().string(not(containsString("预算项目清单.pdf"))))
			.andExpect(content().string(not(containsString("提供政府信息"))))
			.andExpect(content().string(containsString("请写明所需预算的具体项目名称")))
			.andExpect(content().string(not(containsString("11010519491231002X"))))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		java.util.regex.Matcher letter = java.util.regex.Pattern.compile("/requests/status/documents/(\\d+)").matcher(page);
		assertThat(letter.find()).isTrue();
		byte[] pdf = mvc.perform(post("/requests/status/documents/" + letter.group(1)).with(csrf())
			.param("trackingNumber", submitted.trackingNumber())
			.param("queryCode", submitted.queryCode()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(LettersTests.pdfText(pdf)).contains("补正", "请写明所需预算的具体项目名称");
		mvc.perform(post("/requests/status/documents/" + letter.group(1)).with(csrf())
			.param("trackingNumber", submitted.trackingNumber())
			.param("queryCode", "WRONG123")).andExpect(status().isNotFound());
	}

	@Test
	void theOfficerPagesShowTheWorklistAndOnlyTheAllowedActions() throws Exception {
		var officer = user(StaffFixtures.principal(context, "officer"));
		mvc.perform(get("/admin/requests").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已超期")))
			.andExpect(content().string(containsString("即将到期")));
		long awaitingPayment = jdbc.sql("select id from disclosure_request where status = 'AWAITING_PAYMENT' limit 1")
			.query(Long.class)
			.single();
		mvc.perform(get("/admin/requests/" + awaitingPayment).with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action-RECORD_PAYMENT")))
			.andExpect(content().string(containsString("action-CLOSE_UNPAID")))
			.andExpect(content().string(not(containsString("action-REPLY"))));
		mvc.perform(get("/admin/requests/new").with(officer)).andExpect(status().isOk());
		mvc.perform(post("/admin/requests/" + awaitingPayment + "/notes").with(officer)
			.with(csrf())
			.param("body", "已电话联系申请人，其表示将于本周缴费")).andExpect(redirectedUrl("/admin/requests/" + awaitingPayment));
		mvc.perform(multipart("/admin/requests/" + awaitingPayment + "/attachments")
			.file(new MockMultipartFile("file", "会议纪要目录.pdf", "application/pdf", "%PDF-1.4 demo".getBytes()))
			.with(officer)
			.with(csrf())).andExpect(redirectedUrl("/admin/requests/" + awaitingPayment));
		mvc.perform(get("/admin/requests/" + awaitingPayment).with(officer))
			.andExpect(content().string(containsString("已电话联系申请人")))
			.andExpect(content().string(containsString("会议纪要目录.pdf")))
			.andExpect(content().string(containsString("<small>1 KB</small>")));
		mvc.perform(get("/admin/requests/" + awaitingPayment).with(user(StaffFixtures.principal(context, "finance-editor"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void theOfficerGivesAnApplicationOnlyToAHandlerOfItsAgency() throws Exception {
		var officer = user(StaffFixtures.principal(context, "officer"));
		RequestView registered = context.getBean(RequestIntake.class)
			.register(StaffFixtures.principal(context, "officer").staff(), "demo-bureau", Channel.IN_PERSON,
					java.time.LocalDate.now(context.getBean(java.time.Clock.class)),
					new Application(ApplicantType.NATURAL_PERSON, "孙七", null, null, null, null, null, null, null,
							"示例区某局2025年办公用房维修合同", null, DeliveryMethod.IN_PERSON, false));
		String page = "/admin/requests/" + registered.id();
		mvc.perform(get(page).with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<select id=\"assignee\" name=\"username\">")))
			.andExpect(content().string(containsString("<option value=\"officer\" selected=\"selected\">王专员（officer）</option>")))
			.andExpect(content().string(containsString("<option value=\"leader\">赵主任（leader）</option>")))
			.andExpect(content().string(not(containsString("<option value=\"editor\""))))
			.andExpect(content().string(not(containsString("<option value=\"finance-editor\""))));

		mvc.perform(post(page + "/assignment").with(officer).with(csrf()).param("username", "leader"))
			.andExpect(redirectedUrl(page));
		assertThat(assignedTo(registered.id())).isEqualTo("leader");
		for (String stranger : new String[] { "leadr", "editor", "finance-editor" }) {
			mvc.perform(post(page + "/assignment").with(officer).with(csrf()).param("username", stranger))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("“" + stranger + "”不是示例区某局的信息公开专员或负责人")));
		}
		assertThat(assignedTo(registered.id())).as("a refused name changes nothing").isEqualTo("leader");
		mvc.perform(post(page + "/assignment").with(officer).with(csrf()).param("username", ""))
			.andExpect(redirectedUrl(page));
		assertThat(assignedTo(registered.id())).isNull();
		mvc.perform(get(page).with(user(StaffFixtures.principal(context, "supervisor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"assignee\""))));
	}

	private String assignedTo(long id) {
		return jdbc.sql("select assigned_to from disclosure_request where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private static MockMultipartHttpServletRequestBuilder apply(String address) {
		MockMultipartHttpServletRequestBuilder request = multipart("/requests/new");
		request.with(csrf()).with(from(address)).param("agencyCode", "demo-bureau")
			.param("applicantType", "NATURAL_PERSON")
			.param("idType", "RESIDENT_ID_CARD")
			.param("deliveryMethod", "EMAIL")
			.param("email", "zhangsan@example.com")
			.param("address", "示例区人民路1号");
		return request;
	}

	private static MockMultipartHttpServletRequestBuilder valid(MockMultipartHttpServletRequestBuilder request) {
		request.param("name", "张三")
			.param("idNumber", "11010519491231002X")
			.param("phone", "13800138000")
			.param("description", "示例区某局2025年部门预算")
			.param("consent", "true");
		return request;
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
