package org.gongkai.site;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.gongkai.identity.AgencyInfo;
import org.gongkai.platform.Beijing;
import org.gongkai.platform.Features;
import org.gongkai.platform.SiteIdentity;
import org.gongkai.publishing.Attachment;
import org.gongkai.publishing.CatalogColumn;
import org.gongkai.publishing.DisclosureGuide;
import org.gongkai.publishing.NormativeEntry;
import org.gongkai.publishing.PublishedDocument;
import org.gongkai.publishing.PublishedDocuments;
import org.gongkai.publishing.PublishedDocuments.PublishedAgency;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * The files of one agency on the site: its home page, every page of each column of its catalog (OGI art. 12, 20)
 * with the column's Atom and JSON feeds, its disclosure guide, a page per published document (with its
 * interpretations or its policy, its attachments and, for a normative document, where it stands on the ledger), the
 * attachments, and its sitemap of at most {@value #SITEMAP_URLS} URLs per file.
 */
@Component
class AgencyFiles {

	/** Documents on one page of a column list. */
	static final int PAGE_SIZE = 20;

	/** The sitemap protocol's limit of URLs per file. */
	static final int SITEMAP_URLS = 50_000;

	private final PublishedDocuments documents;

	private final ITemplateEngine templates;

	private final SiteIdentity identity;

	private final Features features;

	private final PageWorkers workers;

	private final Clock clock;

	AgencyFiles(PublishedDocuments documents, ITemplateEngine templates, SiteIdentity identity, Features features,
			PageWorkers workers, Clock clock) {
		this.documents = documents;
		this.templates = templates;
		this.identity = identity;
		this.features = features;
		this.workers = workers;
		this.clock = clock;
	}

	/** The documents and columns a partial render rewrites. */
	record Changed(Set<Long> documents, Set<String> columns) {

		/**
		 * Which live files of the agency a partial render keeps: everything but its home page, its sitemap, and the
		 * folders of the changed columns; documents and attachments are kept, the changed ones being written over.
		 */
		Predicate<String> keeps(String agencyCode) {
			String prefix = agencyCode + "/";
			return path -> {
				String inAgency = path.substring(prefix.length());
				int slash = inAgency.indexOf('/');
				if (slash < 0) {
					return !inAgency.equals("index.html") && !inAgency.startsWith("sitemap");
				}
				String folder = inAgency.substring(0, slash);
				if (folder.equals("documents") || folder.equals("attachments")) {
					return true;
				}
				return !columns.contains(folder);
			};
		}

	}

	/**
	 * What a change of these documents of an agency touches: them, every column they are or were listed in, and the
	 * columns above those, whose pages show their sub-columns' newest documents.
	 */
	Changed changed(AgencyInfo agency, Set<Long> changed) {
		Set<String> columns = new HashSet<>(documents.columnsOf(changed));
		List<CatalogColumn> catalog = documents.columns(agency);
		for (CatalogColumn column : catalog) {
			if (columns.contains(column.code())) {
				columns.addAll(ancestors(catalog, column));
			}
		}
		return new Changed(changed, columns);
	}

	private static List<String> ancestors(List<CatalogColumn> catalog, CatalogColumn column) {
		List<String> codes = new ArrayList<>();
		Long parent = column.parentId();
		while (parent != null) {
			Long id = parent;
			CatalogColumn above = catalog.stream().filter(c -> c.id() == id).findFirst().orElseThrow();
			codes.add(above.code());
			parent = above.parentId();
		}
		return codes;
	}

	/**
	 * Writes the agency's files ({@code changed} null: all of them) into the generation; {@code tree} is every agency,
	 * shown on the agency's front page.
	 */
	void write(Generation generation, AgencyInfo agency, Changed changed, List<AgencyInfo> tree) throws IOException {
		PublishedAgency published = documents.of(agency);
		List<PublishedDocument> live = published.documents();
		generation.text(agency.code() + "/index.html",
				page("site/agency", Map.of("agency", agency, "columns", published.columns(), "frontDoor",
						CatalogColumn.frontDoor(published.columns()), "tree", tree, "documents", live.stream().limit(20).toList())));
		for (CatalogColumn column : published.columns()) {
			if (changed == null || changed.columns().contains(column.code())
					|| !generation.has(columnPage(agency, column))) {
				writeColumn(generation, published, column);
			}
		}
		Set<Long> pagesToRender = changed == null ? null : related(live, changed.documents());
		LocalDate today = LocalDate.now(clock.withZone(Beijing.ZONE));
		workers.forEach(live.stream()
			.filter(document -> pagesToRender == null || pagesToRender.contains(document.id()))
			.toList(), document -> generation.text(document.path(), documentPage(published, document, today)));
		for (List<Attachment> ofDocument : published.attachments().values()) {
			for (Attachment attachment : ofDocument) {
				generation.copy(documents.fileOf(attachment), attachment.path(), attachment.sha256());
			}
		}
		writeSitemaps(generation, agency);
	}

	/**
	 * Whether every page the agency's home page links to is in {@code live}: its home page and the first page of each
	 * column of its catalog.
	 */
	boolean complete(AgencyInfo agency, Predicate<String> live) {
		return live.test(agency.code() + "/index.html")
				&& documents.columns(agency).stream().allMatch(column -> live.test(columnPage(agency, column)));
	}

	private static String columnPage(AgencyInfo agency, CatalogColumn column) {
		return agency.code() + "/" + column.code() + "/index.html";
	}

	private void writeColumn(Generation generation, PublishedAgency published, CatalogColumn column) {
		AgencyInfo agency = published.agency();
		String folder = agency.code() + "/" + column.code() + "/";
		List<PublishedDocument> inColumn = published.documents()
			.stream()
			.filter(d -> d.columnCode().equals(column.code()))
			.toList();
		Optional<DisclosureGuide> guide = column.code().equals(CatalogColumn.GUIDE) ? published.guide() : Optional.empty();
		if (guide.isPresent()) {
			generation.text(folder + "index.html", page("site/guide", Map.of("agency", agency, "guide", guide.get(),
					"columns", published.columns(), "column", column, "documents",
					inColumn.stream().filter(document -> !document.withdrawn()).toList())));
		}
		else {
			List<SubColumn> subColumns = SubColumn.of(column, published.columns(), published.documents());
			int pages = Math.max(1, (inColumn.size() + PAGE_SIZE - 1) / PAGE_SIZE);
			for (int page = 1; page <= pages; page++) {
				generation.text(folder + (page == 1 ? "index.html" : "page-" + page + ".html"), page("site/column",
						Map.of("agency", agency, "column", column, "columns", published.columns(), "page", page,
								"pages", pages, "subColumns", page == 1 ? subColumns : List.of(), "documents",
								inColumn.subList((page - 1) * PAGE_SIZE, Math.min(inColumn.size(), page * PAGE_SIZE)))));
			}
		}
		generation.text(folder + "feed.atom", Feeds.atom(identity.baseUrl(), agency, column, inColumn));
		generation.text(folder + "feed.json", Feeds.json(identity.baseUrl(), agency, column, inColumn));
	}

	private String documentPage(PublishedAgency published, PublishedDocument document, LocalDate today) {
		List<PublishedDocument> live = published.documents();
		Map<String, Object> variables = new HashMap<>(Map.of("agency", published.agency(), "document", document,
				"interpretations", interpretationsOf(live, document), "policy",
				live.stream().filter(other -> Long.valueOf(other.id()).equals(document.interpretsId())).toList(),
				"attachments", published.attachments().getOrDefault(document.id(), List.of())));
		NormativeEntry entry = published.normative().get(document.id());
		if (entry != null) {
			variables.put("normative", entry);
			variables.put("normativeStatus", entry.statusOn(today));
		}
		return page("site/document", variables);
	}

	private void writeSitemaps(Generation generation, AgencyInfo agency) {
		List<String> pages = generation.hashes.keySet()
			.stream()
			.filter(path -> path.startsWith(agency.code() + "/") && path.endsWith(".html"))
			.toList();
		for (int part = 0; part * SITEMAP_URLS < Math.max(1, pages.size()); part++) {
			generation.text(agency.code() + (part == 0 ? "/sitemap.xml" : "/sitemap-" + (part + 1) + ".xml"),
					Feeds.sitemap(identity.baseUrl(),
							pages.subList(part * SITEMAP_URLS, Math.min(pages.size(), (part + 1) * SITEMAP_URLS))));
		}
	}

	private String page(String template, Map<String, Object> variables) {
		Context context = new Context(Locale.SIMPLIFIED_CHINESE, variables);
		context.setVariable("site", identity);
		context.setVariable("features", features);
		return templates.process(template, context);
	}

	private static List<PublishedDocument> interpretationsOf(List<PublishedDocument> live, PublishedDocument document) {
		return live.stream()
			.filter(other -> Long.valueOf(document.id()).equals(other.interpretsId()) && !other.withdrawn())
			.toList();
	}

	/** The changed documents and those whose pages link to them. */
	private static Set<Long> related(List<PublishedDocument> live, Set<Long> changed) {
		Set<Long> related = new HashSet<>(changed);
		for (PublishedDocument document : live) {
			if (changed.contains(document.id()) && document.interpretsId() != null) {
				related.add(document.interpretsId());
			}
			if (document.interpretsId() != null && changed.contains(document.interpretsId())) {
				related.add(document.id());
			}
		}
		return related;
	}

}
