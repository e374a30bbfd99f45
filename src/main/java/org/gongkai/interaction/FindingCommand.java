package org.gongkai.interaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.gongkai.platform.DomainException;

/**
 * One step of a rectification, with exactly what it needs, checked when it is built: a missing or malformed field
 * is refused there (400, naming the field); whether the finding may take the step now is the table's question,
 * asked by {@link Finding#apply} (409). Each step is dated today.
 */
public sealed interface FindingCommand {

	FindingAction action();

	/**
	 * The fix: what was done, and links to the corrected pages or files, one per line or separated by spaces; each
	 * is a web address or a path on this site.
	 */
	record ReportFix(String evidence, List<String> links) implements FindingCommand {

		private static final Pattern LINK = Pattern.compile("(https?://|/)[^\\s<>\"]+");

		public ReportFix {
			if (!QuestionRules.present(evidence)) {
				throw DomainException.invalid("evidence", "validation.required");
			}
			evidence = evidence.strip();
			for (String link : links) {
				if (!LINK.matcher(link).matches() || link.startsWith("//")) {
					throw DomainException.invalid("links", "interaction.finding.link", link);
				}
			}
			links = List.copyOf(links);
		}

		/** The fix with the links as typed, separated by white space. */
		public static ReportFix typed(String evidence, String typedLinks) {
			List<String> links = new ArrayList<>();
			if (typedLinks != null) {
				for (String link : typedLinks.split("\\s+")) {
					if (!link.isBlank()) {
						links.add(link);
					}
				}
			}
			return new ReportFix(evidence, links);
		}

		@Override
		public FindingAction action() {
			return FindingAction.REPORT_FIX;
		}

	}

	/** 销号: the fix is accepted. */
	record SignOff() implements FindingCommand {

		@Override
		public FindingAction action() {
			return FindingAction.SIGN_OFF;
		}

	}

	/** The fix is not accepted, for this reason. */
	record ReturnFix(String reason) implements FindingCommand {

		public ReturnFix {
			if (!QuestionRules.present(reason)) {
				throw DomainException.invalid("reason", "validation.required");
			}
			reason = reason.strip();
		}

		@Override
		public FindingAction action() {
			return FindingAction.RETURN_FIX;
		}

	}

}
