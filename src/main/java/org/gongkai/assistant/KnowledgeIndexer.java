package org.gongkai.assistant;

import java.util.List;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;
import org.gongkai.publishing.CatalogColumn;
import org.gongkai.publishing.DocumentPublished;
import org.gongkai.publishing.DocumentWithdrawn;
import org.gongkai.publishing.PublishedDocument;
import org.gongkai.publishing.PublishedDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the knowledge index in step with what is published: service items as soon as their change commits,
 * documents when publishing announces them (the event registry redelivers what a crash interrupted). An empty index
 * — a first start, or a deleted directory — is rebuilt from the database.
 */
@Component
@WhenAssistantEnabled
@Order(400)
public class KnowledgeIndexer implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeIndexer.class);

	private final KnowledgeIndex index;

	private final Embedder embedder;

	private final ServiceItems items;

	private final PublishedDocuments documents;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	KnowledgeIndexer(KnowledgeIndex index, Embedder embedder, ServiceItems items, PublishedDocuments documents,
			AgencyDirectory agencies, ApplicationEventPublisher events) {
		this.events = events;
		this.index = index;
		this.embedder = embedder;
		this.items = items;
		this.documents = documents;
		this.agencies = agencies;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (index.size() == 0) {
			rebuild();
		}
	}

	/** An administrator rebuilds the index (after a restore, or to be sure it matches the database). */
	public int rebuild(Staff staff) {
		if (!mayRebuild(staff)) {
			throw DomainException.notPermitted("assistant.index.notPermitted");
		}
		int passages = rebuild();
		events.publishEvent(new KnowledgeIndexRebuilt(staff.username(), passages));
		return passages;
	}

	/**
	 * Whether the staff member may rebuild the index: the platform's root administrator, since the index serves
	 * every agency's portal (issue 22).
	 */
	public static boolean mayRebuild(Staff staff) {
		return staff.isPlatformAdministrator();
	}

	/** Indexes every published service item and every live document again; answers the passages indexed. */
	int rebuild() {
		long started = System.nanoTime();
		index.clear();
		items.allPublished().forEach(this::index);
		for (AgencyInfo agency : agencies.all()) {
			documents.live(agency).stream().filter(d -> !d.withdrawn()).forEach(d -> index(agency, d));
		}
		int size = index.size();
		log.info("Assistant index rebuilt: {} passages in {} ms", size, (System.nanoTime() - started) / 1_000_000);
		return size;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ServiceItemsChanged event) {
		for (String code : event.codes()) {
			refreshItem(event.agencyCode(), code);
		}
	}

	/** Indexes a service item as the database holds it now (a change on another node). */
	void refreshItem(String agencyCode, String code) {
		items.published(agencyCode, code)
			.ifPresentOrElse(this::index, () -> index.replace(Chunking.itemKey(agencyCode, code), List.of(), List.of()));
	}

	/** Indexes a document as the database holds it now: its live version, or nothing once withdrawn. */
	void refreshDocument(String agencyCode, long documentId) {
		var live = agencies.findByCode(agencyCode)
			.flatMap(agency -> documents.live(agency)
				.stream()
				.filter(d -> d.id() == documentId && !d.withdrawn())
				.findFirst()
				.map(d -> java.util.Map.entry(agency, d)));
		if (live.isPresent()) {
			index(live.get().getKey(), live.get().getValue());
		}
		else {
			index.replace(Chunking.documentKey(documentId), List.of(), List.of());
		}
	}

	@ApplicationModuleListener
	void on(DocumentPublished event) {
		agencies.findByCode(event.agencyCode())
			.ifPresent(agency -> documents.live(agency)
				.stream()
				.filter(d -> d.id() == event.documentId() && !d.withdrawn())
				.findFirst()
				.ifPresent(d -> index(agency, d)));
	}

	@ApplicationModuleListener
	void on(DocumentWithdrawn event) {
		index.replace(Chunking.documentKey(event.documentId()), List.of(), List.of());
	}

	private void index(ServiceGuide guide) {
		store(Chunking.of(guide));
	}

	private void index(AgencyInfo agency, PublishedDocument document) {
		store(Chunking.of(document.id(), agency.code(), agency.path(), document.title(), document.bodyHtml(),
				"/site/" + document.path(), CatalogColumn.GUIDE.equals(document.columnCode())));
	}

	private void store(List<Chunk> chunks) {
		index.replace(chunks.get(0).sourceKey(), chunks, embedder.passages(chunks.stream().map(Chunk::searchable).toList()));
	}

}
