package org.gongkai.assistant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.assistant.AssistantEvaluationBench.Outcome;
import org.gongkai.assistant.AssistantEvaluationBench.Question;

/**
 * One evaluation part's counts per question category, and in all: questions, the right item answered first, the
 * right item within the first three (answer or clarification), answerable questions declined with no candidate,
 * questions no item answers declined or redirected, clarifications.
 */
final class Tally {

	private static final int N = 0;

	private static final int FIRST = 1;

	private static final int TOP3 = 2;

	private static final int DECLINED = 3;

	private static final int UNANSWERABLE_OK = 4;

	private static final int CLARIFIED = 5;

	private final Map<String, int[]> byCategory = new LinkedHashMap<>();

	Tally() {
		for (String key : List.of("colloquial", "dialect", "typo", "keyword", "rambling", "confusable", "field", "none",
				"ANSWERABLE", "NONE", "ALL")) {
			byCategory.put(key, new int[6]);
		}
	}

	/** Whether the assistant did what the question wanted: the right item answered first, or declined or redirected. */
	static boolean right(Question q, Outcome outcome) {
		return q.answerable() ? outcome.items().indexOf(q.expected()) == 0 && !outcome.kind().equals("clarify")
				: outcome.kind().equals("decline") || outcome.kind().equals("redirect");
	}

	void add(Question q, Outcome outcome) {
		for (String key : List.of(q.category(), q.answerable() ? "ANSWERABLE" : "NONE", "ALL")) {
			int[] c = byCategory.computeIfAbsent(key, k -> new int[6]);
			c[N]++;
			c[CLARIFIED] += outcome.kind().equals("clarify") ? 1 : 0;
			if (q.answerable()) {
				int rank = outcome.items().indexOf(q.expected());
				c[FIRST] += right(q, outcome) ? 1 : 0;
				c[TOP3] += rank >= 0 && rank < 3 ? 1 : 0;
				c[DECLINED] += outcome.items().isEmpty() ? 1 : 0;
			}
			else {
				c[UNANSWERABLE_OK] += right(q, outcome) ? 1 : 0;
			}
		}
	}

	/** The table: a header line and one line per category, then the answerable, the unanswerable and all. */
	String table() {
		StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-11s %4s %7s %7s %9s %9s %9s%n", "category",
				"n", "first", "top3", "declined", "unans-ok", "clarified"));
		int unanswerableInAll = byCategory.get("NONE")[N];
		byCategory.forEach((key, c) -> {
			boolean none = key.equals("none") || key.equals("NONE");
			int answerable = none ? 0 : c[N] - (key.equals("ALL") ? unanswerableInAll : 0);
			int unanswerable = key.equals("ALL") ? unanswerableInAll : none ? c[N] : 0;
			table.append(String.format(Locale.ROOT, "%-11s %4d %7s %7s %9s %9s %9.3f%n", key, c[N],
					ratio(c[FIRST], answerable), ratio(c[TOP3], answerable), ratio(c[DECLINED], answerable),
					ratio(c[UNANSWERABLE_OK], unanswerable), (double) c[CLARIFIED] / c[N]));
		});
		return table.toString();
	}

	private static String ratio(int count, int of) {
		return of == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) count / of);
	}

}
