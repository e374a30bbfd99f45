package org.gongkai.assistant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gongkai.platform.Beijing;
import org.gongkai.search.SearchContributionChanged;
import org.gongkai.search.SearchContributor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The published 办事指南 in the portal search: they are 主动公开 content, and a citizen who types 居住证 into the search
 * box looks for the guide to it. Each published item is an entry leading to its portal page; when items are created,
 * edited, imported or unpublished, the search index is told which ones to read again.
 */
@Component
class ServiceItemSearchEntries implements SearchContributor {

	static final String KIND = "service-item";

	private final ServiceItems items;

	private final ApplicationEventPublisher events;

	ServiceItemSearchEntries(ServiceItems items, ApplicationEventPublisher events) {
		this.items = items;
		this.events = events;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public String label() {
		return "办事指南";
	}

	@Override
	public List<Contribution> all() {
		return contributions(items.publishedById(null));
	}

	@Override
	public List<Contribution> of(Collection<Long> keys) {
		return contributions(items.publishedById(keys));
	}

	/** In the transaction that changed the items: the index reads them after it commits. */
	@EventListener
	void on(ServiceItemsChanged event) {
		List<Long> ids = items.idsOf(event.agencyCode(), event.codes());
		if (!ids.isEmpty()) {
			events.publishEvent(new SearchContributionChanged(KIND, ids));
		}
	}

	private static List<Contribution> contributions(Map<Long, ServiceGuide> byId) {
		List<Contribution> contributions = new ArrayList<>();
		byId.forEach((id, guide) -> contributions.add(contribution(id, guide)));
		return contributions;
	}

	private static Contribution contribution(long id, ServiceGuide guide) {
		ServiceItem item = guide.item();
		String body = Stream
			.concat(Stream.of(item.department(), item.basis(), item.conditions(), String.join("\n", item.materials()),
					item.process(), item.timeLimit(), item.fee(), item.location(), item.hours(), item.phone()),
					item.faq().stream().map(faq -> faq.q() + " " + Objects.toString(faq.a(), "")))
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining("\n"));
		String keywords = Stream.concat(Stream.of("办事指南"), item.aliases().stream()).collect(Collectors.joining(" "));
		return new Contribution(id, guide.agencyCode(), item.name(), body, keywords, guide.url(),
				guide.updatedAt().atZone(Beijing.ZONE).toLocalDate());
	}

}
