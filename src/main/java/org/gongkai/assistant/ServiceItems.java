package org.gongkai.assistant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.InvalidInput.Violations;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the agencies' service items: edited one by one in the back office or imported in bulk from the agency's
 * service system (idempotent by code; all or nothing). Editors act for their own agency, administrators for theirs
 * and those below; anyone else gets "not found" for agencies they cannot read.
 */
@Service
public class ServiceItems {

	/** At most this many items in one import. */
	static final int MAX_IMPORT = 2000;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	private static final String SELECT = "select s.* from service_item s";

	private final JdbcClient jdbc;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	private final ObjectMapper json;

	private final Clock clock;

	ServiceItems(JdbcClient jdbc, AgencyDirectory agencies, ApplicationEventPublisher events, ObjectMapper json,
			Clock clock) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	/** What an import did. */
	public record ImportResult(int created, int updated) implements java.io.Serializable {
	}

	/**
	 * Imports items into an agency: each is created or, when the agency already has an item with its code, replaced.
	 * Nothing is stored when any item is invalid; the errors name the item by its position ({@code [3].materials}).
	 */
	@Transactional
	public ImportResult importItems(Staff staff, String agencyCode, List<ServiceItem> items) {
		AgencyInfo agency = actingFor(staff, agencyCode);
		Violations violations = new Violations();
		if (items == null || items.isEmpty()) {
			violations.add("items", "assistant.import.empty");
		}
		else if (items.size() > MAX_IMPORT) {
			violations.add("items", "assistant.import.tooMany", MAX_IMPORT);
		}
		else {
			Set<String> codes = new HashSet<>();
			for (int i = 0; i < items.size(); i++) {
				ServiceItem item = items.get(i);
				String prefix = "[" + i + "].";
				if (item == null) {
					violations.add("[" + i + "]", "validation.required");
					continue;
				}
				check(item, prefix, violations);
				if (item.code() != null && !codes.add(item.code().strip())) {
					violations.add(prefix + "code", "assistant.item.code.duplicate", item.code());
				}
			}
		}
		violations.throwIfAny();
		int created = 0;
		for (ServiceItem item : items) {
			created += store(staff, agency, item, true, true) ? 1 : 0;
		}
		events.publishEvent(new ServiceItemsChanged(agency.code(),
				items.stream().map(item -> item.code().strip()).toList(), "IMPORTED", staff.username()));
		return new ImportResult(created, items.size() - created);
	}

	/** Creates or replaces one item from the back office's form; {@code published} puts it on the portal. */
	@Transactional
	public void save(Staff staff, String agencyCode, ServiceItem item, boolean published) {
		AgencyInfo agency = actingFor(staff, agencyCode);
		Violations violations = new Violations();
		check(item, "", violations);
		violations.throwIfAny();
		boolean created = store(staff, agency, item, published, false);
		events.publishEvent(new ServiceItemsChanged(agency.code(), List.of(item.code().strip()),
				created ? "CREATED" : published ? "UPDATED" : "UNPUBLISHED", staff.username()));
	}

	/** The items of the agencies the staff member may read, for the back office's list. */
	public List<ServiceGuide> readableBy(Staff staff) {
		AgencyScope scope = agencies.scopeOf(staff);
		record Row(long agencyId, ServiceGuide guide) {
		}
		List<Row> rows = jdbc.sql(SELECT + " where s.agency_id in (:agencies) order by s.department, s.name")
			.param("agencies", scope.ids())
			.query((rs, row) -> new Row(rs.getLong("agency_id"), map(rs, scope)))
			.list();
		return scope.inTreeOrder(rows, Row::agencyId).stream().map(Row::guide).toList();
	}

	/** One item of an agency the staff member may read. */
	public ServiceGuide find(Staff staff, String agencyCode, String code) {
		AgencyInfo agency = agencies.readable(staff, agencyCode);
		return one(agency.code(), code).orElseThrow(() -> DomainException.notFound("assistant.item.notFound", code));
	}

	/** The published items of an agency, for its 办事指南 list. */
	public List<ServiceGuide> published(String agencyCode) {
		return agencies.findByCode(agencyCode)
			.map(agency -> jdbc
				.sql(SELECT + " where s.agency_id = :agency and s.published order by s.department, s.name")
				.param("agency", agency.id().value())
				.query((rs, row) -> map(rs, AgencyScope.of(List.of(agency))))
				.list())
			.orElse(List.of());
	}

	/** One published item, for its portal page. */
	public Optional<ServiceGuide> published(String agencyCode, String code) {
		return one(agencyCode, code).filter(ServiceGuide::published);
	}

	/** Every published item of every agency, for rebuilding the knowledge index. */
	List<ServiceGuide> allPublished() {
		AgencyScope everyAgency = agencies.wholeTree();
		return jdbc.sql(SELECT + " where s.published order by s.id").query((rs, row) -> map(rs, everyAgency)).list();
	}

	/** The published items among these row ids (all published items when {@code ids} is null), by row id. */
	java.util.Map<Long, ServiceGuide> publishedById(java.util.Collection<Long> ids) {
		AgencyScope everyAgency = agencies.wholeTree();
		java.util.Map<Long, ServiceGuide> byId = new java.util.LinkedHashMap<>();
		if (ids != null && ids.isEmpty()) {
			return byId;
		}
		jdbc.sql(SELECT + " where s.published" + (ids == null ? "" : " and s.id in (:ids)") + " order by s.id")
			.params(ids == null ? java.util.Map.of() : java.util.Map.of("ids", ids))
			.query((rs, row) -> byId.put(rs.getLong("id"), map(rs, everyAgency)))
			.list();
		return byId;
	}

	/** The row ids of an agency's items with these codes. */
	List<Long> idsOf(String agencyCode, List<String> codes) {
		return agencies.findByCode(agencyCode)
			.filter(agency -> !codes.isEmpty())
			.map(agency -> jdbc.sql("select id from service_item where agency_id = :agency and code in (:codes)")
				.param("agency", agency.id().value())
				.param("codes", codes)
				.query(Long.class)
				.list())
			.orElse(List.of());
	}

	private Optional<ServiceGuide> one(String agencyCode, String code) {
		return agencies.findByCode(agencyCode)
			.flatMap(agency -> jdbc.sql(SELECT + " where s.agency_id = :agency and s.code = :code")
				.param("agency", agency.id().value())
				.param("code", code)
				.query((rs, row) -> map(rs, AgencyScope.of(List.of(agency))))
				.optional());
	}

	/** Whether the staff member may change the items of the agency (its editors and administrators). */
	public boolean mayEdit(Staff staff, String agencyCode) {
		return agencies.findByCode(agencyCode).map(agency -> edits(staff, agency)).orElse(false);
	}

	private AgencyInfo actingFor(Staff staff, String agencyCode) {
		AgencyInfo agency = agencies.readable(staff, agencyCode);
		if (!edits(staff, agency)) {
			throw DomainException.notPermitted("assistant.item.notPermitted", agency.name());
		}
		return agency;
	}

	private static boolean edits(Staff staff, AgencyInfo agency) {
		return staff.canActFor(agency, Role.EDITOR) || staff.canActFor(agency, Role.ADMIN);
	}

	/** The rules of one item; {@code prefix} names the item within an import. */
	static void check(ServiceItem item, String prefix, Violations violations) {
		if (violations.require(prefix + "code", item.code()) && !CODE.matcher(item.code().strip()).matches()) {
			violations.add(prefix + "code", "assistant.item.code.malformed");
		}
		violations.require(prefix + "name", item.name());
		violations.require(prefix + "department", item.department());
		violations.require(prefix + "basis", item.basis());
		violations.require(prefix + "conditions", item.conditions());
		if (item.materials().stream().noneMatch(m -> m != null && !m.isBlank())) {
			violations.add(prefix + "materials", "assistant.item.materials.required");
		}
		violations.require(prefix + "process", item.process());
		violations.require(prefix + "timeLimit", item.timeLimit());
		violations.require(prefix + "fee", item.fee());
		violations.require(prefix + "location", item.location());
		violations.require(prefix + "hours", item.hours());
		violations.require(prefix + "phone", item.phone());
		for (int i = 0; i < item.faq().size(); i++) {
			ServiceItem.Faq faq = item.faq().get(i);
			violations.require(prefix + "faq[" + i + "].q", faq == null ? null : faq.q());
			violations.require(prefix + "faq[" + i + "].a", faq == null ? null : faq.a());
		}
		if (item.name() != null && item.name().strip().length() > 200) {
			violations.add(prefix + "name", "assistant.item.tooLong", 200);
		}
	}

	/**
	 * Inserts or replaces the item; answers whether it was new. An import without aliases keeps those staff added
	 * (a service system does not know them); the back office's form replaces them.
	 */
	private boolean store(Staff staff, AgencyInfo agency, ServiceItem item, boolean published, boolean importing) {
		List<String> materials = item.materials().stream().filter(m -> m != null && !m.isBlank()).map(String::strip).toList();
		return jdbc.sql("""
				insert into service_item (agency_id, code, name, department, basis, conditions, materials, process,
				       time_limit, fee, location, hours, phone, faq, aliases, published, updated_at, updated_by)
				values (:agency, :code, :name, :department, :basis, :conditions, cast(:materials as jsonb), :process,
				       :timeLimit, :fee, :location, :hours, :phone, cast(:faq as jsonb), cast(:aliases as jsonb),
				       :published, :at, :by)
				on conflict (agency_id, code) do update set name = excluded.name, department = excluded.department,
				       basis = excluded.basis, conditions = excluded.conditions, materials = excluded.materials,
				       process = excluded.process, time_limit = excluded.time_limit, fee = excluded.fee,
				       location = excluded.location, hours = excluded.hours, phone = excluded.phone, faq = excluded.faq,
				       aliases = case when :importing and excluded.aliases = '[]'::jsonb then service_item.aliases
				                      else excluded.aliases end,
				       published = excluded.published, updated_at = excluded.updated_at, updated_by = excluded.updated_by
				returning (xmax = 0) as inserted""")
			.param("agency", agency.id().value())
			.param("code", item.code().strip())
			.param("name", item.name().strip())
			.param("department", item.department().strip())
			.param("basis", item.basis().strip())
			.param("conditions", item.conditions().strip())
			.param("materials", json.writeValueAsString(materials))
			.param("process", item.process().strip())
			.param("timeLimit", item.timeLimit().strip())
			.param("fee", item.fee().strip())
			.param("location", item.location().strip())
			.param("hours", item.hours().strip())
			.param("phone", item.phone().strip())
			.param("faq", json.writeValueAsString(item.faq()
				.stream()
				.map(f -> new ServiceItem.Faq(f.q().strip(), f.a().strip()))
				.toList()))
			.param("aliases", json.writeValueAsString(
					item.aliases().stream().filter(a -> a != null && !a.isBlank()).map(String::strip).distinct().toList()))
			.param("importing", importing)
			.param("published", published)
			.param("at", Timestamp.from(clock.instant()))
			.param("by", staff.username())
			.query(Boolean.class)
			.single();
	}

	ServiceGuide map(ResultSet rs, AgencyScope scope) throws SQLException {
		ServiceItem item = new ServiceItem(rs.getString("code"), rs.getString("name"), rs.getString("department"),
				rs.getString("basis"), rs.getString("conditions"),
				json.readValue(rs.getString("materials"), new TypeReference<List<String>>() {
				}), rs.getString("process"), rs.getString("time_limit"), rs.getString("fee"),
				rs.getString("location"), rs.getString("hours"), rs.getString("phone"),
				json.readValue(rs.getString("faq"), new TypeReference<List<ServiceItem.Faq>>() {
				}), json.readValue(rs.getString("aliases"), new TypeReference<List<String>>() {
				}));
		AgencyInfo agency = scope.get(rs.getLong("agency_id"));
		return new ServiceGuide(agency.code(), agency.name(), agency.path(), item, rs.getBoolean("published"),
				rs.getTimestamp("updated_at").toInstant());
	}

}
