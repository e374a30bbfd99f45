package org.gongkai.requests;

import java.util.List;

import org.gongkai.platform.DomainException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant answers a request for clarification from the status page (OGI art. 30: "申请人应当在补正期限内补正"):
 * the clarified content, and files if the office asked for material, recorded on the application as the officer's
 * 收到补正 would record them, on the day they arrive; the reply then quotes the clarified content. The files are kept
 * for the record (kind {@code CLARIFICATION}), not offered back as information provided.
 */
@Service
public class OnlineClarification {

	/** At most this many files with one clarification. */
	static final int MAX_FILES = 5;

	private final RequestHandling handling;

	private final RequestDocuments documents;

	private final RequestRecords records;

	OnlineClarification(RequestHandling handling, RequestDocuments documents, RequestRecords records) {
		this.handling = handling;
		this.documents = documents;
		this.records = records;
	}

	@Transactional
	public void clarify(PublicStatus status, String content, List<Upload> files) {
		if (!status.awaitingClarification()) {
			throw DomainException.conflict(null, "requests.clarification.notAwaited");
		}
		if (files.size() > MAX_FILES) {
			throw DomainException.invalid("files", "requests.clarification.tooManyFiles", MAX_FILES);
		}
		files.forEach(Upload::sniffedContentType);
		RequestCommand.RecordClarification command = new RequestCommand.RecordClarification(records.today(),
				files.isEmpty() || content == null || content.isBlank() ? content
						: content.strip() + "（另附补正材料" + files.size() + "份）");
		for (Upload file : files) {
			documents.store(status.id(), "CLARIFICATION", file.safeName(), file.sniffedContentType(), file.bytes(),
					false);
		}
		handling.applyAs("public", status.id(), command);
	}

}
