package org.gongkai.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.publishing.DocumentStatus;
import org.gongkai.publishing.Validity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The entries other modules contribute ({@link SearchContributor}) as index entries. Their ids are negative, below the
 * guides' (an agency's id negated): {@code -(slot * 2^40 + key)}, the slot being the contributor's place among the
 * kinds in name order, counted from 1. Adding a contributor may move the others' slots: the start-up catch-up then
 * indexes their entries again under their new ids and removes the old ones.
 */
@Component
class ContributedEntries {

	static final long SLOT = 1L << 40;

	private final List<SearchContributor> contributors;

	private final AgencyDirectory agencies;

	ContributedEntries(ObjectProvider<SearchContributor> contributors, AgencyDirectory agencies) {
		this.contributors = contributors.stream().sorted(Comparator.comparing(SearchContributor::kind)).toList();
		this.agencies = agencies;
	}

	static boolean isContributed(long entryId) {
		return entryId <= -SLOT;
	}

	/** The entry ids of a contributor's entries. */
	List<Long> idsOf(String kind, Collection<Long> keys) {
		int slot = slotOf(kind);
		return slot == 0 ? List.of() : keys.stream().map(key -> -(slot * SLOT + key)).toList();
	}

	/** Every contributed entry. */
	List<IndexEntry> all() {
		List<IndexEntry> entries = new ArrayList<>();
		for (int slot = 1; slot <= contributors.size(); slot++) {
			entries.addAll(entries(slot, contributors.get(slot - 1).all()));
		}
		return entries;
	}

	/** The entries of these ids as their contributors hold them now. */
	List<IndexEntry> of(Collection<Long> ids) {
		Map<Long, List<Long>> keysBySlot = ids.stream()
			.collect(Collectors.groupingBy(id -> -id / SLOT, Collectors.mapping(id -> -id % SLOT, Collectors.toList())));
		List<IndexEntry> entries = new ArrayList<>();
		keysBySlot.forEach((slot, keys) -> {
			if (slot >= 1 && slot <= contributors.size()) {
				entries.addAll(entries(slot.intValue(), contributors.get(slot.intValue() - 1).of(keys)));
			}
		});
		return entries;
	}

	private int slotOf(String kind) {
		for (int slot = 1; slot <= contributors.size(); slot++) {
			if (contributors.get(slot - 1).kind().equals(kind)) {
				return slot;
			}
		}
		return 0;
	}

	private List<IndexEntry> entries(int slot, List<SearchContributor.Contribution> contributions) {
		if (contributions.isEmpty()) {
			return List.of();
		}
		SearchContributor contributor = contributors.get(slot - 1);
		Map<String, AgencyInfo> byCode = agencies.all()
			.stream()
			.collect(Collectors.toMap(AgencyInfo::code, Function.identity()));
		return contributions.stream()
			.map(contribution -> entry(slot, contributor, contribution, byCode.get(contribution.agencyCode())))
			.filter(Objects::nonNull)
			.toList();
	}

	private static IndexEntry entry(int slot, SearchContributor contributor, SearchContributor.Contribution c,
			AgencyInfo agency) {
		if (agency == null || c.key() <= 0 || c.key() >= SLOT) {
			return null;
		}
		int version = (c.title() + "\u0000" + c.body() + "\u0000" + c.keywords() + "\u0000" + c.url() + "\u0000"
				+ c.updatedOn()).hashCode() & Integer.MAX_VALUE;
		List<String> scope = Arrays.stream(agency.path().split("/")).filter(code -> !code.isEmpty()).toList();
		return new IndexEntry(-(slot * SLOT + c.key()), version, Visibility.LIVE, DocumentStatus.PUBLISHED,
				agency.code(), agency.name(), scope, contributor.kind(), contributor.label(), c.title(), c.body(), null,
				c.keywords(), null, null, null, c.updatedOn(), c.updatedOn(), Validity.VALID, c.url(), List.of());
	}

}
