package org.gongkai.assistant;

import java.time.Instant;
import java.util.List;

import org.gongkai.dictionaries.Dictionaries;
import org.gongkai.dictionaries.Dictionary;
import org.gongkai.dictionaries.Word;
import org.gongkai.identity.Staff;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;

/**
 * The normalisation dictionary the assistant reads questions with: the shipped entries and those staff add on the
 * back office's page, kept as the dictionary {@value #CODE} of the shared mechanism ({@link Dictionaries}: audited as
 * {@code ASSISTANT_TERM_ADDED}/{@code _REMOVED}). A change takes effect on the next question, without a restart;
 * another node of a cluster reads the entries again within {@link Dictionaries#FRESH}.
 */
@Service
public class AssistantTerms {

	static final String CODE = "assistant-terms";

	/** An entry staff added. */
	public record Entry(long id, String variant, String standard, String createdBy, Instant createdAt) {
	}

	private final Dictionaries dictionaries;

	private final Dictionary dictionary;

	AssistantTerms(Dictionaries dictionaries) {
		this.dictionaries = dictionaries;
		this.dictionary = dictionaries.named(CODE);
	}

	/** The dictionary, defined as a bean: a variant of at most 50 characters, its standard term of at most 100. */
	@Bean
	static Dictionary assistantTermsDictionary() {
		List<Word> shipped = Terms.shipped().stream().map(t -> Word.shipped(t.variant(), t.standard())).toList();
		Dictionary.Rule lengths = Dictionary.plain(50, 100);
		return new Dictionary(CODE, "/admin/assistant/terms", "assistant", "assistant.terms.title",
				"assistant.terms.intro", "assistant.terms.variant", "assistant.terms.standard", "ASSISTANT_TERM",
				"assistant-term", shipped, lengths);
	}

	/** The entries staff added, newest first. */
	public List<Entry> added() {
		return dictionaries.added(dictionary)
			.stream()
			.map(w -> new Entry(w.id(), w.term(), w.value(), w.createdBy(), w.createdAt()))
			.toList();
	}

	public void add(Staff staff, String variant, String standard) {
		dictionaries.add(staff, dictionary, variant, standard);
	}

	public void remove(Staff staff, long id) {
		dictionaries.remove(staff, dictionary, id);
	}

	/** The dictionary as it is now: the shipped entries with staff's, staff's winning for the same variant. */
	Terms current() {
		return dictionaries.merged(dictionary,
				words -> new Terms(words.stream().map(w -> new Terms.Term(w.term(), w.value())).toList()));
	}

}
