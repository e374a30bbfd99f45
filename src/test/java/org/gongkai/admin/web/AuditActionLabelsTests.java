package org.gongkai.admin.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gongkai.identity.AccountAction;
import org.gongkai.interaction.Triage;
import org.gongkai.publishing.PublicationCandidate;
import org.gongkai.requests.RequestAction;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every audit action the sources can record reads as words on the audit log (issue 18 part 7), not
 * as its code: the upper-case codes written in the sources, and the codes modules compose from their actions
 * (REQUEST_ and a workflow step, CONSULTATION_ and a triage, STAFF_ACCOUNT_ and an account action,
 * PUBLICATION_CANDIDATE_ and a decision, a dictionary's name and _ADDED or _REMOVED).
 */
class AuditActionLabelsTests {

	/** The upper-case literals of the sources that are no audit action, by what they are. */
	private static final Set<String> NOT_ACTIONS = Stream.of(
			// an application's steps and states on its own timeline; the audit log records them as REQUEST_<step>
			Set.of("APPROVE_EXTENSION", "AWAITING_CLARIFICATION", "AWAITING_PAYMENT", "CLARIFICATION_ATTACHED",
					"CLOSE_UNCLARIFIED", "CLOSE_UNPAID", "CONFIRM_RECEIPT", "DATES_RECOUNTED", "END_CONSULTATION",
					"RECORD_CLARIFICATION", "RECORD_PAYMENT", "REQUEST_CLARIFICATION", "SEND_FEE_NOTICE",
					"START_CONSULTATION"),
			// what a column's freshness check finds, and a document's status key
			Set.of("BLANK_COLUMNS", "DUE_SOON", "HOME_PAGE", "LONG_UNUPDATED", "STALE_COLUMNS", "SENT_BACK"),
			// the dictionaries' audit names (their codes are <name>_ADDED and <name>_REMOVED, below) and the past
			// tense of a normative document's act (NORMATIVE_IN_FORCE)
			Set.of("ASSISTANT_TERM", "ASSISTANT_REMIT", "SEARCH_SYNONYMS", "SENSITIVE_WORD", "IN_FORCE"),
			// a role, settings and environment variables
			Set.of("PLATFORM_ADMIN", "DJL_CACHE_DIR", "GONGKAI_BACKUP_PASSPHRASE", "PG_VERSION"))
		.flatMap(Set::stream)
		.collect(java.util.stream.Collectors.toSet());

	/**
	 * A dictionary's audit name: the upper-case literal among the arguments of its {@code new Dictionary(…)}, before
	 * the first statement of its check.
	 */
	private static final Pattern DICTIONARY = Pattern.compile("new Dictionary\\([^;]*?\"([A-Z][A-Z_]*)\"");

	private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");

	private final ResourceBundleMessageSource messages = messages();

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "i18n/annualreport", "i18n/search", "i18n/interaction", "i18n/assistant",
				"i18n/channels", "i18n/publication");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/** What the pattern's first group matches anywhere in the main sources. */
	static Set<String> found(Pattern pattern) throws IOException {
		Set<String> found = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher matches = pattern.matcher(Files.readString(file));
				while (matches.find()) {
					found.add(matches.group(1));
				}
			}
		}
		return found;
	}

	@Test
	void everyCodeWrittenInTheSourcesIsLabelledOrKnownNotToBeAnAction() throws IOException {
		assertThat(found(CODE).stream().filter(code -> !NOT_ACTIONS.contains(code) && !labelled(code)))
			.as("codes with no audit.action label; label them or, if no action, list them")
			.isEmpty();
	}

	@Test
	void everyComposedCodeIsLabelled() {
		Set<String> unlabelled = new TreeSet<>();
		Stream.of(Arrays.stream(RequestAction.values()).map(a -> "REQUEST_" + a.name()),
				Arrays.stream(Triage.values()).map(a -> "CONSULTATION_" + a.name()),
				Arrays.stream(AccountAction.values()).map(a -> "STAFF_ACCOUNT_" + a.name()),
				// a decision records the status it leads to; OPEN is where a group starts, never a decision
				Arrays.stream(PublicationCandidate.Status.values())
					.filter(s -> s != PublicationCandidate.Status.OPEN)
					.map(s -> "PUBLICATION_CANDIDATE_" + s.name()))
			.flatMap(s -> s)
			.filter(code -> !labelled(code))
			.forEach(unlabelled::add);
		assertThat(unlabelled).isEmpty();
	}

	@Test
	void everyDictionarysChangesAreLabelled() throws IOException {
		Set<String> names = found(DICTIONARY);
		assertThat(names).contains("ASSISTANT_TERM", "ASSISTANT_REMIT", "SEARCH_SYNONYMS", "SENSITIVE_WORD", "WORDING",
				"GENRE", "CARRIER");
		assertThat(names.stream().flatMap(n -> Stream.of(n + "_ADDED", n + "_REMOVED")).filter(c -> !labelled(c)))
			.isEmpty();
	}

	/** Whether the code reads as words; MessageBundlesTests keeps the English bundle's keys the same as these. */
	private boolean labelled(String code) {
		return !AuditActionLabels.label(messages, code, Locale.CHINA).equals(code);
	}

}
