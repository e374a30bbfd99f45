package org.gongkai.annualreport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.gongkai.annualreport.HistoryDocument.Problem;
import org.gongkai.appeals.AppealKind;
import org.gongkai.appeals.AppealResult;
import org.gongkai.appeals.Appeals;
import org.gongkai.appeals.ImportedAppeal;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;
import org.gongkai.publishing.NormativeKind;
import org.gongkai.publishing.NormativeLedger;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.Outcome;
import org.gongkai.requests.RequestHistory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bringing in an agency's history (annual-report.md §6): every record is checked first and every bad one listed by
 * its array and index; only a document without problems is applied, in one transaction, all of it. Records are keyed
 * by {@code reference}, so importing the same document twice changes nothing.
 */
@Service
public class HistoryImport {

	private final AgencyDirectory agencies;

	private final RequestHistory requests;

	private final NormativeLedger ledger;

	private final Appeals appeals;

	private final AdministrativeStatistics statistics;

	private final ApplicationEventPublisher events;

	HistoryImport(AgencyDirectory agencies, RequestHistory requests, NormativeLedger ledger, Appeals appeals,
			AdministrativeStatistics statistics, ApplicationEventPublisher events) {
		this.agencies = agencies;
		this.requests = requests;
		this.ledger = ledger;
		this.appeals = appeals;
		this.statistics = statistics;
		this.events = events;
	}

	/** The problems of a document; empty when it can be applied. Changes nothing. */
	public List<Problem> check(HistoryDocument document) {
		return new Parsed(document).problems;
	}

	/**
	 * Applies the document, or, when any record is bad, nothing.
	 *
	 * @throws HistoryRejected listing every bad record
	 */
	@Transactional
	public HistoryDocument.Added apply(Staff staff, String agencyCode, HistoryDocument document) {
		AgencyInfo agency = agencies.readable(staff, agencyCode);
		if (!staff.canActFor(agency, Role.OFFICER) && !staff.canActFor(agency, Role.ADMIN)) {
			throw DomainException.notPermitted("annualreport.officerOnly");
		}
		Parsed parsed = new Parsed(document);
		if (!parsed.problems.isEmpty()) {
			throw new HistoryRejected(parsed.problems);
		}
		int normative = 0;
		for (HistoryDocument.Normative n : document.normativeDocuments()) {
			if (ledger.importEntry(agency.id(), NormativeKind.valueOf(n.kind()), n.title().strip(), n.documentNumber(),
					LocalDate.parse(n.issuedOn()), date(n.abolishedOn()), n.reference())) {
				normative++;
			}
		}
		statistics.write(agency.id(), parsed.statistics);
		HistoryDocument.Added added = new HistoryDocument.Added(requests.importAll(agency.id(), parsed.requests),
				normative, appeals.importCases(agency.id(), parsed.reconsiderations),
				appeals.importCases(agency.id(), parsed.litigations), parsed.statistics.size());
		events.publishEvent(new HistoryImported(agency.code(), added.toString(), staff.username()));
		return added;
	}

	/** A document with bad records; nothing of it was applied. */
	public static final class HistoryRejected extends RuntimeException {

		private final transient List<Problem> problems;

		HistoryRejected(List<Problem> problems) {
			super(problems.size() + " bad records");
			this.problems = List.copyOf(problems);
		}

		public List<Problem> problems() {
			return problems;
		}

	}

	/** The document read into the modules' types, collecting a problem for every bad value. */
	private static final class Parsed {

		final List<Problem> problems = new ArrayList<>();

		final List<RequestHistory.HistoricRequest> requests = new ArrayList<>();

		final List<ImportedAppeal> reconsiderations = new ArrayList<>();

		final List<ImportedAppeal> litigations = new ArrayList<>();

		final List<AdministrativeFigures> statistics = new ArrayList<>();

		private String array;

		private int index;

		Parsed(HistoryDocument document) {
			each("requests", document.requests(), this::request);
			each("normativeDocuments", document.normativeDocuments(), this::normative);
			each("reconsiderations", document.reconsiderations(), c -> appeal(c, reconsiderations, true));
			each("litigations", document.litigations(), c -> appeal(c, litigations, false));
			Set<Integer> years = new HashSet<>();
			array = "administrativeStatistics";
			for (index = 0; index < document.administrativeStatistics().size(); index++) {
				HistoryDocument.Statistics s = document.administrativeStatistics().get(index);
				if (s.year() == null || !years.add(s.year())) {
					problem("year", s.year() == null ? "validation.required" : "annualreport.import.duplicate");
					continue;
				}
				AdministrativeFigures figures;
				try {
					figures = new AdministrativeFigures(s.year(), orZero(s.licensing()), orZero(s.penalty()),
							orZero(s.enforcement()), new BigDecimal(
									s.administrativeFeesWanYuan() == null ? "0" : s.administrativeFeesWanYuan().strip()));
					AdministrativeStatistics.validate(figures);
					statistics.add(figures);
				}
				catch (NumberFormatException e) {
					problem("administrativeFeesWanYuan", "annualreport.statistics.fees");
				}
				catch (DomainException e) {
					problem(e.field(), e.messageKey());
				}
			}
		}

		private <T> void each(String name, List<T> records, java.util.function.Consumer<T> read) {
			array = name;
			Set<String> references = new HashSet<>();
			for (index = 0; index < records.size(); index++) {
				T record = records.get(index);
				String reference = reference(record);
				if (reference == null || reference.isBlank()) {
					problem("reference", "validation.required");
				}
				else if (!references.add(reference)) {
					problem("reference", "annualreport.import.duplicate");
				}
				else {
					read.accept(record);
				}
			}
		}

		private static String reference(Object record) {
			if (record instanceof HistoryDocument.Request r) {
				return r.reference();
			}
			if (record instanceof HistoryDocument.Normative n) {
				return n.reference();
			}
			return ((HistoryDocument.Case) record).reference();
		}

		private void request(HistoryDocument.Request r) {
			ApplicantType type = value("applicantType", r.applicantType(), ApplicantType::valueOf, true);
			LocalDate received = value("receivedOn", r.receivedOn(), LocalDate::parse, true);
			LocalDate closed = value("closedOn", r.closedOn(), LocalDate::parse, false);
			Outcome outcome = value("outcome", r.outcome(), Outcome::valueOf, false);
			if (blank(r.closedOn()) != blank(r.outcome())) {
				problem(blank(r.closedOn()) ? "closedOn" : "outcome", "annualreport.import.closedWithOutcome");
			}
			else if (received != null && closed != null && closed.isBefore(received)) {
				problem("closedOn", "annualreport.import.beforeStart");
			}
			else if (type != null && received != null) {
				requests.add(new RequestHistory.HistoricRequest(r.reference(), type, received, closed, outcome));
			}
		}

		private void normative(HistoryDocument.Normative n) {
			value("kind", n.kind(), NormativeKind::valueOf, true);
			if (n.title() == null || n.title().isBlank()) {
				problem("title", "validation.required");
			}
			LocalDate issued = value("issuedOn", n.issuedOn(), LocalDate::parse, true);
			LocalDate abolished = value("abolishedOn", n.abolishedOn(), LocalDate::parse, false);
			if (issued != null && abolished != null && abolished.isBefore(issued)) {
				problem("abolishedOn", "annualreport.import.beforeStart");
			}
		}

		private void appeal(HistoryDocument.Case c, List<ImportedAppeal> into, boolean reconsideration) {
			LocalDate filed = value("filedOn", c.filedOn(), LocalDate::parse, true);
			LocalDate decided = value("decidedOn", c.decidedOn(), LocalDate::parse, false);
			AppealResult result = value("result", c.result(), AppealResult::valueOf, false);
			if (blank(c.decidedOn()) != blank(c.result())) {
				problem(blank(c.decidedOn()) ? "decidedOn" : "result", "annualreport.import.decidedWithResult");
			}
			else if (filed != null && decided != null && decided.isBefore(filed)) {
				problem("decidedOn", "annualreport.import.beforeStart");
			}
			else if (filed != null && (blank(c.decidedOn()) || decided != null && result != null)) {
				AppealKind kind = reconsideration ? AppealKind.RECONSIDERATION
						: Boolean.TRUE.equals(c.afterReconsideration()) ? AppealKind.LITIGATION_AFTER_RECONSIDERATION
								: AppealKind.LITIGATION_DIRECT;
				into.add(new ImportedAppeal(c.reference(), kind, filed, decided, result));
			}
		}

		/** Parses a value; a missing required one or an unreadable one is a problem (and null). */
		private <T> T value(String field, String text, Function<String, T> parse, boolean required) {
			if (text == null || text.isBlank()) {
				if (required) {
					problem(field, "validation.required");
				}
				return null;
			}
			try {
				return parse.apply(text.strip());
			}
			catch (IllegalArgumentException | DateTimeParseException e) {
				problem(field, "annualreport.import.invalid", text);
				return null;
			}
		}

		private void problem(String field, String key, Object... arguments) {
			problems.add(new Problem(array, index, field, key, List.of(arguments)));
		}

		private static boolean blank(String text) {
			return text == null || text.isBlank();
		}

		private static long orZero(Long value) {
			return value == null ? 0 : value;
		}

	}

	private static LocalDate date(String text) {
		return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
	}

}
