package org.gongkai.publishing;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.platform.Beijing;
import org.gongkai.identity.AgencyId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The numbers of 主动公开 for the annual report (annual-report.md §3): rules and normative documents issued in the
 * year, abolished in it (expiry counts as abolition), in force on 31 December; and the documents first published in
 * the year.
 */
@Service
public class PublishingStatistics {

	private final NormativeLedger ledger;

	private final JdbcClient jdbc;

	PublishingStatistics(NormativeLedger ledger, JdbcClient jdbc) {
		this.ledger = ledger;
		this.jdbc = jdbc;
	}

	/**
	 * How many groups of applications the agency's editors decided in the year (Beijing time) to publish proactively
	 * (OGI art. 44, {@link PublicationCandidates}); the narrative of the annual report may quote it.
	 */
	public long publishedFromApplications(AgencyId agency, int year) {
		return jdbc.sql("""
				select count(*) from publication_candidate where agency_id = :agency and status = 'ACCEPTED'
				and extract(year from decided_at at time zone 'Asia/Shanghai') = :year""")
			.param("agency", agency.value())
			.param("year", year)
			.query(Long.class)
			.single();
	}

	/** Issued, abolished and in-force counts of one kind. */
	public record Counts(long issued, long abolished, long inForce) {
	}

	/** Table 二 rows 规章 and 行政规范性文件, and the number of items published in the year. */
	public record Proactive(int year, long publishedCount, Counts rules, Counts normativeDocuments) {
	}

	public Proactive of(AgencyId agency, int year) {
		List<NormativeEntry> entries = ledger.of(agency);
		return new Proactive(year, publishedIn(agency, year), counts(entries, NormativeKind.RULE, year),
				counts(entries, NormativeKind.NORMATIVE_DOCUMENT, year));
	}

	/**
	 * The three columns of table 二's rows 规章 and 行政规范性文件, each a rule over a document and the year
	 * (annual-report.md §3): the counts and the lists behind each cell share it, so they cannot differ.
	 */
	public enum Measure {

		/** 本年制发件数: issued in the year. */
		ISSUED,
		/** 本年废止件数: abolished in the year (expiry counts as abolition). */
		ABOLISHED,
		/** 现行有效件数: in force on 31 December. */
		IN_FORCE;

		boolean counts(NormativeEntry entry, int year) {
			return switch (this) {
				case ISSUED -> entry.issuedOn().getYear() == year;
				case ABOLISHED -> entry.endedOn() != null && entry.endedOn().getYear() == year;
				case IN_FORCE -> entry.inForceOn(LocalDate.of(year, 12, 31));
			};
		}

	}

	static Counts counts(List<NormativeEntry> entries, NormativeKind kind, int year) {
		return new Counts(counted(entries, kind, year, Measure.ISSUED).size(),
				counted(entries, kind, year, Measure.ABOLISHED).size(),
				counted(entries, kind, year, Measure.IN_FORCE).size());
	}

	/** The documents of one kind that one cell of table 二 counts, by the rule of its count. */
	public List<NormativeEntry> counted(AgencyId agency, int year, NormativeKind kind, Measure measure) {
		return counted(ledger.of(agency), kind, year, measure);
	}

	private static List<NormativeEntry> counted(List<NormativeEntry> entries, NormativeKind kind, int year,
			Measure measure) {
		return entries.stream().filter(entry -> entry.kind() == kind && measure.counts(entry, year)).toList();
	}

	private long publishedIn(AgencyId agency, int year) {
		return jdbc.sql("""
				select count(*) from document d
				where d.agency_id = :agency and d.index_number is not null
				  and (select min(published_at) from document_revision r where r.document_id = d.id) >= :from
				  and (select min(published_at) from document_revision r where r.document_id = d.id) < :to""")
			.param("agency", agency.value())
			.param("from", java.sql.Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(Beijing.ZONE).toInstant()))
			.param("to", java.sql.Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(Beijing.ZONE).toInstant()))
			.query(Long.class)
			.single();
	}

}
