package org.gongkai.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.platform.ClusterLock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * The published site as static files (architecture.md §3): what the rest of the application asks of it. Renders go
 * into new {@link Generations generations}, which switch atomically; reads answer from the {@link LiveGeneration live
 * one}, so that the files stay readable while the database is down; {@link #verify()} compares them with the
 * manifest (网页防篡改). Publishing's events reach the site through the {@link RenderQueue}.
 */
@Service
@Order(300)
public class Site implements ApplicationRunner {

	private final AgencyDirectory agencies;

	private final AgencyFiles files;

	private final Generations generations;

	private final LiveGeneration live;

	private final ClusterLock lock;

	Site(AgencyDirectory agencies, AgencyFiles files, Generations generations, LiveGeneration live,
			ClusterLock lock) {
		this.agencies = agencies;
		this.files = files;
		this.generations = generations;
		this.live = live;
		this.lock = lock;
	}

	/**
	 * A first start renders every agency, so that the site exists before anything is published (with several nodes,
	 * the first of them: the others find the generation it built); a later start renders again each agency whose home
	 * page or a column page is missing from the live generation (a column added while no node rendered, or a site
	 * built by a version that left columns out), so that no link of the catalog is dead.
	 */
	@Override
	public synchronized void run(ApplicationArguments args) {
		lock.holding("site", () -> live.liveNow().isEmpty() ? renderAll() : renderIncomplete());
	}

	private int renderIncomplete() {
		int rendered = 0;
		for (AgencyInfo agency : agencies.all()) {
			if (!files.complete(agency, path -> live.file(path).isPresent())) {
				render(agency.code());
				rendered++;
			}
		}
		return rendered;
	}

	/** Renders every page of every agency into one new generation (a full rebuild); returns how many files. */
	public synchronized int renderAll() {
		List<AgencyInfo> all = agencies.all();
		return generations.build("all", all.stream().map(AgencyInfo::code).collect(Collectors.toSet()), path -> false,
				generation -> {
					for (AgencyInfo agency : all) {
						files.write(generation, agency, null, all);
					}
				});
	}

	/** Renders every page of one agency into a new generation; the other agencies' files are carried over. */
	public synchronized void render(String agencyCode) {
		AgencyInfo agency = agencies.findByCode(agencyCode).orElseThrow();
		List<AgencyInfo> all = agencies.all();
		generations.build(agencyCode, Set.of(agencyCode), path -> false,
				generation -> files.write(generation, agency, null, all));
	}

	/**
	 * Renders what a change of some documents touches: their pages, the pages of documents linked to them
	 * (interpretations and policies), the lists and feeds of every column they are or were in and of the columns above
	 * those, the agency's home page and its sitemap. Everything else is carried over.
	 */
	synchronized void render(String agencyCode, Set<Long> changed) {
		AgencyInfo agency = agencies.findByCode(agencyCode).orElseThrow();
		AgencyFiles.Changed change = files.changed(agency, changed);
		List<AgencyInfo> all = agencies.all();
		generations.build(agencyCode + "-" + changed.size(), Set.of(agencyCode), change.keeps(agencyCode),
				generation -> files.write(generation, agency, change, all));
	}

	/** The file of the live generation at {@code path}, if there is one (paths never leave the generation). */
	public Optional<Path> file(String path) {
		return live.file(path);
	}

	/** A file of the live generation with the SHA-256 its manifest records, both from the same generation. */
	public Optional<PublishedFile> publishedFile(String path) {
		return live.publishedFile(path);
	}

	/** The SHA-256 the manifest records for a path of the live generation. */
	public Optional<String> recordedHash(String path) {
		return live.recordedHash(path);
	}

	/** The folder of the live generation, for an export to nginx or a CDN. */
	public Optional<Path> liveGeneration() {
		return live.live();
	}

	/** Re-hashes every file of the live generation and lists those that differ from the manifest. */
	public SiteIntegrity verify() {
		return live.verify();
	}

}
