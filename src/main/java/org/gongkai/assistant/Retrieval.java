package org.gongkai.assistant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.assistant.KnowledgeIndex.Scored;

/**
 * Finds the sources that answer a question in an agency's subtree: BM25 and vector search each rank the sources by
 * their best passage, and the two rankings are fused by reciprocal rank (Cormack et al. 2009, k = 60). A source's
 * passages are ordered the same way, so the first is the one to quote.
 */
final class Retrieval {

	/** How a question is searched; the benchmark compares the three. */
	enum Mode {

		BM25, VECTORS, HYBRID

	}

	/** Passages each search fetches. */
	static final int DEPTH = 40;

	/** The reciprocal-rank constant. */
	static final int RRF_K = 60;

	/**
	 * A source found: its passages best first, its fused score, and the evidence the decline threshold is set on —
	 * the cosine similarity of its best passage to the question, and the BM25 score of its best passage.
	 */
	record Candidate(String sourceKey, List<Chunk> passages, double fused, double cosine, double bm25) {

		Chunk best() {
			return passages.get(0);
		}

	}

	private final KnowledgeIndex index;

	private final Embedder embedder;

	Retrieval(KnowledgeIndex index, Embedder embedder) {
		this.index = index;
		this.embedder = embedder;
	}

	/** The candidate with all its source's passages: those found first, in their order, then the others. */
	Candidate complete(Candidate candidate) {
		List<Chunk> passages = new ArrayList<>(candidate.passages());
		index.passages(candidate.sourceKey()).stream().filter(p -> !passages.contains(p)).forEach(passages::add);
		return new Candidate(candidate.sourceKey(), passages, candidate.fused(), candidate.cosine(), candidate.bm25());
	}

	List<Candidate> search(String agencyPath, String question, Mode mode) {
		return search(agencyPath, question, mode == Mode.BM25 ? null : embedder.query(question), mode);
	}

	/** The question's vector, to search more than one subtree with it. */
	float[] vector(String question) {
		return embedder.query(question);
	}

	/**
	 * Searches with the question's vector computed once; when the question asks for one part of a guide (its
	 * materials, its time limit) that part becomes each item's first passage, the one quoted and shown as its source.
	 */
	List<Candidate> search(String agencyPath, String question, float[] vector, Mode mode) {
		List<Scored> lexical = mode == Mode.VECTORS ? List.of() : index.bm25(agencyPath, question, DEPTH);
		List<Scored> semantic = mode == Mode.BM25 ? List.of() : index.nearest(agencyPath, vector, DEPTH);
		Map<String, Double> sourceScore = new LinkedHashMap<>();
		Map<String, Double> chunkScore = new LinkedHashMap<>();
		Map<String, Chunk> chunks = new LinkedHashMap<>();
		Map<String, Double> cosine = new LinkedHashMap<>();
		Map<String, Double> bm25 = new LinkedHashMap<>();
		for (List<Scored> ranking : List.of(lexical, semantic)) {
			Map<String, Integer> sourceRank = new LinkedHashMap<>();
			for (int rank = 0; rank < ranking.size(); rank++) {
				Chunk chunk = ranking.get(rank).chunk();
				String id = chunk.sourceKey() + "#" + chunk.section() + "#" + chunk.text().hashCode();
				chunks.putIfAbsent(id, chunk);
				chunkScore.merge(id, 1.0 / (RRF_K + rank + 1), Double::sum);
				sourceRank.putIfAbsent(chunk.sourceKey(), sourceRank.size());
			}
			sourceRank.forEach((source, rank) -> sourceScore.merge(source, 1.0 / (RRF_K + rank + 1), Double::sum));
		}
		for (Scored hit : semantic) {
			cosine.merge(hit.chunk().sourceKey(), 2.0 * hit.score() - 1, Math::max);
		}
		for (Scored hit : lexical) {
			bm25.merge(hit.chunk().sourceKey(), (double) hit.score(), Math::max);
		}
		List<Candidate> candidates = new ArrayList<>();
		sourceScore.forEach((source, score) -> {
			List<Chunk> passages = chunkScore.entrySet()
				.stream()
				.filter(e -> chunks.get(e.getKey()).sourceKey().equals(source))
				.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
				.map(e -> chunks.get(e.getKey()))
				.toList();
			candidates.add(new Candidate(source, passages, score, cosine.getOrDefault(source, 0.0),
					bm25.getOrDefault(source, 0.0)));
		});
		candidates.sort(Comparator.comparingDouble(Candidate::fused).reversed());
		ExtractiveAnswer.asked(question).ifPresent(section -> {
			for (int i = 0; i < Math.min(FIELD_AWARE, candidates.size()); i++) {
				candidates.set(i, leading(candidates.get(i), section));
			}
		});
		return candidates;
	}

	/** Candidates whose passages are reordered for the part of the guide asked. */
	static final int FIELD_AWARE = 3;

	private Candidate leading(Candidate candidate, Chunk.Section section) {
		if (candidate.best().kind() != Chunk.Kind.ITEM || candidate.best().section() == section) {
			return candidate;
		}
		List<Chunk> passages = new ArrayList<>(candidate.passages());
		Chunk wanted = passages.stream()
			.filter(p -> p.section() == section)
			.findFirst()
			.or(() -> index.passages(candidate.sourceKey()).stream().filter(p -> p.section() == section).findFirst())
			.orElse(null);
		if (wanted == null) {
			return candidate;
		}
		passages.remove(wanted);
		passages.add(0, wanted);
		return new Candidate(candidate.sourceKey(), passages, candidate.fused(), candidate.cosine(), candidate.bm25());
	}

}
