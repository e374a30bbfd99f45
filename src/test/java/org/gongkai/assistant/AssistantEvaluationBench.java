package org.gongkai.assistant;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.gongkai.assistant.Retrieval.Candidate;
import org.gongkai.assistant.Retrieval.Mode;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * bench/assistant, the evaluation written before the retrieval was tuned: three catalogues of agencies the code was
 * never calibrated on (bench/assistant/catalogues, imported as a new agency would) and 353 questions split once into
 * a tuning part and a frozen test part (eval-tuning.tsv, eval-frozen.tsv), and 420 more written blind in round 4
 * and split once the same way (eval-tuning-2.tsv, eval-frozen-2.tsv), and round 5's, written blind with a fourth
 * catalogue the code had never met (bench-civil, a 民政局, in a district of its own so that the other parts' figures
 * stay comparable; eval-tuning-3.tsv, eval-frozen-3.tsv), and round 6's, the same way with a fifth (bench-health, a
 * 卫生健康局, in a third district; eval-tuning-4.tsv, eval-frozen-4.tsv), and round 7's with a sixth (bench-education,
 * a 教育局, in a fourth district; eval-tuning-5.tsv, eval-frozen-5.tsv), and round 8's with a seventh (bench-housing,
 * a 住房和城乡建设局, in a fifth district; eval-tuning-6.tsv, eval-frozen-6.tsv), and round 9's with an eighth
 * (bench-medical, a 医疗保障局, in a sixth district; eval-tuning-7.tsv, eval-frozen-7.tsv), and round 10's with a ninth
 * (bench-justice, a 司法局, in a seventh district; eval-tuning-8.tsv, eval-frozen-8.tsv), and round 11's with a tenth
 * (bench-agriculture, a 农业农村局, in an eighth district; eval-tuning-9.tsv, eval-frozen-9.tsv), and round 12's with
 * an eleventh (bench-veterans, a 退役军人事务局, in a ninth district; eval-tuning-10.tsv, eval-frozen-10.tsv), and round
 * 13's with a twelfth (bench-transport, a 交通运输局, in a tenth district; eval-tuning-11.tsv, eval-frozen-11.tsv), and
 * round 14's with a thirteenth (bench-culture, a 文化和旅游局, in an eleventh district; eval-tuning-12.tsv,
 * eval-frozen-12.tsv), and round 15's with a fourteenth (bench-ecology, a 生态环境局, in a twelfth district;
 * eval-tuning-13.tsv, eval-frozen-13.tsv). For each part and question category it prints: the right item first, the right item within
 * the first three (answer or clarification), answerable questions declined with no candidate, questions no item
 * answers declined or redirected, and latency p95. Not part of the test suite (its name does not end in Tests): run
 * {@code bench/assistant/run.sh eval}.
 */
class AssistantEvaluationBench {

	static final String DISTRICT = "/bench-district/";

	/** Each catalogue's agency and the district it is imported into. */
	static final Map<String, String> AGENCIES = new LinkedHashMap<>();

	static {
		for (String agency : List.of("bench-police", "bench-hrss", "bench-market")) {
			AGENCIES.put(agency, DISTRICT);
		}
		AGENCIES.put("bench-civil", "/bench-district-2/");
		AGENCIES.put("bench-health", "/bench-district-3/");
		AGENCIES.put("bench-education", "/bench-district-4/");
		AGENCIES.put("bench-housing", "/bench-district-5/");
		AGENCIES.put("bench-medical", "/bench-district-6/");
		AGENCIES.put("bench-justice", "/bench-district-7/");
		AGENCIES.put("bench-agriculture", "/bench-district-8/");
		AGENCIES.put("bench-veterans", "/bench-district-9/");
		AGENCIES.put("bench-transport", "/bench-district-10/");
		AGENCIES.put("bench-culture", "/bench-district-11/");
		AGENCIES.put("bench-ecology", "/bench-district-12/");
	}

	record Question(String agency, String category, String expected, String belongs, String text) {

		boolean answerable() {
			return !expected.equals("-");
		}

		String district() {
			return AGENCIES.get(agency);
		}

		String path() {
			return district() + agency + "/";
		}

	}

	/** What the assistant did with a question: the items it offered, in order, and how. */
	record Outcome(String kind, List<String> items) {
	}

	static List<Question> read(String name) throws IOException {
		return Files.readAllLines(Path.of("bench", "assistant", name))
			.stream()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))
			.map(line -> line.split("\t", -1))
			.map(p -> new Question(p[0], p[1], p[2], p[3], p[4]))
			.toList();
	}

	static KnowledgeIndex index(Embedder embedder) throws IOException {
		return index(embedder, Map.of());
	}

	/**
	 * The catalogues indexed, each item with the 常用说法 staff added to it ({@code taught}: the questions, by agency
	 * and item code), as the teaching loop on the log of questions adds them.
	 */
	static KnowledgeIndex index(Embedder embedder, Map<String, List<String>> taught) throws IOException {
		KnowledgeIndex index = KnowledgeIndex.inMemory();
		JsonMapper json = JsonMapper.builder().build();
		for (String agency : AGENCIES.keySet()) {
			List<ServiceItem> items = json.readValue(Path.of("bench", "assistant", "catalogues", agency + ".json").toFile(),
					new TypeReference<>() {
					});
			for (ServiceItem listed : items) {
				List<String> aliases = taught.getOrDefault(agency + "|" + listed.code(), List.of());
				ServiceItem item = aliases.isEmpty() ? listed
						: new ServiceItem(listed.code(), listed.name(), listed.department(), listed.basis(),
								listed.conditions(), listed.materials(), listed.process(), listed.timeLimit(),
								listed.fee(), listed.location(), listed.hours(), listed.phone(), listed.faq(),
								Stream.concat(listed.aliases().stream(), aliases.stream()).toList());
				List<Chunk> chunks = Chunking.of(new ServiceGuide(agency, agency, AGENCIES.get(agency) + agency + "/", item, true, null));
				index.replace(chunks.get(0).sourceKey(), chunks,
						embedder.passages(chunks.stream().map(Chunk::searchable).toList()));
			}
		}
		return index;
	}

	/** The assistant as it decides: what {@link Responder} decides, as the API would show it. */
	static Outcome decide(Responder responder, Question q) {
		Triage.Decision decision = responder.respond(q.path(), q.district(), q.text());
		return new Outcome(decision.kind().name().toLowerCase(Locale.ROOT),
				decision.candidates().stream().map(c -> c.best().ref()).toList());
	}

	@Test
	void run() throws IOException {
		Embedder embedder = new Embedder(Path.of("target", "djl"));
		EMBEDDER = embedder;
		Remits remits = new Remits(Remits.shipped(), embedder::passages);
		Terms terms = new Terms(Terms.shipped());
		KnowledgeIndex index = index(embedder);
		Responder responder = responder(index, terms, remits);
		String label = System.getProperty("bench.label", "current");
		// warm-up: JIT and ONNX Runtime
		for (Question q : read("eval-tuning.tsv")) {
			decide(responder, q);
		}
		// -Dbench.taught=aliases (or =all): staff first teach the assistant from the tuning parts' log (Teaching)
		String taught = "";
		String teaching = System.getProperty("bench.taught", "");
		if (!teaching.isEmpty()) {
			Teaching lessons = Teaching.from(responder, teaching.equals("all"));
			index = index(embedder, lessons.aliases());
			remits = remits.with(lessons.rows());
			responder = responder(index, terms, remits);
			taught = lessons.summary();
		}
		INDEX = index;
		Retrieval retrieval = new Retrieval(index, embedder);
		Vocabulary vocabulary = new Vocabulary(index.all(), terms.words(), index::words);
		// -Dbench.parts=tuning evaluates the tuning part alone, tuning* every tuning part (while tuning, the frozen
		// parts are not run at all)
		String parts = System.getProperty("bench.parts");
		List<String> asked = parts == null ? parts()
				: parts.equals("tuning*") ? tuningParts() : List.of(parts.split(","));
		for (String part : asked) {
			String report = evaluate(part, label + " code" + taught, responder, retrieval, vocabulary);
			Path results = Files.createDirectories(Path.of("bench", "assistant", "results", label));
			Files.writeString(results.resolve(part + ".txt"), report);
		}
	}

	/**
	 * Asks one part's questions and returns its table; prints it, and for a tuning part its misses
	 * ({@code -Dbench.misses}) and writes its evidence ({@code -Dbench.dump}).
	 */
	static String evaluate(String part, String code, Responder responder, Retrieval retrieval, Vocabulary vocabulary)
			throws IOException {
		List<Question> questions = read("eval-" + part + ".tsv");
		StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
				"bench/assistant eval-%s.tsv (%s): %d questions, %d answerable, %d no item answers%n", part, code,
				questions.size(), questions.stream().filter(Question::answerable).count(),
				questions.stream().filter(q -> !q.answerable()).count()));
		Tally tally = new Tally();
		double[] latencies = new double[questions.size()];
		StringBuilder misses = new StringBuilder();
		String dumpTo = tuning(part) ? System.getProperty("bench.dump") : null;
		StringBuilder dump = new StringBuilder();
		int i = 0;
		for (Question q : questions) {
			long started = System.nanoTime();
			Outcome outcome = decide(responder, q);
			latencies[i++] = (System.nanoTime() - started) / 1e6;
			tally.add(q, outcome);
			if (dumpTo != null) {
				dump.append(dump(responder, retrieval, vocabulary, q)).append('\n');
			}
			if (!Tally.right(q, outcome) && tuning(part)) {
				misses.append(miss(responder, retrieval, vocabulary, q, outcome));
			}
		}
		report.append(tally.table());
		Arrays.sort(latencies);
		report.append(String.format(Locale.ROOT, "latency p50 %.1f ms, p95 %.1f ms (retrieval and decision, no LLM)%n",
				AssistantBench.percentile(latencies, 50), AssistantBench.percentile(latencies, 95)));
		System.out.print(report);
		if (System.getProperty("bench.misses") != null) {
			System.out.print(misses);
		}
		if (dumpTo != null) {
			Files.writeString(Path.of(dumpTo.replace("PART", part)), dump.toString());
		}
		return report.toString();
	}

	/** Every part, each round's tuning part before its frozen one: tuning, frozen, tuning-2, frozen-2, … */
	static List<String> parts() throws IOException {
		List<String> parts = new ArrayList<>();
		for (String tuning : tuningParts()) {
			parts.add(tuning);
			parts.add(tuning.replace("tuning", "frozen"));
		}
		return parts;
	}

	/** The tuning parts in their rounds' order: tuning, tuning-2, tuning-3, … (the files bench/assistant has). */
	static List<String> tuningParts() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("bench", "assistant"))) {
			return files.map(f -> f.getFileName().toString())
				.filter(name -> name.matches("eval-tuning(-\\d+)?\\.tsv"))
				.map(name -> name.substring("eval-".length(), name.length() - ".tsv".length()))
				.sorted(Comparator.comparingInt(part -> part.equals("tuning") ? 1
						: Integer.parseInt(part.substring("tuning-".length()))))
				.toList();
		}
	}

	/** A tuning question the assistant got wrong, as read and as found (never a frozen part's). */
	static String miss(Responder responder, Retrieval retrieval, Vocabulary vocabulary, Question q, Outcome outcome) {
		Responder.Reading reading = responder.read(q.text());
		List<Candidate> here = retrieval.search(q.path(), reading.text(), Mode.HYBRID);
		return String.format(Locale.ROOT, "  miss %-10s %-12s %-9s %s: %s => %s %s %s%n", q.category(), q.expected(),
				outcome.kind(), outcome.items(), q.text(), reading.text(),
				reading.words().stream().filter(w -> !vocabulary.known(q.district(), w)).toList(),
				here.stream().limit(3).map(c -> String.format(Locale.ROOT, "%s(%.2f/%.1f)", c.best().ref(), c.cosine(),
						c.bm25())).toList());
	}

	/** One tuning question's evidence as a JSON line, for studying the decision offline (tuning part only). */
	static String dump(Responder responder, Retrieval retrieval, Vocabulary vocabulary, Question q) {
		String path = q.path();
		String district = q.district();
		Responder.Reading reading = responder.read(q.text());
		float[] vector = retrieval.vector(reading.text());
		List<Candidate> here = retrieval.search(path, reading.text(), vector, Mode.HYBRID);
		List<String> unknownHere = reading.words().stream().filter(w -> !vocabulary.known(path, w)).toList();
		List<Candidate> outside = retrieval.search(district, reading.text(), vector, Mode.HYBRID)
			.stream()
			.filter(c -> !c.best().agencyPath().startsWith(path))
			.limit(3)
			.toList();
		JsonMapper json = JsonMapper.builder().build();
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("agency", q.agency());
		line.put("category", q.category());
		line.put("expected", q.expected());
		line.put("text", q.text());
		line.put("reading", reading.text());
		line.put("words", reading.words());
		line.put("unknownHere", unknownHere);
		line.put("unknownAll", unknownHere.stream().filter(w -> !vocabulary.known(district, w)).toList());
		Triage.Decision decision = responder.respond(path, district, q.text());
		line.put("decision", decision.kind().name().toLowerCase(Locale.ROOT));
		line.put("belongs", decision.belongs() == null ? null : decision.belongs().department());
		line.put("unlisted", decision.unlisted());
		line.put("belongsCos", decision.belongs() == null ? null : Remits.cosine(vector, decision.belongs().vector()));
		line.put("rarest", Answerability.rarest(INDEX.size()));
		List<float[]> itemNames = vocabulary.itemNames(path)
			.stream()
			.map(AssistantEvaluationBench::nameVector)
			.toList();
		line.put("remits", Remits.shipped().stream()
			.map(row -> Map.<String, Object>of("department", row[0], "item", row[2], "cos",
					Remits.cosine(vector, nameVector(row[2])), "nameCos",
					itemNames.stream().mapToDouble(n -> Remits.cosine(nameVector(row[2]), n)).max().orElse(0)))
			.sorted(Comparator.comparingDouble(m -> -(double) m.get("cos")))
			.limit(3)
			.toList());
		List<String> foreign = Vocabulary.documents(INDEX.words(reading.text()))
			.stream()
			.filter(d -> !vocabulary.documentNamed(path, d))
			.toList();
		line.put("foreign", foreign);
		line.put("foreignElsewhere", foreign.stream().filter(d -> vocabulary.documentNamed(district, d)).toList());
		line.put("here", Ranking.rank(reading.whole(), here).stream().limit(10).map(c -> {
			String all = String.join(" ", retrieval.complete(c).passages().stream().map(p -> p.title() + " " + p.text()).toList());
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("ref", c.best().ref());
			m.put("title", c.best().title());
			m.put("cos", c.cosine());
			m.put("bm25", c.bm25());
			m.put("fused", c.fused());
			m.put("nameShare", Ranking.nameShare(reading.text(), c.best().title()));
			m.put("act", Ranking.act(reading.text(), c.best().title()));
			m.put("covered", reading.words().stream().filter(all::contains).toList());
			m.put("nameVec", Remits.cosine(vector, nameVector(c.best().title())));
			m.put("section", c.best().section().name());
			return m;
		}).toList());
		line.put("outside", outside.stream().map(c -> Map.of("ref", c.best().ref(), "title", c.best().title(), "cos",
				c.cosine(), "bm25", c.bm25(), "path", c.best().agencyPath(), "fused", c.fused())).toList());
		return json.writeValueAsString(line);
	}

	/** The assistant over an index, deciding as {@link Responder} does with the shipped settings. */
	static Responder responder(KnowledgeIndex index, Terms terms, Remits remits) {
		Threshold threshold = new AssistantSettings(null, null, null, null, null, null, null).threshold();
		Wording wording = new Wording(terms, new Vocabulary(index.all(), terms.words(), index::words));
		return new Responder(new Retrieval(index, EMBEDDER), index, () -> wording, () -> remits,
				Triage.defaults(threshold));
	}

	static KnowledgeIndex INDEX;

	static Embedder EMBEDDER;

	static final Map<String, float[]> NAMES = new HashMap<>();

	/** A name's vector, embedded as passages and the remits table's items are. */
	static float[] nameVector(String name) {
		return NAMES.computeIfAbsent(name, t -> EMBEDDER.passages(List.of(t)).get(0));
	}

	/** Whether the part may be studied: its misses listed and its evidence dumped (never a frozen part's). */
	static boolean tuning(String part) {
		return part.startsWith("tuning");
	}

}
