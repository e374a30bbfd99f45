package org.gongkai.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyId;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.publishing.DocumentStatus;
import org.gongkai.publishing.PublishedDocuments;
import org.gongkai.publishing.PublishedDocuments.Copy;
import org.gongkai.publishing.PublishedDocuments.StoredDocument;
import org.jsoup.Jsoup;

import org.springframework.stereotype.Component;

/**
 * Reads what the index should hold from the read model publishing offers ({@link PublishedDocuments}), with the
 * agencies' names and paths from identity. A document yields a {@link Visibility#LIVE} entry from its latest
 * published revision unless it is withdrawn, and a {@link Visibility#WORKING} entry from its back-office copy unless
 * that copy is the live one (status PUBLISHED). The agencies' disclosure guides come as entries too
 * ({@link GuideEntries}, negative ids), and so do other modules' public entries ({@link ContributedEntries}, ids
 * below the guides').
 */
@Component
class IndexSource {

	private final PublishedDocuments documents;

	private final AgencyDirectory agencies;

	private final GuideEntries guides;

	private final ContributedEntries contributed;

	IndexSource(PublishedDocuments documents, AgencyDirectory agencies, GuideEntries guides,
			ContributedEntries contributed) {
		this.documents = documents;
		this.agencies = agencies;
		this.guides = guides;
		this.contributed = contributed;
	}

	/** The entries of these documents (and guides, and contributed entries) as the database holds them now. */
	List<IndexEntry> entriesOf(Collection<Long> documentIds) {
		List<Long> guideIds = documentIds.stream().filter(GuideEntries::isGuide).toList();
		List<Long> contributedIds = documentIds.stream().filter(ContributedEntries::isContributed).toList();
		List<Long> documentOnly = documentIds.stream().filter(id -> id > 0).toList();
		if (guideIds.isEmpty() && contributedIds.isEmpty()) {
			return entries(documents.stored(documentOnly));
		}
		List<IndexEntry> entries = new ArrayList<>(entries(documents.stored(documentOnly)));
		entries.addAll(guides.of(guideIds));
		entries.addAll(contributed.of(contributedIds));
		return entries;
	}

	/** The entry ids of entries another module contributes. */
	List<Long> contributedOf(String kind, Collection<Long> keys) {
		return contributed.idsOf(kind, keys);
	}

	/** The entries that are not documents: the guides and what other modules contribute. */
	private List<IndexEntry> others() {
		List<IndexEntry> others = new ArrayList<>(guides.all());
		others.addAll(contributed.all());
		return others;
	}

	/** The entry id of an agency's disclosure guide. */
	java.util.Optional<Long> guideOf(String agencyCode) {
		return guides.idOf(agencyCode);
	}

	/** Every document, in batches of entries in id order, for a rebuild; answers how many documents it read. */
	long eachBatch(int batchSize, Consumer<List<IndexEntry>> batch) {
		long after = 0;
		long read = 0;
		while (true) {
			List<StoredDocument> stored = documents.storedAfter(after, batchSize);
			if (stored.isEmpty()) {
				List<IndexEntry> guideEntries = others();
				if (!guideEntries.isEmpty()) {
					batch.accept(guideEntries);
				}
				return read + guideEntries.size();
			}
			batch.accept(entries(stored));
			read += stored.size();
			after = stored.get(stored.size() - 1).id();
		}
	}

	/** The documents, guides and contributed entries a rebuild reads. */
	long documents() {
		return documents.count() + others().size();
	}

	/** The documents whose index entries differ from the database (or that the database no longer has). */
	List<Long> stale(IndexedVersions indexed, boolean workingOnly) {
		List<Long> stale = new ArrayList<>();
		List<Long> inDatabase = new ArrayList<>();
		documents.eachVersion(workingOnly, (id, version) -> {
			if (!workingOnly) {
				inDatabase.add(id);
			}
			if (indexed.versionOf(id) != version) {
				stale.add(id);
			}
		});
		if (!workingOnly) {
			for (IndexEntry guide : others()) {
				inDatabase.add(guide.documentId());
				if (indexed.versionOf(guide.documentId()) != guide.version()) {
					stale.add(guide.documentId());
				}
			}
			long[] known = inDatabase.stream().mapToLong(Long::longValue).sorted().toArray();
			Arrays.stream(indexed.documentIds()).filter(id -> Arrays.binarySearch(known, id) < 0).forEach(stale::add);
		}
		return stale;
	}

	/**
	 * The text of published PDF, DOCX and XLSX attachments (OGI art. 24: retrieval of what is published, files
	 * included), as publishing extracted and stored it on upload, the text the confidentiality check read. Files with
	 * no text (images) are left out.
	 */
	private Map<Long, List<AttachmentText>> attachmentTexts(List<Long> documentIds) {
		Map<Long, List<AttachmentText>> texts = new HashMap<>();
		documents.liveAttachmentTexts(documentIds).forEach((document, files) -> {
			List<AttachmentText> withText = files.stream()
				.filter(file -> file.text() != null && !file.text().isBlank())
				.map(file -> new AttachmentText(file.fileName(), file.text()))
				.toList();
			if (!withText.isEmpty()) {
				texts.put(document, withText);
			}
		});
		return texts;
	}

	private List<IndexEntry> entries(List<StoredDocument> stored) {
		if (stored.isEmpty()) {
			return List.of();
		}
		Map<Long, List<AttachmentText>> texts = attachmentTexts(stored.stream().map(StoredDocument::id).toList());
		Map<AgencyId, AgencyInfo> byId = agencies.all()
			.stream()
			.collect(Collectors.toMap(AgencyInfo::id, Function.identity()));
		List<IndexEntry> entries = new ArrayList<>();
		for (StoredDocument document : stored) {
			List<AttachmentText> files = texts.getOrDefault(document.id(), List.of());
			AgencyInfo agency = byId.get(document.agency());
			if (document.live() != null && document.status() != DocumentStatus.WITHDRAWN) {
				entries.add(entry(document, agency, Visibility.LIVE, DocumentStatus.PUBLISHED, document.live(),
						"/site/" + agency.code() + "/documents/" + document.id() + ".html", files));
			}
			if (document.status() != DocumentStatus.PUBLISHED) {
				entries.add(entry(document, agency, Visibility.WORKING, document.status(), document.working(),
						"/admin/documents/" + document.id(), files));
			}
		}
		return entries;
	}

	private static IndexEntry entry(StoredDocument document, AgencyInfo agency, Visibility visibility,
			DocumentStatus status, Copy copy, String url, List<AttachmentText> files) {
		return new IndexEntry(document.id(), document.version(), visibility, status, agency.code(), agency.name(),
				scope(agency), document.columnCode(), document.columnName(), copy.title(), text(copy.bodyHtml()),
				copy.summary(), document.keywords(), document.genre(), copy.documentNumber(), document.indexNumber(),
				copy.writtenOn(), document.publishedOn(), copy.validity(), url, files);
	}

	/** {@code /root/child/} → [root, child]. */
	private static List<String> scope(AgencyInfo agency) {
		return Arrays.stream(agency.path().split("/")).filter(code -> !code.isEmpty()).toList();
	}

	private static String text(String html) {
		return html == null ? "" : Jsoup.parse(html).text();
	}

}
