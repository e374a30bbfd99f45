package org.gongkai.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.Sm2Signatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live generation's manifest is read once however many requests arrive together after a start or a switch, not
 * once by each of them (a bench/portal run in which 32 connections asked for pages of a 100,000-file site at once
 * after the start ran its 1 GB heap out).
 */
class ManifestLoadTests {

	@TempDir
	Path data;

	@Test
	void requestsArrivingTogetherShareOneReadingOfTheManifest() throws Exception {
		GongkaiProperties properties = new GongkaiProperties(data, null, null);
		Path generation = properties.site().resolve("generations").resolve("20261207-100000-000");
		Files.createDirectories(generation);
		StringBuilder manifest = new StringBuilder();
		for (int i = 0; i < 50_000; i++) {
			manifest.append("bureau-").append(i % 50).append("/documents/").append(i).append(".html=")
				.append(String.format("%064x", i)).append('\n');
		}
		Files.writeString(generation.resolve(Manifest.NAME), manifest, StandardCharsets.UTF_8);
		LiveGeneration live = new LiveGeneration(properties, new Sm2Signatures(properties, ""));
		int requests = 16;
		CyclicBarrier together = new CyclicBarrier(requests);
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		try {
			List<Future<Properties>> read = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				read.add(pool.submit(() -> {
					together.await();
					return live.cachedManifest(generation);
				}));
			}
			Properties first = read.get(0).get();
			assertThat(first.getProperty("bureau-7/documents/49957.html")).isEqualTo(String.format("%064x", 49_957));
			for (Future<Properties> each : read) {
				assertThat(each.get()).isSameAs(first);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void anotherGenerationIsReadAgain() throws IOException {
		GongkaiProperties properties = new GongkaiProperties(data, null, null);
		LiveGeneration live = new LiveGeneration(properties, new Sm2Signatures(properties, ""));
		Path one = Files.createDirectories(properties.site().resolve("generations").resolve("one"));
		Path two = Files.createDirectories(properties.site().resolve("generations").resolve("two"));
		Files.writeString(one.resolve(Manifest.NAME), "index.html=aa\n");
		Files.writeString(two.resolve(Manifest.NAME), "index.html=bb\n");
		assertThat(live.cachedManifest(one).getProperty("index.html")).isEqualTo("aa");
		assertThat(live.cachedManifest(two).getProperty("index.html")).isEqualTo("bb");
		assertThat(live.cachedManifest(two)).isSameAs(live.cachedManifest(two));
	}

}
