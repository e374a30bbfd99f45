package org.gongkai.assistant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Staff;
import org.gongkai.platform.LedgerCursor;
import org.gongkai.platform.LedgerPage;
import org.gongkai.platform.LedgerQuery;
import org.gongkai.platform.LedgerSorting;
import org.gongkai.platform.LedgerWhere;

import org.springframework.stereotype.Service;

/**
 * The assistant's two ledgers with the shared query form (issue 19), neither cut off at 200 rows any more: the
 * questions asked (their status one of {@link AssistantQueries.Filter}: unanswered, rated down, rated up; their text
 * looked for in the question and the answer's source) and the questions handed over to staff (their text looked
 * for in the question, the name and the consultation's number). The dates bound the Beijing day asked.
 */
@Service
public class AssistantLedger {

	public static final LedgerSorting QUESTIONS = LedgerSorting.of(true, "q.id", "askedAt", "q.asked_at",
			"score", "q.score", "latency", "q.latency_ms", "feedback", "q.feedback");

	public static final LedgerSorting HANDOFFS = LedgerSorting.of(true, "h.id", "createdAt", "h.created_at", "name",
			"h.name", "consultation", "h.consultation");

	private final AgencyDirectory agencies;

	private final LedgerCursor cursor;

	AssistantLedger(AgencyDirectory agencies, LedgerCursor cursor) {
		this.agencies = agencies;
		this.cursor = cursor;
	}

	public List<AgencyInfo> agencies(Staff staff) {
		return agencies.scopeOf(staff).agencies();
	}

	public LedgerPage<AssistantQueries.Asked> questions(Staff staff, LedgerQuery query) {
		AgencyScope scope = agencies.scopeOf(staff);
		return cursor.page(questions(scope, query), query, (rs, row) -> asked(rs, scope));
	}

	public long eachQuestion(Staff staff, LedgerQuery query, Consumer<AssistantQueries.Asked> rows) {
		AgencyScope scope = agencies.scopeOf(staff);
		return cursor.each(questions(scope, query), query, rs -> rows.accept(asked(rs, scope)));
	}

	/** The hand-overs; the contact shown whole only to those who call back ({@link AssistantQueries#callsBack}). */
	public LedgerPage<AssistantQueries.Handoff> handoffs(Staff staff, LedgerQuery query) {
		AgencyScope scope = agencies.scopeOf(staff);
		return cursor.page(handoffs(scope, query), query, (rs, row) -> handoff(rs, scope, staff, false));
	}

	/** Every hand-over of the query, in its order; the exported contact always masked. */
	public long eachHandoff(Staff staff, LedgerQuery query, Consumer<AssistantQueries.Handoff> rows) {
		AgencyScope scope = agencies.scopeOf(staff);
		return cursor.each(handoffs(scope, query), query, rs -> rows.accept(handoff(rs, scope, staff, true)));
	}

	private static LedgerCursor.Sql questions(AgencyScope scope, LedgerQuery query) {
		LedgerWhere where = LedgerWhere.from("from assistant_question q where q.agency_code in (:agencies)")
			.param("agencies", scope.codesOrOnly(query.agency()));
		AssistantQueries.Filter status = query.status(AssistantQueries.Filter.class);
		if (status != null) {
			where.and(status.condition());
		}
		AssistantQueries.Filter preset = preset(query.filter());
		if (preset != null) {
			where.and(preset.condition());
		}
		return where.instants("q.asked_at", query)
			.text(query, "q.question", "q.top_title")
			.sql("q.id, q.agency_code, q.question, q.answered, q.top_title, q.top_source, q.score, q.via_llm,"
					+ " q.latency_ms, q.feedback, q.asked_at", QUESTIONS);
	}

	private static AssistantQueries.Filter preset(String filter) {
		try {
			return filter == null ? null : AssistantQueries.Filter.valueOf(filter);
		}
		catch (IllegalArgumentException e) {
			throw org.gongkai.platform.DomainException.invalid("filter", "ledger.status.unknown", filter);
		}
	}

	private static LedgerCursor.Sql handoffs(AgencyScope scope, LedgerQuery query) {
		return LedgerWhere.from("from assistant_handoff h where h.agency_code in (:agencies)")
			.param("agencies", scope.codesOrOnly(query.agency()))
			.instants("h.created_at", query)
			.text(query, "h.question", "h.name", "h.consultation")
			.sql("h.id, h.agency_code, h.question, h.conversation, h.name, h.contact, h.created_at, h.consultation",
					HANDOFFS);
	}

	private static AssistantQueries.Asked asked(ResultSet rs, AgencyScope scope) throws SQLException {
		return new AssistantQueries.Asked(rs.getLong("id"), agency(rs, scope).name(),
				AssistantQueries.maskPhones(rs.getString("question")),
				rs.getBoolean("answered"), rs.getString("top_title"), rs.getString("top_source"), rs.getFloat("score"),
				rs.getBoolean("via_llm"), rs.getInt("latency_ms"), rs.getObject("feedback", Integer.class),
				rs.getTimestamp("asked_at").toInstant());
	}

	private static AssistantQueries.Handoff handoff(ResultSet rs, AgencyScope scope, Staff staff, boolean masked)
			throws SQLException {
		AgencyInfo agency = agency(rs, scope);
		boolean whole = !masked && AssistantQueries.callsBack(staff, agency);
		return new AssistantQueries.Handoff(rs.getLong("id"), agency.name(), whole(rs, "question", whole),
				whole(rs, "conversation", whole), rs.getString("name"), whole(rs, "contact", whole),
				rs.getTimestamp("created_at").toInstant(), rs.getString("consultation"));
	}

	/** The column as typed for the staff who call the person back, every phone number in it masked for the others. */
	private static String whole(ResultSet rs, String column, boolean whole) throws SQLException {
		String text = rs.getString(column);
		return whole ? text : AssistantQueries.maskPhones(text);
	}

	private static AgencyInfo agency(ResultSet rs, AgencyScope scope) throws SQLException {
		return scope.findByCode(rs.getString("agency_code")).orElseThrow();
	}

}
