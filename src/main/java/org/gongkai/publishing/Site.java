package org.gongkai.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.gongkai.platform.Beijing;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.Sha256;
import org.gongkai.platform.SiteIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * The published site as static files (architecture.md §3). Publishing renders the agency's pages into a new
 * generation under {@code ${gongkai.data-dir}/site/generations/}, copies the other agencies' files from the live
 * generation, writes a manifest of every file's SHA-256, and switches the live generation atomically by replacing
 * the one-line file {@code site/current}. Readers see the old generation or the new one, never a mix; the files stay
 * readable while the database is down; {@link #verify()} compares them with the manifest.
 */
@Service
@Order(300)
public class Site implements ApplicationRunner {

	static final String MANIFEST = "manifest.properties";

	/** Documents on one page of a column list. */
	static final int PAGE_SIZE = 20;

	private static final Logger log = LoggerFactory.getLogger(Site.class);

	private static final DateTimeFormatter GENERATION = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
		.withZone(Beijing.ZONE);

	private final Path root;

	private final Map<String, java.util.concurrent.atomic.AtomicInteger> pending = new java.util.concurrent.ConcurrentHashMap<>();

	private final ITemplateEngine templates;

	private final DocumentQueries documents;

	private final Catalog catalog;

	private final AgencyDirectory agencies;

	private final SiteIdentity identity;

	private final DisclosureGuides guides;

	private final Clock clock;

	Site(GongkaiProperties properties, SiteIdentity identity, ITemplateEngine templates, DocumentQueries documents,
			Catalog catalog, DisclosureGuides guides, AgencyDirectory agencies, Clock clock) {
		this.guides = guides;
		this.root = properties.resolve("site");
		this.identity = identity;
		this.templates = templates;
		this.documents = documents;
		this.catalog = catalog;
		this.agencies = agencies;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(DocumentPublished event) {
		renderSoon(event.agencyCode());
	}

	@ApplicationModuleListener
	void on(DocumentWithdrawn event) {
		renderSoon(event.agencyCode());
	}

	@ApplicationModuleListener
	void on(GuideUpdated event) {
		renderSoon(event.agencyCode());
	}

	/**
	 * Renders an agency after a change, coalescing bursts: while one thread renders an agency, further requests for
	 * it only make that thread render once more when it is done, so that the last change is always rendered and a
	 * burst of publications (an import) costs a few renders, not one each.
	 */
	void renderSoon(String agencyCode) {
		java.util.concurrent.atomic.AtomicInteger requests = pending.computeIfAbsent(agencyCode,
				code -> new java.util.concurrent.atomic.AtomicInteger());
		if (requests.getAndIncrement() > 0) {
			return;
		}
		while (true) {
			int seen = requests.get();
			render(agencyCode);
			if (requests.compareAndSet(seen, 0)) {
				return;
			}
		}
	}

	/** A first start renders every agency, so that the site exists before anything is published. */
	@Override
	public void run(ApplicationArguments args) {
		if (live().isEmpty()) {
			agencies.all().forEach(agency -> render(agency.code()));
		}
	}

	/** Renders one agency's pages into a new generation and makes it live. */
	public synchronized void render(String agencyCode) {
		AgencyInfo agency = agencies.findByCode(agencyCode).orElseThrow();
		Path next = root.resolve("generations").resolve(GENERATION.format(clock.instant()) + "-" + agencyCode);
		try {
			Files.createDirectories(next);
			Optional<Path> current = live();
			if (current.isPresent()) {
				copyOthers(current.get(), next, agencyCode);
			}
			writeAgency(next, agency);
			writeSitemap(next);
			writeManifest(next);
			Path pointer = root.resolve("current.tmp");
			Files.writeString(pointer, next.getFileName().toString());
			Files.move(pointer, root.resolve("current"), StandardCopyOption.ATOMIC_MOVE,
					StandardCopyOption.REPLACE_EXISTING);
			log.info("Site generation {} is live", next.getFileName());
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot render the site of " + agencyCode, e);
		}
	}

	/** The file of the live generation at {@code path}, if there is one (paths never leave the generation). */
	public Optional<Path> file(String path) {
		return live().map(generation -> generation.resolve(path).normalize())
			.filter(file -> file.startsWith(live().orElseThrow()) && Files.isRegularFile(file));
	}

	/** The SHA-256 the manifest records for a path of the live generation. */
	public Optional<String> recordedHash(String path) {
		return live().map(this::manifest).map(manifest -> manifest.getProperty(path));
	}

	/** Re-hashes every file of the live generation and lists those that differ from the manifest. */
	public SiteIntegrity verify() {
		Optional<Path> current = live();
		if (current.isEmpty()) {
			return new SiteIntegrity(null, 0, List.of());
		}
		Properties manifest = manifest(current.get());
		Map<String, String> actual = hashes(current.get());
		List<String> mismatches = new ArrayList<>();
		actual.forEach((path, hash) -> {
			if (!hash.equals(manifest.getProperty(path))) {
				mismatches.add(path);
			}
		});
		manifest.stringPropertyNames().stream().filter(path -> !actual.containsKey(path)).forEach(mismatches::add);
		return new SiteIntegrity(current.get().getFileName().toString(), actual.size(), mismatches.stream().sorted().toList());
	}

	private void writeAgency(Path generation, AgencyInfo agency) throws IOException {
		List<PublishedDocument> live = documents.live(agency.id());
		List<CatalogColumn> columns = catalog.of(agency.id());
		write(generation.resolve(agency.code() + "/index.html"), "site/agency",
				Map.of("agency", agency, "columns", columns, "documents", live.stream().limit(20).toList()));
		for (CatalogColumn column : columns) {
			List<PublishedDocument> inColumn = live.stream().filter(d -> d.columnCode().equals(column.code())).toList();
			Path folder = generation.resolve(agency.code() + "/" + column.code());
			var guide = column.code().equals("guide") ? guides.of(agency.id()) : java.util.Optional.<DisclosureGuide>empty();
			if (guide.isPresent()) {
				write(folder.resolve("index.html"), "site/guide", Map.of("agency", agency, "guide", guide.get()));
			}
			else {
				int pages = Math.max(1, (inColumn.size() + PAGE_SIZE - 1) / PAGE_SIZE);
				for (int page = 1; page <= pages; page++) {
					write(folder.resolve(page == 1 ? "index.html" : "page-" + page + ".html"), "site/column",
							Map.of("agency", agency, "column", column, "page", page, "pages", pages, "documents",
									inColumn.subList((page - 1) * PAGE_SIZE, Math.min(inColumn.size(), page * PAGE_SIZE))));
				}
			}
			Files.writeString(folder.resolve("feed.atom"), Feeds.atom(identity.baseUrl(), agency, column, inColumn));
			Files.writeString(folder.resolve("feed.json"), Feeds.json(identity.baseUrl(), agency, column, inColumn));
		}
		for (PublishedDocument document : live) {
			List<PublishedDocument> interpretations = live.stream()
				.filter(other -> Long.valueOf(document.id()).equals(other.interpretsId()) && !other.withdrawn())
				.toList();
			List<PublishedDocument> policy = live.stream()
				.filter(other -> Long.valueOf(other.id()).equals(document.interpretsId()))
				.toList();
			write(generation.resolve(document.path()), "site/document", Map.of("agency", agency, "document", document,
					"interpretations", interpretations, "policy", policy));
		}
	}

	private void write(Path file, String template, Map<String, Object> variables) throws IOException {
		Context context = new Context(Locale.SIMPLIFIED_CHINESE, variables);
		context.setVariable("site", identity);
		Files.createDirectories(file.getParent());
		Files.writeString(file, templates.process(template, context), StandardCharsets.UTF_8);
	}

	private void writeSitemap(Path generation) throws IOException {
		List<String> pages = hashes(generation).keySet().stream().filter(path -> path.endsWith(".html")).toList();
		Files.writeString(generation.resolve("sitemap.xml"), Feeds.sitemap(identity.baseUrl(), pages));
	}

	private static void copyOthers(Path from, Path to, String agencyCode) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path relative = from.relativize(file);
				if (!relative.startsWith(agencyCode) && !relative.toString().equals(MANIFEST)
						&& !relative.toString().equals("sitemap.xml")) {
					Files.createDirectories(to.resolve(relative).getParent());
					Files.copy(file, to.resolve(relative));
				}
			}
		}
	}

	private void writeManifest(Path generation) throws IOException {
		Properties manifest = new Properties();
		hashes(generation).forEach(manifest::setProperty);
		try (var out = Files.newBufferedWriter(generation.resolve(MANIFEST), StandardCharsets.UTF_8)) {
			manifest.store(out, "SHA-256 of every file of this generation");
		}
	}

	private Map<String, String> hashes(Path generation) {
		Map<String, String> hashes = new TreeMap<>();
		try (Stream<Path> files = Files.walk(generation)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String relative = generation.relativize(file).toString().replace('\\', '/');
				if (!relative.equals(MANIFEST)) {
					hashes.put(relative, sha256(Files.readAllBytes(file)));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return hashes;
	}

	private Properties manifest(Path generation) {
		Properties manifest = new Properties();
		try (var in = Files.newBufferedReader(generation.resolve(MANIFEST), StandardCharsets.UTF_8)) {
			manifest.load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return manifest;
	}

	private Optional<Path> live() {
		Path pointer = root.resolve("current");
		try {
			return Files.exists(pointer)
					? Optional.of(root.resolve("generations").resolve(Files.readString(pointer).strip()))
					: Optional.empty();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String sha256(byte[] bytes) {
		return Sha256.hex(bytes);
	}

}
