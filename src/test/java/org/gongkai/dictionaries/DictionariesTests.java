package org.gongkai.dictionaries;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.gongkai.IntegrationTest;
import org.gongkai.MovableClock;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffFixtures;
import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The shared dictionary mechanism (issue 19): every dictionary the modules define is on the back office's list and
 * has its page; an entry added there is stored, audited under the dictionary's own names and removed again; a reader
 * without the right is refused; another node sees a change within {@link Dictionaries#FRESH}.
 */
@IntegrationTest
class DictionariesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Dictionaries dictionaries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	ApplicationContext context;

	private Staff staff(String username) {
		return StaffFixtures.principal(context, username).staff();
	}

	@Test
	void everyDictionaryIsListedAndHasItsPageWithTheShippedEntries() throws Exception {
		assertThat(dictionaries.all()).extracting(Dictionary::code)
			.contains("search-synonyms", "assistant-terms", "assistant-remits", "sensitive-words", "wording", "genres",
				"carriers");
		var admin = user(StaffFixtures.principal(context, "admin"));
		mvc.perform(get("/admin/dictionaries").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/search/synonyms")))
			.andExpect(content().string(containsString("/admin/assistant/terms")))
			.andExpect(content().string(containsString("/admin/dictionaries/wording")));
		mvc.perform(get("/admin/dictionaries/sensitive-words").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("内部资料")));
		mvc.perform(get("/admin/dictionaries/wording").with(admin))
			.andExpect(content().string(containsString("新冠肺炎")))
			.andExpect(content().string(containsString("新冠病毒感染")));
		mvc.perform(get("/admin/dictionaries/genres").with(admin)).andExpect(content().string(containsString("纪要")));
		mvc.perform(get("/admin/dictionaries/no-such-list").with(admin)).andExpect(status().isNotFound());
	}

	@Test
	void anEntryAddedOnTheGenericPageIsStoredAuditedAndRemoved() throws Exception {
		var editor = user(StaffFixtures.principal(context, "editor"));
		String genre = "实施方案" + System.nanoTime() % 100_000;
		mvc.perform(post("/admin/dictionaries/genres").param("term", "  " + genre + " ").with(editor).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Dictionary genres = dictionaries.named("genres");
		Word added = dictionaries.added(genres).get(0);
		assertThat(added.term()).isEqualTo(genre);
		assertThat(added.createdBy()).isEqualTo("editor");
		mvc.perform(get("/admin/dictionaries/genres").with(editor)).andExpect(content().string(containsString(genre)));
		assertThatThrownBy(() -> dictionaries.add(staff("editor"), genres, genre, null))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));

		mvc.perform(post("/admin/dictionaries/genres/" + added.id() + "/removal").with(editor).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(dictionaries.added(genres)).extracting(Word::term).doesNotContain(genre);
		mvc.perform(get("/admin/dictionaries/genres").with(editor))
			.andExpect(content().string(not(containsString(genre))));
		await().untilAsserted(() -> assertThat(jdbc.sql("""
				select action from audit_entry where subject = :subject and actor = 'editor' order by id""")
			.param("subject", "genre:" + genre)
			.query(String.class)
			.list()).containsExactly("GENRE_ADDED", "GENRE_REMOVED"));
	}

	@Test
	void onlyAdministratorsAndEditorsChangeADictionaryAndEntriesAreChecked() throws Exception {
		Dictionary wording = dictionaries.named("wording");
		assertThatThrownBy(() -> dictionaries.add(staff("reviewer"), wording, "错字", "正字"))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_PERMITTED));
		var reviewer = user(StaffFixtures.principal(context, "reviewer"));
		mvc.perform(get("/admin/dictionaries/wording").with(reviewer))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"dictionary-add\""))));
		assertThatThrownBy(() -> dictionaries.add(staff("editor"), wording, "错字", " "))
			.isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> dictionaries.add(staff("editor"), wording, "错".repeat(51), "正"))
			.isInstanceOf(DomainException.class);
		assertThat(dictionaries.added(wording)).extracting(Word::term).doesNotContain("错字");
	}

	@Test
	void anotherNodeSeesAChangeWithinFreshAndKeepsWhatItDerivedWhileNothingChanged() {
		MovableClock clock = new MovableClock(Instant.parse("2026-12-01T02:00:00Z"));
		Dictionaries otherNode = new Dictionaries(jdbc, events, clock, dictionaries.all());
		Dictionary genres = dictionaries.named("genres");
		List<String> before = otherNode.current(genres, DictionariesTests::terms);
		clock.move(Dictionaries.FRESH.plusSeconds(1));
		assertThat(otherNode.current(genres, DictionariesTests::terms)).as("nothing changed: the same derivation")
			.isSameAs(before);
		String genre = "会议纪要" + System.nanoTime() % 100_000;
		Word added = dictionaries.add(staff("admin"), genres, genre, null);
		try {
			assertThat(otherNode.current(genres, DictionariesTests::terms)).doesNotContain(genre);
			clock.move(Dictionaries.FRESH.minusSeconds(1));
			assertThat(otherNode.current(genres, DictionariesTests::terms)).doesNotContain(genre);
			clock.move(Duration.ofSeconds(2));
			assertThat(otherNode.current(genres, DictionariesTests::terms)).contains(genre);
		}
		finally {
			long id = dictionaries.added(genres).stream().filter(w -> w.term().equals(added.term())).findFirst()
				.orElseThrow().id();
			dictionaries.remove(staff("admin"), genres, id);
		}
	}

	private static List<String> terms(List<Word> words) {
		return words.stream().map(Word::term).toList();
	}

}
