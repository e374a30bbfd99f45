package org.gongkai.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.assistant.Retrieval.Candidate;
import org.gongkai.assistant.Retrieval.Mode;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * bench/assistant: the demo's 33 service items, 100 citizen questions written for the purpose (80 that an item
 * answers, 20 that none does), for BM25 alone, vectors alone and hybrid. Prints hit@1, hit@3, MRR, the share of
 * unanswerable questions declined, the share of answerable ones wrongly declined, and latency p50/p95 (retrieval
 * including the query's embedding). Not part of the test suite (its name does not end in Tests): run
 * bench/assistant/run.sh. With {@code -Dbench.set=calibration} it runs the calibration questions instead and
 * prints the cosine and BM25 scores the thresholds were chosen from.
 */
class AssistantBench {

	static final String DISTRICT_PATH = "/demo-district/";

	record Question(String text, String expected) {
	}

	/** An in-memory index of the demo's service items, with the demo's agency paths. */
	static Retrieval demoRetrieval(Embedder embedder) throws IOException {
		KnowledgeIndex index = KnowledgeIndex.inMemory();
		try (InputStream in = AssistantBench.class.getResourceAsStream("/assistant/demo-service-items.json")) {
			Map<String, List<ServiceItem>> byAgency = JsonMapper.builder().build().readValue(in, new TypeReference<>() {
			});
			byAgency.forEach((agency, items) -> {
				String path = agency.equals("demo-district") ? DISTRICT_PATH : DISTRICT_PATH + agency + "/";
				for (ServiceItem item : items) {
					List<Chunk> chunks = Chunking.of(new ServiceGuide(agency, agency, path, item, true, null));
					index.replace(chunks.get(0).sourceKey(), chunks,
							embedder.passages(chunks.stream().map(Chunk::searchable).toList()));
				}
			});
		}
		return new Retrieval(index, embedder);
	}

	static List<Question> read(String name) throws IOException {
		return Files.readAllLines(Path.of("bench", "assistant", name))
			.stream()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))
			.map(line -> line.split("\t"))
			.map(parts -> new Question(parts[0].strip(), parts[1].strip()))
			.toList();
	}

	@Test
	void run() throws IOException {
		String set = System.getProperty("bench.set", "questions");
		Embedder embedder = new Embedder(Path.of("target", "djl"));
		Retrieval retrieval = demoRetrieval(embedder);
		Threshold threshold = new AssistantSettings(null, null, null, null, null, null, null).threshold();
		List<Question> questions = read(set + ".tsv");
		// warm-up: JIT and ONNX Runtime, on the other question set
		for (Question q : read(set.equals("questions") ? "calibration.tsv" : "questions.tsv")) {
			retrieval.search(DISTRICT_PATH, q.text(), Mode.HYBRID);
		}
		StringBuilder report = new StringBuilder();
		report.append(String.format(Locale.ROOT, "bench/assistant (%s.tsv): %d questions, %d answerable, %d unanswerable; thresholds %s%n",
				set, questions.size(), questions.stream().filter(q -> !q.expected().equals("-")).count(),
				questions.stream().filter(q -> q.expected().equals("-")).count(), threshold));
		report.append(String.format(Locale.ROOT, "%-8s %6s %6s %6s %9s %10s %8s %8s%n", "mode", "hit@1", "hit@3", "MRR",
				"declined", "wrong-dec", "p50 ms", "p95 ms"));
		for (Mode mode : Mode.values()) {
			int answerable = 0, unanswerable = 0, hit1 = 0, hit3 = 0, declined = 0, wronglyDeclined = 0;
			double reciprocal = 0;
			double[] latencies = new double[questions.size()];
			int i = 0;
			for (Question q : questions) {
				long started = System.nanoTime();
				List<Candidate> found = retrieval.search(DISTRICT_PATH, q.text(), mode);
				latencies[i++] = (System.nanoTime() - started) / 1e6;
				boolean answers = !found.isEmpty() && threshold.passes(found.get(0), mode);
				List<String> codes = found.stream().map(c -> c.best().ref()).toList();
				if (set.equals("calibration")) {
					Candidate top = found.isEmpty() ? null : found.get(0);
					report.append(String.format(Locale.ROOT, "  %-8s %-12s top=%-12s cos=%.3f bm25=%.2f  %s%n", mode,
							q.expected(), top == null ? "-" : top.best().ref(), top == null ? 0 : top.cosine(),
							top == null ? 0 : top.bm25(), q.text()));
				}
				if (q.expected().equals("-")) {
					unanswerable++;
					declined += answers ? 0 : 1;
					continue;
				}
				answerable++;
				int rank = codes.indexOf(q.expected());
				hit1 += rank == 0 ? 1 : 0;
				hit3 += rank >= 0 && rank < 3 ? 1 : 0;
				reciprocal += rank >= 0 ? 1.0 / (rank + 1) : 0;
				wronglyDeclined += answers ? 0 : 1;
				if (rank != 0 && System.getProperty("bench.misses") != null) {
					report.append(String.format(Locale.ROOT, "  miss %-7s %-10s got %s: %s%n", mode, q.expected(),
							codes.stream().limit(3).toList(), q.text()));
				}
			}
			Arrays.sort(latencies);
			report.append(String.format(Locale.ROOT, "%-8s %6.3f %6.3f %6.3f %9.3f %10.3f %8.1f %8.1f%n", mode,
					(double) hit1 / answerable, (double) hit3 / answerable, reciprocal / answerable,
					(double) declined / unanswerable, (double) wronglyDeclined / answerable, percentile(latencies, 50),
					percentile(latencies, 95)));
		}
		System.out.print(report);
		Files.writeString(Path.of("bench", "assistant", "results-" + set + ".txt"), report.toString());
	}

	static double percentile(double[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

}
