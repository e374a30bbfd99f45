package org.gongkai.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.gongkai.IntegrationTest;
import org.gongkai.platform.GongkaiProperties;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change that arrives while another thread renders the same agency is rendered in that thread's next pass, and
 * its own call returns only once that pass is live: its event is completed then, never while the change is still
 * only in memory (a crash would lose it).
 */
@IntegrationTest
class SiteRenderWaitTests {

	@Autowired
	RenderQueue queue;

	@Autowired
	GongkaiProperties properties;

	@Test
	void aChangeJoiningARunningRenderReturnsOnlyWhenItIsLive() throws Exception {
		Path root = properties.resolve("site");
		String before = live(root);
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> queue.renderSoon("demo-bureau", null));
		String rendering = generationInTheMaking(root, before);
		queue.renderSoon("demo-bureau", null);
		String afterJoining = live(root);
		first.get(30, TimeUnit.SECONDS);
		if (rendering != null) {
			assertThat(afterJoining).as("live when the joining change returned, while %s was being rendered", rendering)
				.isGreaterThan(rendering);
		}
		else {
			assertThat(afterJoining).isGreaterThan(before);
		}
	}

	/** The generation the running render builds (newer than the live one, no manifest yet), if caught in time. */
	private static String generationInTheMaking(Path root, String live) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < deadline) {
			try (Stream<Path> generations = Files.list(root.resolve("generations"))) {
				Optional<String> building = generations.filter(g -> g.getFileName().toString().compareTo(live) > 0)
					.filter(g -> !Files.exists(g.resolve(Manifest.NAME)))
					.map(g -> g.getFileName().toString())
					.findFirst();
				if (building.isPresent()) {
					return building.get();
				}
			}
			if (!live(root).equals(live)) {
				return null;
			}
			Thread.onSpinWait();
		}
		return null;
	}

	private static String live(Path root) throws Exception {
		return Files.readString(root.resolve("current")).strip();
	}

}
