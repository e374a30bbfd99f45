package org.gongkai.assistant;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.assistant.AssistantEvaluationBench.Outcome;
import org.gongkai.assistant.AssistantEvaluationBench.Question;

/**
 * What staff would teach the assistant from the tuning parts' log of questions, as the log offers
 * ({@code bench/assistant/run.sh}, {@code BENCH_TAUGHT}): each answerable question it did not answer right first
 * becomes a 常用说法 of its item, and (with the remits too) each question no item answers that it answered or clarified
 * becomes a row of the table of remits, as asked, under the department of the agency it belongs to (其他部门 where none
 * of the bench's).
 *
 * @param aliases the questions each item is taught, by agency and item code ({@code agency|code})
 * @param rows the table of remits with the rows taught
 * @param shipped how many rows of the table were shipped
 */
record Teaching(Map<String, List<String>> aliases, List<String[]> rows, int shipped) {

	/** The kind of department of each bench agency, as the table of remits names it. */
	static final Map<String, String> DEPARTMENTS = Map.ofEntries(Map.entry("bench-police", "公安机关"),
			Map.entry("bench-hrss", "人力资源和社会保障部门"), Map.entry("bench-market", "市场监督管理部门"),
			Map.entry("bench-civil", "民政部门"), Map.entry("bench-health", "卫生健康部门"),
			Map.entry("bench-education", "教育部门"), Map.entry("bench-housing", "住房和城乡建设部门"),
			Map.entry("bench-medical", "医疗保障部门"), Map.entry("bench-justice", "司法行政部门"),
			Map.entry("bench-agriculture", "农业农村部门"), Map.entry("bench-veterans", "退役军人事务部门"),
			Map.entry("bench-transport", "交通运输部门"), Map.entry("bench-culture", "文化和旅游部门"),
			Map.entry("bench-ecology", "生态环境部门"));

	/** What staff teach from the answers of the untaught assistant to the tuning parts' questions. */
	static Teaching from(Responder untaught, boolean remitsToo) throws IOException {
		Map<String, List<String>> aliases = new LinkedHashMap<>();
		List<String[]> rows = new ArrayList<>(Remits.shipped());
		int shipped = rows.size();
		// the tuning parts, the only ones staff may be simulated teaching from
		for (String part : AssistantEvaluationBench.tuningParts()) {
			for (Question q : AssistantEvaluationBench.read("eval-" + part + ".tsv")) {
				Outcome outcome = AssistantEvaluationBench.decide(untaught, q);
				if (q.answerable() && !(outcome.kind().equals("answer") && outcome.items().indexOf(q.expected()) == 0)) {
					aliases.computeIfAbsent(q.agency() + "|" + q.expected(), k -> new ArrayList<>()).add(q.text());
				}
				if (!q.answerable() && remitsToo && !(outcome.kind().equals("decline") || outcome.kind().equals("redirect"))) {
					rows.add(row(rows, q));
				}
			}
		}
		return new Teaching(aliases, rows, shipped);
	}

	/** The question as a row of the table, under its agency's kind of department in both languages. */
	private static String[] row(List<String[]> rows, Question q) {
		String department = DEPARTMENTS.getOrDefault(q.belongs(), "其他部门");
		String english = rows.stream()
			.filter(row -> row[0].equals(department))
			.map(row -> row[1])
			.findFirst()
			.orElse("another department (其他部门)");
		return new String[] { department, english, q.text() };
	}

	/** What was taught, for the header of each part's table. */
	String summary() {
		return String.format(Locale.ROOT, ", taught %d questions of the tuning parts as 常用说法 of %d items and %d as rows of remits",
				aliases.values().stream().mapToInt(List::size).sum(), aliases.size(), rows.size() - shipped);
	}

}
