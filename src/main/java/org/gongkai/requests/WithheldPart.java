package org.gongkai.requests;

import org.gongkai.platform.DomainException;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One part of the information that is not disclosed, with its legal basis and the specific reason (OGI art. 36 (三):
 * "告知申请人不予公开并说明理由"; art. 37 for a partial disclosure).
 */
@Table("request_withheld_part")
public record WithheldPart(String part, LegalBasis basis, String reason) {

	public WithheldPart {
		if (part == null || part.isBlank()) {
			throw DomainException.invalid("withheldPart", "requests.reply.withheldPartRequired");
		}
		if (basis == null) {
			throw DomainException.invalid("withheldBasis", "requests.reply.withheldBasisRequired");
		}
		if (reason == null || reason.isBlank()) {
			throw DomainException.invalid("withheldReason", "requests.reply.withheldReasonRequired");
		}
		part = part.strip();
		reason = reason.strip();
	}

}
