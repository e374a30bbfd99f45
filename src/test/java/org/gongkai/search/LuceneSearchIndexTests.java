package org.gongkai.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The search contract on Lucene in a directory; and what is Lucene's own: its analysers, a damaged index. */
class LuceneSearchIndexTests extends SearchIndexContract {

	@TempDir
	Path data;

	@Override
	SearchIndex open() {
		return new LuceneSearchIndex(data, CLOCK);
	}

	@Override
	void close(SearchIndex index) {
		((LuceneSearchIndex) index).close();
	}

	@Override
	long generations() throws Exception {
		try (var generations = Files.list(data.resolve("generations"))) {
			return generations.count();
		}
	}

	@Test
	@DisplayName("smartcn cuts real titles into the words readers type")
	void realTitlesAreCutIntoWords() {
		LuceneQueries queries = new LuceneQueries(LuceneFields.analyzer());
		assertThat(queries.terms(LuceneFields.TITLE, "国务院办公厅关于印发2025年政务公开工作要点的通知"))
			.contains("国务院", "办公厅", "印发", "2025", "年", "政务", "公开", "工作", "要", "点", "通知");
		assertThat(queries.terms(LuceneFields.TITLE, "要点")).as("cut by context: alone it is one word").containsExactly("要点");
		assertThat(queries.terms(LuceneFields.TITLE, "示例区2025年区级财政预算及执行情况"))
			.contains("财政", "预算", "执行", "情况");
		assertThat(queries.terms(LuceneFields.NUMBER, "鄂州华容政规〔2025〕1号"))
			.containsExactly("鄂州", "州华", "华容", "容政", "政规", "2025", "1");
		assertThat(queries.terms(LuceneFields.NUMBER, "11429900MB0000101T/2025-00012"))
			.containsExactly("11429900mb0000101t", "2025", "12");
	}

	@Test
	void aWriteAfterTheNodeBeganStoppingIsSkippedAndCaughtUpAtTheNextStart() {
		add(Entries.live(1).title("关于夜间施工噪声扰民问题的回应"));
		close(index);
		// an event's listener still running while the application shuts down
		index.replace(List.of(2L), List.of(Entries.live(2).title("停机时发布的信息").entry()));
		index = open();
		assertThat(index.versions().versionOf(1)).isNotEqualTo(IndexedVersions.ABSENT);
		assertThat(index.versions().versionOf(2)).as("left for the start-up catch-up").isEqualTo(IndexedVersions.ABSENT);
	}

	@Test
	void aDamagedIndexStartsEmpty() throws Exception {
		add(Entries.live(1).title("政府信息公开工作年度报告"));
		close(index);
		Path live = data.resolve("generations").resolve(Files.readString(data.resolve("current")).strip());
		try (var files = Files.list(live)) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
				Files.write(file, new byte[] { 1, 2, 3 });
			}
		}
		index = open();
		assertThat(index.size()).isZero();
		assertThat(index.versions().versionOf(1)).isEqualTo(IndexedVersions.ABSENT);
		assertThat(generations()).isEqualTo(1);
	}

}
