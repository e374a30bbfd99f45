package org.gongkai.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.gongkai.identity.AgencyDirectory;
import org.gongkai.platform.ClusterLock;
import org.gongkai.platform.DurableFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Puts the site right after tampering, from the database: the agencies whose live files differ from the manifest are
 * rendered again into a new generation (every file written afresh, not linked to the changed one), and the older
 * generations kept for a rollback are checked against their own manifests too, since an unchanged file is hard-linked
 * from one generation to the next and a change in place reaches them all. A changed file of an older generation gets
 * its recorded content back from the live generation where that holds it intact; a generation that cannot be put
 * right is deleted, so that no rollback can bring tampered pages back.
 */
@Component
class SiteRepair {

	private static final Logger log = LoggerFactory.getLogger(SiteRepair.class);

	private final Site site;

	private final LiveGeneration live;

	private final AgencyDirectory agencies;

	private final ClusterLock lock;

	SiteRepair(Site site, LiveGeneration live, AgencyDirectory agencies, ClusterLock lock) {
		this.site = site;
		this.live = live;
		this.agencies = agencies;
		this.lock = lock;
	}

	/** What a repair did. */
	record Repaired(Set<String> rendered, List<String> restored, List<String> dropped) {

		boolean any() {
			return !rendered.isEmpty() || !restored.isEmpty() || !dropped.isEmpty();
		}

	}

	/** Renders the agencies of the live mismatches again, then checks the kept generations. */
	Repaired repair(SiteIntegrity integrity) {
		Set<String> rendered = new TreeSet<>();
		boolean whole = false;
		for (String path : integrity.mismatches()) {
			int slash = path.indexOf('/');
			String code = slash > 0 ? path.substring(0, slash) : null;
			if (code != null && agencies.findByCode(code).isPresent()) {
				rendered.add(code);
			}
			else {
				whole = true;
			}
		}
		if (whole) {
			site.renderAll();
			rendered.add("*");
		}
		else {
			rendered.forEach(site::render);
		}
		List<String> restored = new ArrayList<>();
		List<String> dropped = new ArrayList<>();
		lock.holding("site", () -> {
			checkKept(restored, dropped);
			return null;
		});
		Repaired repaired = new Repaired(rendered, restored, dropped);
		if (repaired.any()) {
			log.warn("Site repaired after tampering: rendered again {}, rollback files restored {}, generations dropped {}",
					rendered, restored, dropped);
		}
		return repaired;
	}

	/** Checks every generation but the live one against its manifest. */
	Repaired checkKept() {
		List<String> restored = new ArrayList<>();
		List<String> dropped = new ArrayList<>();
		lock.holding("site", () -> {
			checkKept(restored, dropped);
			return null;
		});
		return new Repaired(Set.of(), restored, dropped);
	}

	private void checkKept(List<String> restored, List<String> dropped) {
		Path current = live.liveNow().orElse(null);
		Path generations = live.root().resolve("generations");
		if (current == null || !Files.isDirectory(generations)) {
			return;
		}
		Map<String, Path> intact = new HashMap<>();
		Properties liveManifest = Manifest.read(current);
		Manifest.hashesOnDisk(current).forEach((path, hash) -> {
			if (hash.equals(liveManifest.getProperty(path))) {
				intact.putIfAbsent(hash, current.resolve(path));
			}
		});
		try (Stream<Path> all = Files.list(generations)) {
			for (Path generation : all.filter(Files::isDirectory).filter(g -> !g.equals(current)).sorted().toList()) {
				if (!Files.exists(generation.resolve(Manifest.NAME))) {
					continue; // being built
				}
				Properties manifest = Manifest.read(generation);
				Map<String, String> onDisk = Manifest.hashesOnDisk(generation);
				boolean sound = true;
				for (String path : manifest.stringPropertyNames()) {
					String recorded = manifest.getProperty(path);
					if (recorded.equals(onDisk.get(path))) {
						continue;
					}
					Path good = intact.get(recorded);
					if (good == null) {
						sound = false;
						break;
					}
					// a new file, not the shared (changed) one: written beside it and moved over it
					DurableFiles.write(generation.resolve(path), Files.readAllBytes(good));
					restored.add(generation.getFileName() + "/" + path);
				}
				if (!sound) {
					delete(generation);
					dropped.add(generation.getFileName().toString());
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Deletes a generation's folder without following its links into the agencies' versions. */
	private static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

}
