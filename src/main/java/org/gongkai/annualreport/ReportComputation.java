package org.gongkai.annualreport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.appeals.AppealKind;
import org.gongkai.appeals.AppealStatistics;
import org.gongkai.identity.AgencyId;
import org.gongkai.publishing.PublishingStatistics;
import org.gongkai.requests.RequestStatistics;
import org.gongkai.requests.RequestTable;

import org.springframework.stereotype.Component;

/**
 * The numbers of a report computed from the records, each module counting its own (annual-report.md §3): table 二
 * from publishing and the administrative statistics, table 三 and the fees from requests, table 四 from appeals.
 */
@Component
class ReportComputation {

	private final PublishingStatistics publishing;

	private final RequestStatistics requests;

	private final AppealStatistics appeals;

	private final AdministrativeStatistics administrative;

	ReportComputation(PublishingStatistics publishing, RequestStatistics requests, AppealStatistics appeals,
			AdministrativeStatistics administrative) {
		this.publishing = publishing;
		this.requests = requests;
		this.appeals = appeals;
		this.administrative = administrative;
	}

	/** How much the agency decided in the year to publish after several applications for it (OGI art. 44). */
	long fromApplications(AgencyId agency, int year) {
		return publishing.publishedFromApplications(agency, year);
	}

	ReportFigures figures(AgencyId agency, int year) {
		return figures(agency, year, requests.table(agency, year), administrative.of(agency, year),
				requests.fees(agency, year));
	}

	/** The figures of many agencies for one year, table 三 of all of them counted in one pass. */
	Map<AgencyId, ReportFigures> figures(List<AgencyId> agencies, int year) {
		Map<AgencyId, RequestTable> tables = requests.tables(year);
		Map<AgencyId, AdministrativeFigures> statistics = administrative.of(year);
		Map<AgencyId, RequestStatistics.Fees> fees = requests.fees(year);
		Map<AgencyId, ReportFigures> all = new LinkedHashMap<>();
		for (AgencyId agency : agencies) {
			RequestTable table = tables.get(agency);
			all.put(agency, figures(agency, year, table != null ? table : requests.table(agency, year),
					statistics.getOrDefault(agency, AdministrativeFigures.none(year)),
					fees.getOrDefault(agency, new RequestStatistics.Fees(0, java.math.BigDecimal.ZERO))));
		}
		return all;
	}

	/** Each agency's 行政事业性收费 (万元) of the year, as entered in the administrative statistics. */
	Map<AgencyId, java.math.BigDecimal> administrativeFees(int year) {
		Map<AgencyId, java.math.BigDecimal> fees = new LinkedHashMap<>();
		administrative.of(year).forEach((agency, figures) -> fees.put(agency, figures.feesWanYuan()));
		return fees;
	}

	private ReportFigures figures(AgencyId agency, int year, RequestTable requestTable,
			AdministrativeFigures figures, RequestStatistics.Fees fees) {
		PublishingStatistics.Proactive proactive = publishing.of(agency, year);
		Map<AppealKind, AppealStatistics.Group> cases = appeals.table(agency, year);
		return new ReportFigures(
				new ReportFigures.Proactive(proactive.publishedCount(), counts(proactive.rules()),
						counts(proactive.normativeDocuments()), figures.licensing(), figures.penalty(),
						figures.enforcement(), figures.feesWanYuan()),
				requestTable,
				new ReportFigures.Appeals(group(cases.get(AppealKind.RECONSIDERATION)),
						group(cases.get(AppealKind.LITIGATION_DIRECT)),
						group(cases.get(AppealKind.LITIGATION_AFTER_RECONSIDERATION))),
				new ReportFigures.Fees(fees.noticesIssued(), fees.collectedYuan().stripTrailingZeros()));
	}

	private static ReportFigures.Counts counts(PublishingStatistics.Counts counts) {
		return new ReportFigures.Counts(counts.issued(), counts.abolished(), counts.inForce());
	}

	private static ReportFigures.Group group(AppealStatistics.Group group) {
		return new ReportFigures.Group(group.upheld(), group.corrected(), group.other(), group.pending(),
				group.total());
	}

}
