package org.gongkai.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.gongkai.platform.DomainException;

/**
 * The agencies a reader may see, in tree order (a parent before its children): for a staff member their own agency
 * and every agency below it (architecture.md §5: every query is scoped to the agencies the user may act for), for the
 * public portal and the daily jobs the whole tree. Other modules keep {@code agency_id} in their own tables, filter
 * with {@code agency_id in (:ids)} using {@link #ids()}, and take codes, names and the order from here, so that no
 * module's SQL reads identity's tables.
 */
public final class AgencyScope {

	private final List<AgencyInfo> agencies;

	private final Map<Long, AgencyInfo> byId;

	private final Map<String, AgencyInfo> byCode;

	private final Map<Long, Integer> position;

	AgencyScope(List<AgencyInfo> treeOrdered) {
		this.agencies = List.copyOf(treeOrdered);
		this.byId = agencies.stream().collect(Collectors.toUnmodifiableMap(a -> a.id().value(), a -> a));
		this.byCode = agencies.stream().collect(Collectors.toUnmodifiableMap(AgencyInfo::code, a -> a));
		this.position = IntStream.range(0, agencies.size())
			.boxed()
			.collect(Collectors.toUnmodifiableMap(i -> agencies.get(i).id().value(), i -> i));
	}

	/** A scope of exactly these agencies, in the order given (tests and fixtures). */
	public static AgencyScope of(List<AgencyInfo> treeOrdered) {
		return new AgencyScope(treeOrdered);
	}

	/** The agencies, a parent before its children. */
	public List<AgencyInfo> agencies() {
		return agencies;
	}

	/** The agencies' ids, for {@code agency_id in (:ids)}. */
	public List<Long> ids() {
		return agencies.stream().map(a -> a.id().value()).toList();
	}

	/** The agencies' codes, for tables that refer to an agency by its code. */
	public List<String> codes() {
		return agencies.stream().map(AgencyInfo::code).toList();
	}

	/**
	 * The ids a ledger query covers: every agency of the scope, or only the one named by {@code code}; a code outside
	 * the scope is bad input (400).
	 */
	public List<Long> idsOrOnly(String code) {
		if (code == null) {
			return ids();
		}
		return List.of(findByCode(code)
			.orElseThrow(() -> DomainException.invalid("agency", "ledger.agency.unknown", code))
			.id()
			.value());
	}

	/** The same as {@link #idsOrOnly}, as codes: for the tables that keep an agency's code. */
	public List<String> codesOrOnly(String code) {
		if (code == null) {
			return codes();
		}
		return List.of(findByCode(code)
			.orElseThrow(() -> DomainException.invalid("agency", "ledger.agency.unknown", code))
			.code());
	}

	public boolean contains(long agencyId) {
		return byId.containsKey(agencyId);
	}

	/** The agency with this id, when it lies in the scope. */
	public Optional<AgencyInfo> find(long agencyId) {
		return Optional.ofNullable(byId.get(agencyId));
	}

	/** The agency with this code, when it lies in the scope. */
	public Optional<AgencyInfo> findByCode(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
	}

	/** The agency with this id, which a query filtered by {@link #ids()} has shown to lie in the scope. */
	public AgencyInfo get(long agencyId) {
		AgencyInfo agency = byId.get(agencyId);
		if (agency == null) {
			throw new IllegalArgumentException("agency " + agencyId + " lies outside the scope");
		}
		return agency;
	}

	/** These items sorted by their agency's place in the tree; items of one agency keep their order. */
	public <T> List<T> inTreeOrder(Collection<T> items, Function<T, Long> agencyId) {
		return items.stream()
			.sorted(java.util.Comparator.comparingInt(item -> position.getOrDefault(agencyId.apply(item),
					Integer.MAX_VALUE)))
			.toList();
	}

}
