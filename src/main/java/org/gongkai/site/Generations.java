package org.gongkai.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.gongkai.platform.Beijing;
import org.gongkai.platform.ClusterLock;
import org.gongkai.platform.Crypto;
import org.gongkai.platform.DurableFiles;
import org.gongkai.platform.SiteIdentity;
import org.gongkai.platform.Sm2Signatures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds generations of the site under {@code ${gongkai.data-dir}/site/generations/} and makes them live
 * (architecture.md §3). A generation links one version per agency, so that a change costs the size of one agency, not
 * of the site: the agencies rewritten get a new version, into which their unchanged live files are hard-linked (with
 * the hashes their manifest recorded) and the changed pages are written afresh; every other agency's live version is
 * linked as it is. Then the root sitemap and the manifest are written and the generation switches atomically by
 * replacing the one-line file {@code site/current}: readers see the old generation or the new one, never a mix.
 * Generations beyond {@code gongkai.site.keep-generations}, and the versions no kept generation links to, are deleted.
 * A build holds the cluster lock {@code site}: a generation links every agency, so two builds must not start from the
 * same live one.
 */
@Component
class Generations {

	private static final Logger log = LoggerFactory.getLogger(Generations.class);

	private static final DateTimeFormatter GENERATION = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
		.withZone(Beijing.ZONE);

	private final LiveGeneration live;

	private final SiteIdentity identity;

	private final Clock clock;

	private final ClusterLock lock;

	private final int keepGenerations;

	private final Crypto crypto;

	private final Sm2Signatures signatures;

	/** {@code gongkai_site_generation_seconds}: building one generation, from the first file to the switch. */
	private final Timer generationTime;

	Generations(LiveGeneration live, SiteIdentity identity, Clock clock, ClusterLock lock, MeterRegistry meters,
			@Value("${gongkai.site.keep-generations:5}") int keepGenerations, Crypto crypto, Sm2Signatures signatures) {
		this.crypto = crypto;
		this.signatures = signatures;
		this.live = live;
		this.identity = identity;
		this.clock = clock;
		this.lock = lock;
		this.keepGenerations = Math.max(2, keepGenerations);
		this.generationTime = Timer.builder("gongkai.site.generation")
			.description("Rendering a generation of the static site and making it live")
			.register(meters);
	}

	/** Writes the files of one generation. */
	@FunctionalInterface
	interface GenerationWriter {

		void write(Generation generation) throws IOException;

	}

	/**
	 * Builds a generation in which the agencies in {@code rewritten} get a new version, holding their live files that
	 * {@code keep} accepts and what {@code writer} adds, and makes it live; returns how many files it has.
	 */
	int build(String label, Set<String> rewritten, Predicate<String> keep, GenerationWriter writer) {
		return lock.holding("site", () -> generationTime.record(() -> generate(label, rewritten, keep, writer)));
	}

	private int generate(String label, Set<String> rewritten, Predicate<String> keep, GenerationWriter writer) {
		try {
			Generation generation = create(label);
			Optional<Path> current = live.liveNow();
			Properties manifest = current.map(Manifest::read).orElseGet(Properties::new);
			Crypto.Suite recordedWith = current.map(Manifest::suite).orElse(generation.suite);
			Map<String, List<String>> previous = new TreeMap<>();
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
						generation.linked(current.get().resolve(path), path, manifest.getProperty(path), recordedWith);
					}
					else if (!rewritten.contains(agency.getKey()) || keep.test(path)) {
						generation.carry(current.get().resolve(path), path, manifest.getProperty(path),
								recordedWith);
					}
				}
			}
			writer.write(generation);
			generation.text("sitemap.xml", Feeds.sitemapIndex(identity.baseUrl(), generation.sitemaps()));
			if (generation.suite == Crypto.Suite.SM) {
				generation.text(Manifest.PUBLIC_KEY, signatures.publicKeyPem());
			}
			Manifest.write(generation.directory, generation.hashes, generation.suite, signatures);
			DurableFiles.writeString(live.root().resolve("current"), generation.name);
			log.info("Site generation {} is live ({} files)", generation.name, generation.hashes.size());
			prune();
			return generation.hashes.size();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot render the site generation " + label, e);
		}
	}

	/** A new, empty generation named by the time and the label. */
	private Generation create(String label) throws IOException {
		String name = GENERATION.format(clock.instant()) + "-" + label;
		Path next = live.root().resolve("generations").resolve(name);
		for (int attempt = 2; Files.exists(next); attempt++) {
			name = GENERATION.format(clock.instant()) + "-" + label + "-" + attempt;
			next = next.resolveSibling(name);
		}
		Files.createDirectories(next);
		return new Generation(live.root(), next, name, crypto.suite());
	}

	/** Deletes the oldest generations beyond the number kept; the live one is never among them. */
	private void prune() throws IOException {
		Path current = live.liveNow().orElseThrow();
		Path root = live.root();
		List<Path> generations;
		try (Stream<Path> all = Files.list(root.resolve("generations"))) {
			generations = all.filter(Files::isDirectory)
				.filter(generation -> !generation.equals(current))
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

}
