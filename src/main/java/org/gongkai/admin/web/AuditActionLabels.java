package org.gongkai.admin.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * The audit log's action codes as a person reads them (issue 18 part 7): {@code audit.action.<CODE>}, or for the
 * codes a module composes from its own actions (REQUEST_REPLY, CONSULTATION_ANSWER) the module's label of the
 * action inside {@code audit.action.prefix.<PREFIX>}. A code with no label is shown as it is, so that a test finds
 * it (ReadableTextTests).
 */
final class AuditActionLabels {

	/** The composed codes: their prefix and the pattern of the message keys of the module's action labels. */
	private static final Map<String, String> COMPOSED = Map.of("REQUEST_", "requests.action.%s", "CONSULTATION_",
			"interaction.triage.%s");

	/** The key of the actions' labels; a label's key is this, a dot and the code. */
	private static final String LABELS = "audit.action";

	private AuditActionLabels() {
	}

	static String label(MessageSource messages, String code, Locale locale) {
		String label = messages.getMessage(LABELS + "." + code, null, null, locale);
		if (label != null) {
			return label;
		}
		for (Map.Entry<String, String> composed : COMPOSED.entrySet()) {
			if (code.startsWith(composed.getKey())) {
				String inner = messages.getMessage(composed.getValue().formatted(code.substring(composed.getKey().length())),
						null, null, locale);
				if (inner != null) {
					return messages.getMessage(LABELS + ".prefix." + composed.getKey(), new Object[] { inner },
							locale);
				}
			}
		}
		return code;
	}

}
