package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffFixtures;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An application submitted online on 2025-09-18, confirmed received on 2025-09-19, clarified (asked 9/22, answered
 * 9/26: the clock restarts, OGI art. 30) and paused for a consultation of a third party from 9/29 to 10/13 (art. 32,
 * 33 ¶3), across 国庆 2025 and its make-up workdays 9/28 (Sun) and 10/11 (Sat). Counted by hand: the clock restarts
 * on 9/26; the consultation adds the working days 9/30, 10/9, 10/10, 10/11, 10/13 (five); the 25th working day after
 * 9/26 is 2025-11-06.
 */
public record ClarifiedAndPaused(long id, String trackingNumber, String queryCode) {

	public static final LocalDate DUE = LocalDate.of(2025, 11, 6);

	public static final String PARTY = "某化工有限公司（第三方）";

	public static final String NOTE = "内部备注：请先核对档案室目录";

	public static ClarifiedAndPaused create(ApplicationContext context) {
		RequestIntake intake = context.getBean(RequestIntake.class);
		RequestHandling handling = context.getBean(RequestHandling.class);
		Submitted submitted = intake.submitOnline("demo-bureau",
				new Application(ApplicantType.NATURAL_PERSON, "赵六", Applicant.IdType.RESIDENT_ID_CARD,
						"11010519491231002X", "13800138010", "zhaoliu@example.com", "示例区人民路3号", null, null,
						"示例区某局关于加装电梯补助的文件", null, DeliveryMethod.EMAIL, false),
				List.of());
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		long id = jdbc.sql("select id from disclosure_request where tracking_number = :t")
			.param("t", submitted.trackingNumber())
			.query(Long.class)
			.single();
		// submitted the day before the office confirmed it, as an applicant would have
		SentEarlier.on(jdbc, id, LocalDate.of(2025, 9, 18));
		Staff officer = StaffFixtures.principal(context, "officer").staff();
		handling.act(officer, id, new RequestCommand.ConfirmReceipt(LocalDate.of(2025, 9, 19)));
		handling.act(officer, id, new RequestCommand.RequestClarification(LocalDate.of(2025, 9, 22),
				"请写明小区名称和申请补助的年度。", 10));
		handling.act(officer, id, new RequestCommand.RecordClarification(LocalDate.of(2025, 9, 26),
				"幸福里小区，2025年度"));
		handling.act(officer, id, new RequestCommand.StartConsultation(LocalDate.of(2025, 9, 29), PARTY));
		handling.act(officer, id, new RequestCommand.EndConsultation(LocalDate.of(2025, 10, 13)));
		handling.assign(officer, id, "officer");
		handling.addNote(officer, id, NOTE);
		return new ClarifiedAndPaused(id, submitted.trackingNumber(), submitted.queryCode());
	}

}
