package org.gongkai.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.platform.Beijing;
import org.gongkai.platform.ClusterLock;
import org.gongkai.platform.DurableFiles;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.Sha256;
import org.gongkai.platform.SiteIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The published site as static files (architecture.md §3). A change renders what it touches into a new generation
 * under {@code ${gongkai.data-dir}/site/generations/}. A generation is a folder with one link per agency to a version
 * of that agency's files under {@code site/agencies/<code>/}: the changed agency gets a new version, in which its
 * unchanged files are hard-linked from the live one (their hashes carried over from the manifest) and the changed
 * pages are rendered afresh; the other agencies' versions are linked as they are. A manifest of every file's SHA-256
 * is written and the live generation switches atomically by replacing the one-line file {@code site/current}.
 * Readers see the old generation or the new one, never a mix; the files stay readable while the database is down;
 * {@link #verify()} compares them with the manifest. Generations beyond {@code gongkai.site.keep-generations}, and the
 * versions no kept generation links to, are deleted.
 * <p>
 * Several nodes share the site directory ({@code gongkai.site-dir}, docs/adr/0002-several-nodes.md): a build holds
 * the cluster lock {@code site} (a generation links every agency, so two builds must not start from the same live
 * generation), and every read checks {@code site/current}: it is read again when it was replaced (its inode, time or
 * size changed) and at least once a second (a shared file system may cache a file's attributes, but reading it
 * revalidates), so that each node serves a generation another node switched to at once, or within a second.
 */
@Service
@Order(300)
public class Site implements ApplicationRunner {

	static final String MANIFEST = "manifest.properties";

	/** Documents on one page of a column list. */
	static final int PAGE_SIZE = 20;

	/** The sitemap protocol's limit of URLs per file. */
	static final int SITEMAP_URLS = 50_000;

	private static final Logger log = LoggerFactory.getLogger(Site.class);

	private static final DateTimeFormatter GENERATION = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
		.withZone(Beijing.ZONE);

	private final Path root;

	private final Map<String, PendingChanges> pending = new ConcurrentHashMap<>();

	private final ITemplateEngine templates;

	private final DocumentQueries documents;

	private final Attachments attachments;

	private final Catalog catalog;

	private final AgencyDirectory agencies;

	private final SiteIdentity identity;

	private final DisclosureGuides guides;

	private final NormativeLedger ledger;

	private final Clock clock;

	private final int keepGenerations;

	private final ClusterLock lock;

	private volatile LoadedManifest lastManifest;

	private volatile LivePointer livePointer;

	/** {@code gongkai_site_generation_seconds}: building one generation, from the first file to the switch. */
	private final Timer generationTime;

	Site(GongkaiProperties properties, SiteIdentity identity, ITemplateEngine templates, DocumentQueries documents,
			Attachments attachments, Catalog catalog, DisclosureGuides guides, NormativeLedger ledger,
			AgencyDirectory agencies, Clock clock, @Value("${gongkai.site.keep-generations:5}") int keepGenerations,
			ClusterLock lock, MeterRegistry meters) {
		this.lock = lock;
		this.generationTime = Timer.builder("gongkai.site.generation")
			.description("Rendering a generation of the static site and making it live")
			.register(meters);
		this.ledger = ledger;
		this.guides = guides;
		this.root = properties.site();
		this.identity = identity;
		this.templates = templates;
		this.documents = documents;
		this.attachments = attachments;
		this.catalog = catalog;
		this.agencies = agencies;
		this.clock = clock;
		this.keepGenerations = Math.max(2, keepGenerations);
	}

	/**
	 * What the next render of one agency must cover (some documents, or everything), and the renders of that agency
	 * started and finished, so that a change whose render another thread does can wait for it.
	 */
	private static final class PendingChanges {

		boolean rendering;

		boolean everything;

		final Set<Long> documents = new HashSet<>();

		long started;

		long finished;

		/** Renders that failed, by number, so that the changes they carried fail too (and are retried). */
		final Map<Long, RuntimeException> failures = new TreeMap<>();

	}

	// The listeners run outside a transaction: a change that waits for another thread's render holds no connection.
	// The event publication registry still records each event with the change and marks it complete only when the
	// listener returns, that is when the change is live; a crash before that replays it at the next start.

	@Async
	@TransactionalEventListener
	void on(DocumentPublished event) {
		renderSoon(event.agencyCode(), event.documentId());
	}

	@Async
	@TransactionalEventListener
	void on(DocumentWithdrawn event) {
		renderSoon(event.agencyCode(), event.documentId());
	}

	@Async
	@TransactionalEventListener
	void on(GuideUpdated event) {
		renderSoon(event.agencyCode(), null);
	}

	@Async
	@TransactionalEventListener
	void on(NormativeDocumentChanged event) {
		renderSoon(event.agencyCode(), event.documentId());
	}

	@Async
	@TransactionalEventListener
	void on(CatalogChanged event) {
		renderSoon(event.agencyCode(), null);
	}

	/**
	 * Renders an agency after a change ({@code documentId} null: the whole agency) and returns once the change is
	 * live, coalescing bursts: while one thread renders an agency, further changes are collected and that thread
	 * renders them all in its next pass, so that an import costs a few renders, not one each. A thread whose change
	 * another thread renders waits for that pass, so that no change is reported done (and its event completed) before
	 * it is on the site: a crash in between leaves the event to be replayed.
	 */
	void renderSoon(String agencyCode, Long documentId) {
		PendingChanges changes = pending.computeIfAbsent(agencyCode, code -> new PendingChanges());
		long pass;
		synchronized (changes) {
			if (documentId == null) {
				changes.everything = true;
			}
			else {
				changes.documents.add(documentId);
			}
			pass = changes.started + 1;
			if (changes.rendering) {
				awaitPass(changes, pass);
				return;
			}
			changes.rendering = true;
		}
		RuntimeException own = null;
		while (true) {
			boolean everything;
			Set<Long> changed;
			long current;
			synchronized (changes) {
				if (!changes.everything && changes.documents.isEmpty()) {
					changes.rendering = false;
					break;
				}
				everything = changes.everything;
				changed = Set.copyOf(changes.documents);
				changes.everything = false;
				changes.documents.clear();
				current = ++changes.started;
			}
			RuntimeException failure = null;
			try {
				if (everything) {
					render(agencyCode);
				}
				else {
					render(agencyCode, changed);
				}
			}
			catch (RuntimeException e) {
				failure = e;
			}
			synchronized (changes) {
				changes.finished = current;
				if (failure != null) {
					changes.failures.put(current, failure);
				}
				changes.failures.keySet().removeIf(old -> old < current - 1000);
				changes.notifyAll();
			}
			if (current == pass) {
				own = failure;
			}
		}
		if (own != null) {
			throw own;
		}
	}

	/** Waits (holding the monitor of {@code changes}) until render {@code pass} has finished; rethrows its failure. */
	private static void awaitPass(PendingChanges changes, long pass) {
		while (changes.finished < pass) {
			try {
				changes.wait();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while the site was rendered", e);
			}
		}
		RuntimeException failure = changes.failures.get(pass);
		if (failure != null) {
			throw failure;
		}
	}

	/**
	 * A first start renders every agency, so that the site exists before anything is published (with several nodes,
	 * the first of them: the others find the generation it built).
	 */
	@Override
	public synchronized void run(ApplicationArguments args) {
		lock.holding("site", () -> liveNow().isEmpty() ? renderAll() : 0);
	}

	/** Renders every page of every agency into one new generation (a full rebuild); returns how many files. */
	public synchronized int renderAll() {
		List<AgencyInfo> all = agencies.all();
		return build("all", all.stream().map(AgencyInfo::code).collect(java.util.stream.Collectors.toSet()),
				path -> false, generation -> {
					for (AgencyInfo agency : all) {
						writeAgency(generation, agency, null);
					}
				});
	}

	/** Renders every page of one agency into a new generation; the other agencies' files are carried over. */
	public synchronized void render(String agencyCode) {
		AgencyInfo agency = agencies.findByCode(agencyCode).orElseThrow();
		build(agencyCode, Set.of(agencyCode), path -> false, generation -> writeAgency(generation, agency, null));
	}

	/**
	 * Renders what a change of some documents touches: their pages, the pages of documents linked to them
	 * (interpretations and policies), the lists and feeds of every column they are or were in, the agency's home
	 * page and its sitemap. Everything else is carried over.
	 */
	synchronized void render(String agencyCode, Set<Long> changed) {
		AgencyInfo agency = agencies.findByCode(agencyCode).orElseThrow();
		Set<String> columns = documents.columnsOf(changed);
		String prefix = agencyCode + "/";
		build(agencyCode + "-" + changed.size(), Set.of(agencyCode), path -> {
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
		}, generation -> writeAgency(generation, agency, new Changed(changed, columns)));
	}

	/** The documents and columns a partial render rewrites. */
	private record Changed(Set<Long> documents, Set<String> columns) {
	}

	/**
	 * Builds a generation. Each agency's files live in a version folder under {@code site/agencies/<code>/}, and a
	 * generation links to one version per agency, so that a change costs the size of one agency, not of the site.
	 * The agencies in {@code rewritten} get a new version, into which the live files that {@code keep} accepts are
	 * hard-linked (with the hashes their manifest recorded) and {@code writer} adds the rest; every other agency's
	 * live version is linked as it is. Then the sitemap index and the manifest are written and the generation
	 * switches.
	 */
	private int build(String label, Set<String> rewritten, Predicate<String> keep, GenerationWriter writer) {
		return lock.holding("site", () -> generationTime.record(() -> generate(label, rewritten, keep, writer)));
	}

	private int generate(String label, Set<String> rewritten, Predicate<String> keep, GenerationWriter writer) {
		try {
			String name = GENERATION.format(clock.instant()) + "-" + label;
			Path next = root.resolve("generations").resolve(name);
			for (int attempt = 2; Files.exists(next); attempt++) {
				name = GENERATION.format(clock.instant()) + "-" + label + "-" + attempt;
				next = next.resolveSibling(name);
			}
			Files.createDirectories(next);
			Generation generation = new Generation(next, name);
			Optional<Path> current = liveNow();
			Map<String, List<String>> previous = new TreeMap<>();
			Properties manifest = current.map(this::manifest).orElseGet(Properties::new);
			for (String path : manifest.stringPropertyNames()) {
				int slash = path.indexOf('/');
				if (slash > 0) {
					previous.computeIfAbsent(path.substring(0, slash), code -> new ArrayList<>()).add(path);
				}
			}
			for (String code : rewritten) {
				generation.open(code);
			}
			for (Map.Entry<String, List<String>> agency : previous.entrySet()) {
				Path folder = current.orElseThrow().resolve(agency.getKey());
				boolean linkAsItIs = !rewritten.contains(agency.getKey()) && Files.isSymbolicLink(folder);
				if (linkAsItIs) {
					generation.link(agency.getKey(), Files.readSymbolicLink(folder));
				}
				else if (!rewritten.contains(agency.getKey())) {
					generation.open(agency.getKey());
				}
				for (String path : agency.getValue()) {
					if (linkAsItIs) {
						generation.hashes.put(path, manifest.getProperty(path));
					}
					else if (!rewritten.contains(agency.getKey()) || keep.test(path)) {
						generation.carry(current.get().resolve(path), path, manifest.getProperty(path));
					}
				}
			}
			writer.write(generation);
			generation.text("sitemap.xml", Feeds.sitemapIndex(identity.baseUrl(), generation.sitemaps()));
			writeManifest(next, generation.hashes);
			DurableFiles.writeString(root.resolve("current"), next.getFileName().toString());
			log.info("Site generation {} is live ({} files)", next.getFileName(), generation.hashes.size());
			prune();
			return generation.hashes.size();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot render the site generation " + label, e);
		}
	}

	@FunctionalInterface
	private interface GenerationWriter {

		void write(Generation generation) throws IOException;

	}

	/** A generation being built: the files in it and their hashes. */
	private final class Generation {

		final Path directory;

		final String name;

		final Map<String, String> hashes = new ConcurrentSkipListMap<>();

		/** The new version folder of each agency written in this generation. */
		private final Map<String, Path> versions = new ConcurrentHashMap<>();

		private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();

		Generation(Path directory, String name) {
			this.directory = directory;
			this.name = name;
		}

		/** Starts a new version of an agency's files and links the generation to it. */
		void open(String agencyCode) throws IOException {
			Path version = root.resolve("agencies").resolve(agencyCode).resolve(name);
			Files.createDirectories(version);
			versions.put(agencyCode, version);
			link(agencyCode, directory.relativize(version));
		}

		/** Links the generation to an existing version of an agency's files. */
		void link(String agencyCode, Path version) throws IOException {
			Files.createSymbolicLink(directory.resolve(agencyCode), version);
		}

		/** Where a file of this generation is written: in its agency's new version, or at the generation's root. */
		private Path resolve(String path) {
			int slash = path.indexOf('/');
			if (slash < 0) {
				return directory.resolve(path);
			}
			Path version = versions.get(path.substring(0, slash));
			if (version == null) {
				throw new IllegalStateException("the files of " + path.substring(0, slash) + " are shared, not written");
			}
			return version.resolve(path.substring(slash + 1));
		}

		/**
		 * The folder of a file, created once per generation rather than once per file; other threads wait until it
		 * exists.
		 */
		private void folderOf(Path file) {
			folders.computeIfAbsent(file.getParent(), folder -> {
				try {
					Files.createDirectories(folder);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				return Boolean.TRUE;
			});
		}

		void page(String path, String template, Map<String, Object> variables) {
			Context context = new Context(Locale.SIMPLIFIED_CHINESE, variables);
			context.setVariable("site", identity);
			text(path, templates.process(template, context));
		}

		void text(String path, String content) {
			bytes(path, content.getBytes(StandardCharsets.UTF_8));
		}

		void bytes(String path, byte[] content) {
			Path file = resolve(path);
			try {
				folderOf(file);
				Files.write(file, content);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			hashes.put(path, Sha256.hex(content));
		}

		/** A file of the previous generation, linked (not copied) with the hash its manifest recorded. */
		void carry(Path source, String path, String hash) throws IOException {
			Path target = resolve(path);
			folderOf(target);
			try {
				Files.createLink(target, source);
			}
			catch (UnsupportedOperationException | FileSystemException e) {
				Files.copy(source, target);
			}
			hashes.put(path, hash);
		}

		/** An attachment, copied from the file store so that the store never shares a file the site serves. */
		void attachment(Attachment attachment) throws IOException {
			if (hashes.containsKey(attachment.path())) {
				return;
			}
			Path target = resolve(attachment.path());
			folderOf(target);
			Files.copy(attachments.file(attachment.sha256()), target);
			hashes.put(attachment.path(), attachment.sha256());
		}

		/** The sitemap files of every agency in this generation. */
		List<String> sitemaps() {
			return hashes.keySet()
				.stream()
				.filter(path -> path.matches("[^/]+/sitemap(-\\d+)?\\.xml"))
				.toList();
		}

	}

	private void writeAgency(Generation generation, AgencyInfo agency, Changed changed) throws IOException {
		List<PublishedDocument> live = documents.live(agency.id());
		Map<Long, List<Attachment>> files = attachments.live(agency.id(), agency.code());
		Map<Long, NormativeEntry> ledgerEntries = ledger.of(agency.id())
			.stream()
			.filter(entry -> entry.documentId() != null)
			.collect(java.util.stream.Collectors.toMap(NormativeEntry::documentId, entry -> entry));
		java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(Beijing.ZONE));
		List<CatalogColumn> columns = catalog.of(agency.id());
		generation.page(agency.code() + "/index.html", "site/agency",
				Map.of("agency", agency, "columns", columns, "documents", live.stream().limit(20).toList()));
		for (CatalogColumn column : columns) {
			if (changed != null && !changed.columns().contains(column.code())) {
				continue;
			}
			String folder = agency.code() + "/" + column.code() + "/";
			List<PublishedDocument> inColumn = live.stream().filter(d -> d.columnCode().equals(column.code())).toList();
			Optional<DisclosureGuide> guide = column.code().equals("guide") ? guides.of(agency.id()) : Optional.empty();
			if (guide.isPresent()) {
				generation.page(folder + "index.html", "site/guide", Map.of("agency", agency, "guide", guide.get()));
			}
			else {
				int pages = Math.max(1, (inColumn.size() + PAGE_SIZE - 1) / PAGE_SIZE);
				for (int page = 1; page <= pages; page++) {
					generation.page(folder + (page == 1 ? "index.html" : "page-" + page + ".html"), "site/column",
							Map.of("agency", agency, "column", column, "page", page, "pages", pages, "documents",
									inColumn.subList((page - 1) * PAGE_SIZE, Math.min(inColumn.size(), page * PAGE_SIZE))));
				}
			}
			generation.text(folder + "feed.atom", Feeds.atom(identity.baseUrl(), agency, column, inColumn));
			generation.text(folder + "feed.json", Feeds.json(identity.baseUrl(), agency, column, inColumn));
		}
		Set<Long> pagesToRender = changed == null ? null : related(live, changed.documents());
		live.parallelStream()
			.filter(document -> pagesToRender == null || pagesToRender.contains(document.id()))
			.forEach(document -> {
				Map<String, Object> variables = new java.util.HashMap<>(Map.of("agency", agency, "document", document,
						"interpretations", interpretationsOf(live, document), "policy",
						live.stream().filter(other -> Long.valueOf(other.id()).equals(document.interpretsId())).toList(),
						"attachments", files.getOrDefault(document.id(), List.of())));
				NormativeEntry entry = ledgerEntries.get(document.id());
				if (entry != null) {
					variables.put("normative", entry);
					variables.put("normativeStatus", entry.statusOn(today));
				}
				generation.page(document.path(), "site/document", variables);
			});
		for (List<Attachment> ofDocument : files.values()) {
			for (Attachment attachment : ofDocument) {
				generation.attachment(attachment);
			}
		}
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

	/** The file of the live generation at {@code path}, if there is one (paths never leave the generation). */
	public Optional<Path> file(String path) {
		return live().flatMap(generation -> file(generation, path));
	}

	private static Optional<Path> file(Path generation, String path) {
		Path file = generation.resolve(path).normalize();
		return file.startsWith(generation) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	/**
	 * A file of the live generation with the SHA-256 its manifest records, both taken from the same generation (a
	 * generation never changes, so whoever keeps the pair keeps a consistent copy of that generation's file).
	 */
	public Optional<PublishedFile> publishedFile(String path) {
		return live().flatMap(generation -> file(generation, path).map(file -> new PublishedFile(generation, file,
				cachedManifest(generation).getProperty(path, ""))));
	}

	/** A file of a generation and the SHA-256 its manifest records. */
	public record PublishedFile(Path generation, Path file, String sha256) {
	}

	/** The SHA-256 the manifest records for a path of the live generation. */
	public Optional<String> recordedHash(String path) {
		return live().map(this::cachedManifest).map(manifest -> manifest.getProperty(path));
	}

	/** The manifest of the live generation, read once per generation (a generation never changes). */
	private Properties cachedManifest(Path generation) {
		LoadedManifest loaded = lastManifest;
		if (loaded == null || !loaded.generation().equals(generation)) {
			loaded = new LoadedManifest(generation, manifest(generation));
			lastManifest = loaded;
		}
		return loaded.manifest();
	}

	private record LoadedManifest(Path generation, Properties manifest) {
	}

	/** The folder of the live generation, for an export to nginx or a CDN. */
	public Optional<Path> liveGeneration() {
		return live();
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

	private static void writeManifest(Path generation, Map<String, String> hashes) throws IOException {
		StringBuilder manifest = new StringBuilder("# SHA-256 of every file of this generation\n");
		hashes.forEach((path, hash) -> manifest.append(escape(path)).append('=').append(hash).append('\n'));
		DurableFiles.writeString(generation.resolve(MANIFEST), manifest);
	}

	/** A path as a key of a properties file. */
	private static String escape(String path) {
		return path.replace("\\", "\\\\").replace(" ", "\\ ").replace("=", "\\=").replace(":", "\\:");
	}

	private static Map<String, String> hashes(Path generation) {
		Map<String, String> hashes = new TreeMap<>();
		try (Stream<Path> files = Files.walk(generation, FileVisitOption.FOLLOW_LINKS)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String relative = generation.relativize(file).toString().replace('\\', '/');
				if (!relative.equals(MANIFEST)) {
					hashes.put(relative, Sha256.hex(Files.readAllBytes(file)));
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

	/** Deletes the oldest generations beyond the number kept; the live one is never among them. */
	private void prune() throws IOException {
		Path live = liveNow().orElseThrow();
		List<Path> generations;
		try (Stream<Path> all = Files.list(root.resolve("generations"))) {
			generations = all.filter(Files::isDirectory)
				.filter(generation -> !generation.equals(live))
				.sorted(Comparator.comparing(Path::getFileName).reversed())
				.toList();
		}
		for (Path old : generations.subList(Math.min(generations.size(), keepGenerations - 1), generations.size())) {
			delete(old);
		}
		Set<Path> used = new HashSet<>();
		try (Stream<Path> kept = Files.list(root.resolve("generations"))) {
			for (Path generation : kept.filter(Files::isDirectory).toList()) {
				try (Stream<Path> entries = Files.list(generation)) {
					for (Path link : entries.filter(Files::isSymbolicLink).toList()) {
						used.add(generation.resolve(Files.readSymbolicLink(link)).normalize());
					}
				}
			}
		}
		Path versions = root.resolve("agencies");
		if (Files.isDirectory(versions)) {
			try (Stream<Path> all = Files.list(versions)) {
				for (Path agency : all.toList()) {
					try (Stream<Path> ofAgency = Files.list(agency)) {
						for (Path version : ofAgency.filter(version -> !used.contains(version.normalize())).toList()) {
							delete(version);
						}
					}
				}
			}
		}
	}

	/** Deletes a folder and what is in it, without following links out of it. */
	private static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

	/**
	 * The live generation, for serving. The pointer file is read again when it was replaced (another inode, time or
	 * size: this node's switch, or another node's on a shared directory) or was last read a second ago, not on every
	 * request.
	 */
	private Optional<Path> live() {
		return live(false);
	}

	/**
	 * The live generation as the pointer file says now: what a build under the cluster lock starts from, since a shared
	 * directory may report unchanged attributes for a moment after another node's switch.
	 */
	private Optional<Path> liveNow() {
		return live(true);
	}

	private Optional<Path> live(boolean now) {
		Path pointer = root.resolve("current");
		try {
			BasicFileAttributes attributes;
			try {
				attributes = Files.readAttributes(pointer, BasicFileAttributes.class);
			}
			catch (NoSuchFileException e) {
				return Optional.empty();
			}
			LivePointer known = livePointer;
			long readAt = System.nanoTime();
			if (!now && known != null && known.matches(attributes) && readAt - known.readAt() < 1_000_000_000L) {
				return known.generation();
			}
			Optional<Path> generation = Optional
				.of(root.resolve("generations").resolve(Files.readString(pointer).strip()));
			livePointer = new LivePointer(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size(),
					readAt, generation);
			return generation;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The pointer file as last read: what identifies that version of it, and the generation it named. */
	private record LivePointer(Object fileKey, FileTime modified, long size, long readAt, Optional<Path> generation) {

		boolean matches(BasicFileAttributes attributes) {
			return java.util.Objects.equals(fileKey, attributes.fileKey())
					&& modified.equals(attributes.lastModifiedTime()) && size == attributes.size();
		}

	}

}
