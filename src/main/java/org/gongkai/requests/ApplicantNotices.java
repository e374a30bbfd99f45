package org.gongkai.requests;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.gongkai.platform.Outbox;
import org.gongkai.platform.SiteIdentity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells an applicant who gave an e-mail address of each public step of their application, in the transaction of the
 * step (through the {@link Outbox}, so no notice is lost or sent for a step that did not happen): the step and its
 * date as the status page's timeline names them, what comes next and by when, and where to look — never the query
 * code, staff names or notes. {@code gongkai.requests.applicant-mail=false} turns the notices off.
 */
@Component
class ApplicantNotices {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final RequestRecords records;

	private final Outbox outbox;

	private final MessageSource messages;

	private final String baseUrl;

	private final boolean enabled;

	ApplicantNotices(RequestRecords records, Outbox outbox, MessageSource messages, SiteIdentity site,
			@Value("${gongkai.requests.applicant-mail:true}") boolean enabled) {
		this.records = records;
		this.outbox = outbox;
		this.messages = messages;
		this.baseUrl = site.baseUrl();
		this.enabled = enabled;
	}

	@EventListener
	void on(RequestTransitioned step) {
		if (!enabled || step.step() == null || !PublicTimeline.PUBLIC_STEPS.contains(step.step().name())) {
			return;
		}
		DisclosureRequest request = records.load(step.requestId());
		String email = request.applicant == null ? null : request.applicant.email();
		if (email == null || email.isBlank()) {
			return;
		}
		outbox.queue(email, "政府信息公开申请办理进度：" + request.trackingNumber, body(request, step));
	}

	String body(DisclosureRequest request, RequestTransitioned step) {
		StringBuilder body = new StringBuilder()
			.append(request.applicant.name())
			.append("：\n\n您向")
			.append(records.agencyOf(request).name())
			.append("提出的政府信息公开申请（申请编号：")
			.append(request.trackingNumber)
			.append("）有新的办理进展：\n")
			.append(DAY.format(step.on()))
			.append("　")
			.append(text("status.timeline." + step.step().name()))
			.append('\n');
		PublicTimeline.Next next = PublicTimeline.of(request, java.util.List.of(), false).next();
		if (next != null) {
			body.append("\n下一步：")
				.append(text("status.next." + next.step(), next.by() == null ? "" : DAY.format(next.by())))
				.append('\n');
		}
		return body.append("\n凭申请编号和查询码，可在 ")
			.append(baseUrl)
			.append("/requests/status 查看办理过程、期限的计算和文书。本邮件由系统发送，请勿直接回复。\n")
			.toString();
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
	}

}
