package org.gongkai.assistant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.ContactDetails;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What was asked of the assistant, for the back office (to improve the knowledge base: the questions without an
 * answer, the answers rated down, the hand-overs) and for the portal's suggested questions.
 */
@Service
public class AssistantQueries {

	/** Suggested questions shown at most. */
	static final int SUGGESTIONS = 5;

	private final JdbcClient jdbc;

	private final ServiceItems items;

	private final AgencyDirectory agencies;

	AssistantQueries(JdbcClient jdbc, ServiceItems items, AgencyDirectory agencies) {
		this.jdbc = jdbc;
		this.items = items;
		this.agencies = agencies;
	}

	/** Which questions a list shows. */
	public enum Filter {

		ALL("true"), UNANSWERED("not q.answered"), RATED_DOWN("q.feedback = -1"), RATED_UP("q.feedback = 1");

		private final String condition;

		Filter(String condition) {
			this.condition = condition;
		}

		String condition() {
			return condition;
		}

	}

	/**
	 * A question asked, as the back office lists it.
	 *
	 * @param topSource the source found closest: {@code item:<agency>:<code>} for a service item,
	 * {@code document:<id>} for a published document; the one answered from, offered first, or (for a redirect) of
	 * the agency the question was sent to, and recorded even when the language model declined; none when nothing
	 * was found
	 */
	public record Asked(long id, String agencyName, String question, boolean answered, String topTitle,
			String topSource, float score, boolean viaLlm, int latencyMs, Integer feedback, Instant askedAt) {

		/** The service item found closest, as agency code and item code; none for a document or when none was. */
		public String[] item() {
			return Chunking.itemOf(topSource);
		}

	}

	/** A question handed over to staff. */
	public record Handoff(long id, String agencyName, String question, String conversation, String name,
			String contact, Instant createdAt, String consultation) {
	}

	/** Counts for the page's summary. */
	public record Summary(long asked, long unanswered, long ratedUp, long ratedDown, long handoffs) {
	}

	/**
	 * Who calls the person back and so needs the number whole: the OFFICERs and LEADERs of the agency the question
	 * was asked of. Everyone else (a supervising office, an administrator, an editor) sees it masked.
	 */
	static boolean callsBack(Staff staff, AgencyInfo agency) {
		return staff.canActFor(agency, Role.OFFICER) || staff.canActFor(agency, Role.LEADER);
	}

	/** Every phone number in a contact masked as 138****5678 ({@link ContactDetails#maskPhones}). */
	static String maskPhones(String contact) {
		return ContactDetails.maskPhones(contact);
	}

	public Summary summary(Staff staff) {
		return jdbc.sql("""
				select count(*) as asked, count(*) filter (where not q.answered) as unanswered,
				       count(*) filter (where q.feedback = 1) as up, count(*) filter (where q.feedback = -1) as down,
				       (select count(*) from assistant_handoff h where h.agency_code in (:agencies)) as handoffs
				from assistant_question q where q.agency_code in (:agencies)""")
			.param("agencies", agencies.scopeOf(staff).codes())
			.query((rs, row) -> new Summary(rs.getLong("asked"), rs.getLong("unanswered"), rs.getLong("up"),
					rs.getLong("down"), rs.getLong("handoffs")))
			.single();
	}

	/**
	 * The questions to suggest on an agency's chat panel (猜您想问): only what staff wrote, never a visitor's words
	 * (which would let anyone put text on every page): the first FAQ question of each of its published service items,
	 * then the names of its service items.
	 */
	public List<String> suggestions(String agencyCode) {
		List<String> suggested = new ArrayList<>();
		List<ServiceGuide> guides = items.published(agencyCode);
		for (ServiceGuide guide : guides) {
			guide.item().faq().stream().findFirst().map(ServiceItem.Faq::q).ifPresent(q -> add(suggested, q));
		}
		for (ServiceGuide guide : guides) {
			add(suggested, guide.item().name());
		}
		return suggested;
	}

	private static void add(List<String> suggested, String question) {
		if (suggested.size() < SUGGESTIONS && question != null && !question.isBlank()
				&& !suggested.contains(question.strip())) {
			suggested.add(question.strip());
		}
	}

}
