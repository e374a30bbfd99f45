package org.gongkai.requests;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Locale;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.InvalidInput;
import org.gongkai.platform.Outbox;
import org.gongkai.platform.Sha256;
import org.gongkai.platform.SiteIdentity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes applications in: from the public on the portal (they wait in SUBMITTED until the office confirms receipt,
 * OGI art. 31 (三)), and from staff who register one that came by letter, in person, by fax or e-mail with its day
 * of receipt (art. 31).
 */
@Service
public class RequestIntake {

	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final SecureRandom random = new SecureRandom();

	private final RequestRecords records;

	private final AgencyDirectory agencies;

	private final PersonalData personalData;

	private final RequestDocuments documents;

	private final Outbox outbox;

	private final JdbcClient jdbc;

	private final String baseUrl;

	RequestIntake(RequestRecords records, AgencyDirectory agencies, PersonalData personalData,
			RequestDocuments documents, Outbox outbox, JdbcClient jdbc,
			SiteIdentity site) {
		this.records = records;
		this.agencies = agencies;
		this.personalData = personalData;
		this.documents = documents;
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.baseUrl = site.baseUrl();
	}

	/**
	 * Checks an application from the portal without submitting it, so that the form can show every problem at once:
	 * the fields (OGI art. 29) and the attached files.
	 */
	public void checkOnline(Application application, java.util.List<Upload> uploads) {
		InvalidInput.Violations violations = new InvalidInput.Violations();
		try {
			ApplicationRules.check(application, true);
		}
		catch (InvalidInput invalid) {
			invalid.violations().forEach(v -> violations.add(v.field(), v.messageKey(), v.arguments()));
		}
		for (Upload upload : uploads) {
			try {
				upload.sniffedContentType();
			}
			catch (DomainException refused) {
				violations.add(refused.field(), refused.messageKey(), refused.arguments());
			}
		}
		violations.throwIfAny();
	}

	/**
	 * A member of the public applies online; everything art. 29 asks for is required. The application, its files and
	 * its confirmation mail are one transaction: none is ever stored without the others.
	 */
	@Transactional
	public Submitted submitOnline(String agencyCode, Application application, java.util.List<Upload> uploads) {
		if (agencyCode == null || agencyCode.isBlank()) {
			throw DomainException.invalid("agencyCode", "apply.agency.required");
		}
		AgencyInfo agency = agencies.findByCode(agencyCode)
			.orElseThrow(() -> DomainException.notFound("identity.agency.notFound", agencyCode));
		ApplicationRules.check(application, true);
		uploads.forEach(Upload::sniffedContentType);
		String code = queryCode();
		DisclosureRequest request = DisclosureRequest.sentThroughPortal(agency.id().value(), trackingNumber(),
				hash(code), records.now(), applicant(application), applicantKey(application),
				application.description().strip(), blankToNull(application.documentNumber()),
				application.deliveryMethod(), application.paperCopy());
		DisclosureRequest saved = records.record(request, agency, null, null, records.today(), "public", "online");
		for (Upload upload : uploads) {
			documents.store(saved.id, "UPLOAD", upload.safeName(), upload.sniffedContentType(), upload.bytes(), false);
		}
		if (saved.applicant.email() != null) {
			outbox.queue(saved.applicant.email(), "政府信息公开申请已提交：" + saved.trackingNumber, """
					%s：

					您向%s提出的政府信息公开申请已提交。
					申请编号：%s
					查询码：%s

					请妥善保存查询码。凭申请编号和查询码，可在 %s/requests/status 查询办理进度、下载告知书和答复书。
					工作人员确认收到申请后，将在20个工作日内答复（《中华人民共和国政府信息公开条例》第三十三条）。
					""".formatted(saved.applicant.name(), agency.name(), saved.trackingNumber, code, baseUrl));
		}
		return new Submitted(saved.trackingNumber, code, agency.name());
	}

	/**
	 * An officer registers an application with the day it counts as received (art. 31): in person, the day of
	 * submission; registered post, the day signed for; ordinary letter, fax, e-mail and online, the day both sides
	 * confirm. An online application without that day waits in SUBMITTED.
	 */
	@Transactional
	public RequestView register(Staff actor, String agencyCode, Channel channel, LocalDate receivedOn,
			Application application) {
		AgencyInfo agency = agencies.readable(actor, agencyCode);
		if (!actor.canActFor(agency, Role.OFFICER)) {
			throw DomainException.notPermitted("requests.officerOnly");
		}
		if (channel == null) {
			throw DomainException.invalid("channel", "validation.required");
		}
		LocalDate today = records.today();
		if (receivedOn == null && channel != Channel.ONLINE) {
			throw DomainException.invalid("receivedOn", "validation.required");
		}
		if (receivedOn != null && receivedOn.isAfter(today)) {
			throw DomainException.invalid("receivedOn", "requests.on.future", receivedOn);
		}
		ApplicationRules.check(application, false);
		String code = queryCode();
		DisclosureRequest request = receivedOn == null
				? DisclosureRequest.submitted(agency.id().value(), trackingNumber(), hash(code), channel,
						records.now(), applicant(application), applicantKey(application),
						application.description().strip(), blankToNull(application.documentNumber()),
						application.deliveryMethod(), application.paperCopy())
				: DisclosureRequest.received(agency.id().value(), trackingNumber(), hash(code), channel,
						records.now(), receivedOn, applicant(application), applicantKey(application),
						application.description().strip(), blankToNull(application.documentNumber()),
						application.deliveryMethod(), application.paperCopy(), records.calendar());
		request.assignTo(actor.username());
		DisclosureRequest saved = records.record(request, agency, null, null,
				receivedOn == null ? today : receivedOn, actor.username(), channel.name());
		return records.view(saved, agency, actor);
	}

	private Applicant applicant(Application a) {
		boolean organisation = a.applicantType().isOrganisation();
		return new Applicant(a.applicantType(), a.name().strip(), organisation ? null : a.idType(),
				organisation ? null : personalData.seal(normaliseId(a.idNumber())), personalData.seal(ApplicationRules.normalisedPhone(a.phone())),
				blankToNull(a.email()), blankToNull(a.address()),
				organisation ? blankToNull(upper(a.creditCode())) : null,
				organisation ? blankToNull(a.legalRepresentative()) : null);
	}

	private static String applicantKey(Application a) {
		return PersonalData.applicantKey(a.applicantType(), a.name(), normaliseId(a.idNumber()), upper(a.creditCode()));
	}

	private String trackingNumber() {
		long serial = jdbc.sql("select nextval('disclosure_request_tracking')").query(Long.class).single();
		return "YSQ-%d-%06d".formatted(records.today().getYear(), serial);
	}

	private String queryCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	static String hash(String queryCode) {
		return Sha256.hex(queryCode.strip().toUpperCase(Locale.ROOT));
	}

	private static String normaliseId(String id) {
		return id == null || id.isBlank() ? null : id.strip().toUpperCase(Locale.ROOT);
	}

	private static String upper(String value) {
		return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
