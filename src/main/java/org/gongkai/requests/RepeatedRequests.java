package org.gongkai.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Information that several applicants asked for and were given (OGI art. 44: "多个申请人就相同政府信息向同一行政机关提出公开
 * 申请，且该政府信息属于可以公开的，行政机关可以纳入主动公开的范围"), found among the applications of the last
 * {@value #YEARS} years that closed disclosed or partly disclosed: those whose descriptions are alike
 * ({@link DescriptionSimilarity}) form one group, named by its earliest application. A group of one counts when its
 * applicant suggested publication on the status page. What becomes of a group is the publishing desk's decision.
 */
@Service
public class RepeatedRequests {

	static final int YEARS = 2;

	/** At most this many disclosed applications per agency are compared; more are the most recent ones. */
	static final int COMPARED = 5000;

	private final RequestRecords records;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	RepeatedRequests(RequestRecords records, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.records = records;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** One disclosed application of a group; {@code suggested}: its applicant asked for publication. */
	public record Disclosed(long id, String trackingNumber, String description, LocalDate closedOn, Outcome outcome,
			boolean suggested) {
	}

	/** Applications for the same information, earliest first; {@code anchorId} names the group. */
	public record Group(long anchorId, String agencyCode, String agencyName, List<Disclosed> applications) {

		public String description() {
			return applications.get(0).description();
		}

		public List<String> trackingNumbers() {
			return applications.stream().map(Disclosed::trackingNumber).toList();
		}

	}

	/** The groups of the agencies the staff member may read, the largest first. */
	public List<Group> groups(Staff staff) {
		AgencyScope agencies = records.scope(staff);
		Map<Long, List<Disclosed>> byAgency = new TreeMap<>();
		jdbc.sql("""
				select r.id, r.agency_id, r.tracking_number, r.description, r.closed_on, r.outcome,
				       s.request_id is not null as suggested
				from disclosure_request r left join publication_suggestion s on s.request_id = r.id
				where r.agency_id in (:agencies) and r.status = 'CLOSED'
				  and r.outcome in ('DISCLOSED', 'PARTIALLY_DISCLOSED') and r.closed_on >= :since
				order by r.agency_id, r.closed_on desc, r.id desc""")
			.param("agencies", agencies.ids())
			.param("since", records.today().minusYears(YEARS))
			.query((rs, row) -> {
				List<Disclosed> ofAgency = byAgency.computeIfAbsent(rs.getLong("agency_id"), id -> new ArrayList<>());
				if (ofAgency.size() < COMPARED) {
					ofAgency.add(new Disclosed(rs.getLong("id"), rs.getString("tracking_number"),
							rs.getString("description"), rs.getObject("closed_on", LocalDate.class),
							Outcome.valueOf(rs.getString("outcome")), rs.getBoolean("suggested")));
				}
				return null;
			})
			.list();
		List<Group> groups = new ArrayList<>();
		byAgency.forEach((agencyId, disclosed) -> groups.addAll(group(agencies.get(agencyId), disclosed)));
		groups.sort((a, b) -> b.applications().size() != a.applications().size()
				? b.applications().size() - a.applications().size() : Long.compare(a.anchorId(), b.anchorId()));
		return groups;
	}

	/** The group named by this application, if it still is one for this staff member. */
	public Optional<Group> group(Staff staff, long anchorId) {
		return groups(staff).stream().filter(group -> group.anchorId() == anchorId).findFirst();
	}

	/** Single-link grouping: an application joins the first group holding a description like its own. */
	static List<Group> group(AgencyInfo agency, List<Disclosed> disclosed) {
		List<List<Disclosed>> found = new ArrayList<>();
		List<Disclosed> earliestFirst = new ArrayList<>(disclosed);
		earliestFirst.sort((a, b) -> Long.compare(a.id(), b.id()));
		for (Disclosed application : earliestFirst) {
			found.stream()
				.filter(members -> members.stream()
					.anyMatch(member -> DescriptionSimilarity.of(member.description(),
							application.description()) >= DescriptionSimilarity.SIMILAR))
				.findFirst()
				.ifPresentOrElse(members -> members.add(application), () -> found.add(new ArrayList<>(List.of(application))));
		}
		return found.stream()
			.filter(members -> members.size() > 1 || members.get(0).suggested())
			.map(members -> new Group(members.get(0).id(), agency.code(), agency.name(), List.copyOf(members)))
			.toList();
	}

	/**
	 * The applicant, on the status page, suggests that what they were given be published for everyone; only after a
	 * disclosure, once.
	 */
	@Transactional
	public void suggestPublication(PublicStatus status) {
		if (!mayBeSuggested(status)) {
			throw DomainException.conflict(null, "requests.publicationSuggestion.notDisclosed");
		}
		int added = jdbc.sql("""
				insert into publication_suggestion (request_id, suggested_on) values (:id, :today)
				on conflict (request_id) do nothing""")
			.param("id", status.id())
			.param("today", records.today())
			.update();
		if (added > 0) {
			long agencyId = jdbc.sql("select agency_id from disclosure_request where id = :id")
				.param("id", status.id())
				.query(Long.class)
				.single();
			events.publishEvent(new RequestAnnotated(status.id(), status.trackingNumber(),
					records.everyAgency().get(agencyId).code(),
					"PUBLICATION_SUGGESTED", "申请人建议将所公开信息纳入主动公开（条例第四十四条）", "public"));
		}
	}

	/** Whether the application closed with information given, which its applicant may suggest publishing. */
	public static boolean mayBeSuggested(PublicStatus status) {
		return status.status() == RequestStatus.CLOSED
				&& (status.outcome() == Outcome.DISCLOSED || status.outcome() == Outcome.PARTIALLY_DISCLOSED);
	}

	/** Whether the applicant already suggested publication. */
	public boolean suggested(PublicStatus status) {
		return jdbc.sql("select count(*) from publication_suggestion where request_id = :id")
			.param("id", status.id())
			.query(Long.class)
			.single() > 0;
	}

}
