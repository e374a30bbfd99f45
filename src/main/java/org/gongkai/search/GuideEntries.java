package org.gongkai.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyId;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.publishing.CatalogColumn;
import org.gongkai.publishing.DisclosureGuide;
import org.gongkai.publishing.DisclosureGuides;
import org.gongkai.publishing.DocumentStatus;
import org.gongkai.publishing.Validity;

import org.springframework.stereotype.Component;

/**
 * The agencies' 政府信息公开指南 as index entries, read through publishing's {@link DisclosureGuides}: a saved guide is
 * on the site at {@code /site/<agency>/guide/index.html}, and a search for 指南 or 政府信息公开指南 finds it. A guide
 * is not a document: its entry's id is the agency's id negated, its version a checksum of its text.
 */
@Component
class GuideEntries {

	static final String NAME = "政府信息公开指南";

	private final DisclosureGuides guides;

	private final AgencyDirectory agencies;

	GuideEntries(DisclosureGuides guides, AgencyDirectory agencies) {
		this.guides = guides;
		this.agencies = agencies;
	}

	static boolean isGuide(long entryId) {
		return entryId < 0 && !ContributedEntries.isContributed(entryId);
	}

	/** The entry id of an agency's guide, by the agency's code; empty for an unknown agency. */
	Optional<Long> idOf(String agencyCode) {
		return agencies.findByCode(agencyCode).map(agency -> -agency.id().value());
	}

	/** Every saved guide's entry. */
	List<IndexEntry> all() {
		return entries(guides.saved().stream());
	}

	/** The entries of these guides as saved now (a guide not saved has none). */
	List<IndexEntry> of(Collection<Long> ids) {
		return entries(ids.stream().map(id -> new AgencyId(-id)).distinct()
			.flatMap(agency -> guides.saved().stream().filter(saved -> saved.agency().equals(agency))));
	}

	private List<IndexEntry> entries(Stream<DisclosureGuides.SavedGuide> saved) {
		Map<AgencyId, AgencyInfo> byId = agencies.all()
			.stream()
			.collect(Collectors.toMap(AgencyInfo::id, Function.identity()));
		return saved.map(guide -> entry(guide, byId.get(guide.agency()))).filter(Objects::nonNull).toList();
	}

	private static IndexEntry entry(DisclosureGuides.SavedGuide saved, AgencyInfo agency) {
		if (agency == null) {
			return null;
		}
		DisclosureGuide guide = saved.guide();
		String body = Stream.of(guide.classification(), guide.arrangement(), guide.howToObtain(), guide.officeName(),
				guide.address(), guide.officeHours(), guide.phone(), guide.fax(), guide.webContact())
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining("\n"));
		String title = agency.name() + NAME;
		int version = (title + "\u0000" + body + "\u0000" + saved.updatedOn()).hashCode() & Integer.MAX_VALUE;
		return new IndexEntry(-agency.id().value(), version, Visibility.LIVE, DocumentStatus.PUBLISHED, agency.code(),
				agency.name(), scope(agency), CatalogColumn.GUIDE, NAME, title, body, null, "指南 公开指南 信息公开指南", null, null, null,
				saved.updatedOn(), saved.updatedOn(), Validity.VALID, "/site/" + agency.code() + "/guide/index.html",
				List.of());
	}

	private static List<String> scope(AgencyInfo agency) {
		return java.util.Arrays.stream(agency.path().split("/")).filter(code -> !code.isEmpty()).toList();
	}

}
