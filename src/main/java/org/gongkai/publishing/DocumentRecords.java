package org.gongkai.publishing;

import java.time.Instant;
import java.util.List;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyId;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyScope;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Where the use cases and jobs of this module load and store documents: each with its agency, read only within the
 * caller's {@link AgencyScope} (any other answers "not found"), saved through the repository so that its version
 * moves, and with every change the event the audit log records, in the same transaction.
 */
@Component
class DocumentRecords {

	private final DocumentRepository documents;

	private final AgencyDirectory agencies;

	private final ApplicationEventPublisher events;

	DocumentRecords(DocumentRepository documents, AgencyDirectory agencies, ApplicationEventPublisher events) {
		this.documents = documents;
		this.agencies = agencies;
		this.events = events;
	}

	/** A document with the agency it belongs to. */
	record Held(Document document, AgencyInfo agency) {
	}

	/** The document, if the reader may read its agency; otherwise "not found". */
	Held load(Staff reader, long id) {
		Document document = documents.findById(id)
			.orElseThrow(() -> DomainException.notFound("publishing.document.notFound", id));
		AgencyInfo agency = agencies.find(new AgencyId(document.agencyId))
			.filter(reader::canRead)
			.orElseThrow(() -> DomainException.notFound("publishing.document.notFound", id));
		return new Held(document, agency);
	}

	/** For the scheduled publication, which acts for every agency: the documents whose set time has come. */
	List<Held> due(Instant now) {
		return documents.findDue(now).stream().map(d -> new Held(d, agency(new AgencyId(d.agencyId)))).toList();
	}

	/** Saves a change of the document with its audit event. */
	Document save(Document document, AgencyInfo agency, Staff actor, String action, String summary) {
		Document saved = documents.save(document);
		events.publishEvent(new DocumentChanged(saved.id, agency.code(), action, saved.title, actor.username(),
				summary));
		return saved;
	}

	/** Saves a document whose change announces itself (a publication, a withdrawal, a link to its policy). */
	Document save(Document document) {
		return documents.save(document);
	}

	/** Saves a withdrawal with its event, which the site, the search index and the audit log follow. */
	void withdrawn(Document document, AgencyInfo agency, String reason, Staff actor) {
		documents.save(document);
		events.publishEvent(new DocumentWithdrawn(document.id, agency.code(), document.indexNumber, reason,
				actor.username()));
	}

	/** An agency the caller may read, by its code; otherwise "not found". */
	AgencyInfo readable(Staff staff, String agencyCode) {
		return agencies.readable(staff, agencyCode);
	}

	/** The agencies the caller may read, which every list of documents is limited to. */
	AgencyScope scope(Staff staff) {
		return agencies.scopeOf(staff);
	}

	/** Every agency, for the portal's lists across agencies. */
	AgencyScope everyAgency() {
		return agencies.wholeTree();
	}

	AgencyInfo agency(AgencyId id) {
		return agencies.find(id).orElseThrow();
	}

	/** The caller's own agency. */
	AgencyInfo own(Staff staff) {
		return agency(staff.agencyId());
	}

}
