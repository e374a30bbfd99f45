package org.gongkai.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.gongkai.dictionaries.Dictionaries;
import org.gongkai.dictionaries.Dictionary;
import org.gongkai.dictionaries.Word;
import org.gongkai.platform.DomainException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Publishing's four dictionaries (issue 19), each the shipped entries (shown, locked) and those staff add on the back
 * office: the confidentiality check's sensitive words (shipped: {@code gongkai.publishing.sensitive-words}), the
 * 错敏词 with their replacements (shipped: {@code publishing/wording.tsv}, with its sources), the 文种 the document
 * form offers (shipped: the fifteen of 《党政机关公文处理工作条例》 art. 8, {@code publishing/genres.txt}) and the
 * carriers (公开渠道和载体: where else a document is published, beside the statutory 公开方式; shipped: the channels
 * of OGI art. 23 and the 目录 of 国办发〔2019〕54号, {@code publishing/carriers.txt}). What is derived from them (the
 * checks' matchers) is derived again at the next use after a change.
 */
@Component
public class PublishingDictionaries {

	static final String SENSITIVE_WORDS = "sensitive-words";

	static final String WORDING = "wording";

	static final String GENRES = "genres";

	static final String CARRIERS = "carriers";

	/** The carrier every document has unless its editor says otherwise: the portal is the government website. */
	public static final String PORTAL_CARRIER = "政府网站";

	private final Dictionaries dictionaries;

	PublishingDictionaries(Dictionaries dictionaries) {
		this.dictionaries = dictionaries;
	}

	@Bean
	static Dictionary sensitiveWordsDictionary(
			@Value("${gongkai.publishing.sensitive-words:绝密,机密,秘密★,内部资料,不得外传,内部使用}") List<String> shipped) {
		return new Dictionary(SENSITIVE_WORDS, "/admin/dictionaries/" + SENSITIVE_WORDS, "dictionaries",
				"publishing.dictionary.sensitiveWords", "publishing.dictionary.sensitiveWords.intro",
				"publishing.dictionary.word", null, "SENSITIVE_WORD", "sensitive-word",
				shipped.stream().map(String::strip).filter(w -> !w.isEmpty()).map(w -> Word.shipped(w, null)).toList(),
				Dictionary.plain(50, 0));
	}

	@Bean
	static Dictionary wordingDictionary() {
		List<Word> shipped = lines("/publishing/wording.tsv").stream()
			.filter(line -> line.contains("\t"))
			.map(line -> line.split("\t"))
			.map(parts -> Word.shipped(parts[0].strip(), parts[1].strip()))
			.toList();
		return new Dictionary(WORDING, "/admin/dictionaries/" + WORDING, "dictionaries", "publishing.dictionary.wording",
				"publishing.dictionary.wording.intro", "publishing.dictionary.expression",
				"publishing.dictionary.replacement", "WORDING", "wording", shipped, Dictionary.plain(50, 100));
	}

	@Bean
	static Dictionary genresDictionary() {
		List<Word> shipped = lines("/publishing/genres.txt").stream().map(line -> Word.shipped(line, null)).toList();
		return new Dictionary(GENRES, "/admin/dictionaries/" + GENRES, "dictionaries", "publishing.dictionary.genres",
				"publishing.dictionary.genres.intro", "documents.genre", null, "GENRE", "genre", shipped,
				Dictionary.plain(20, 0));
	}

	@Bean
	static Dictionary carriersDictionary() {
		List<Word> shipped = lines("/publishing/carriers.txt").stream().map(line -> Word.shipped(line, null)).toList();
		return new Dictionary(CARRIERS, "/admin/dictionaries/" + CARRIERS, "dictionaries",
				"publishing.dictionary.carriers", "publishing.dictionary.carriers.intro", "documents.carriers", null,
				"CARRIER", "carrier", shipped, Dictionary.plain(20, 0));
	}

	/** The confidentiality check with the sensitive words as they are now. */
	ConfidentialityCheck confidentialityCheck() {
		Dictionary dictionary = dictionaries.named(SENSITIVE_WORDS);
		return dictionaries.current(dictionary, added -> new ConfidentialityCheck(terms(dictionary, added)));
	}

	/** The 错敏词 check with the entries as they are now (staff's first, so that theirs win for the same term). */
	WordingCheck wordingCheck() {
		Dictionary dictionary = dictionaries.named(WORDING);
		return dictionaries.current(dictionary, added -> {
			List<Word> all = new ArrayList<>(added);
			all.addAll(dictionary.shipped());
			return new WordingCheck(all);
		});
	}

	/** The 文种 the document form offers: the statutory ones, then the agencies', oldest first. */
	public List<String> genres() {
		return offered(GENRES);
	}

	/** The carriers (公开渠道和载体) the document form offers: the shipped ones, then the agencies', oldest first. */
	public List<String> carriers() {
		return offered(CARRIERS);
	}

	/** A dictionary's terms as a form offers them: the shipped ones, then those staff added, oldest first. */
	private List<String> offered(String name) {
		Dictionary dictionary = dictionaries.named(name);
		return dictionaries.current(dictionary, added -> {
			List<Word> oldestFirst = new ArrayList<>(added);
			Collections.reverse(oldestFirst);
			return terms(dictionary, oldestFirst);
		});
	}

	/**
	 * The carriers an editor chose, each once and in the dictionary's order; none chosen is the portal alone. A carrier
	 * the dictionary does not have is refused (400), unless the document has it already ({@code kept}: an entry
	 * removed from the dictionary does not make the documents that name it uneditable).
	 */
	List<String> checkedCarriers(List<String> chosen, List<String> kept) {
		List<String> offers = carriers();
		Set<String> wanted = new LinkedHashSet<>();
		for (String carrier : chosen == null ? List.<String>of() : chosen) {
			String term = carrier == null ? "" : carrier.strip();
			if (term.isEmpty()) {
				continue;
			}
			if (!offers.contains(term) && !kept.contains(term)) {
				throw DomainException.invalid("carriers", "publishing.document.carriers.unknown", term);
			}
			wanted.add(term);
		}
		if (wanted.isEmpty()) {
			return List.of(PORTAL_CARRIER);
		}
		List<String> ordered = new ArrayList<>();
		offers.stream().filter(wanted::contains).forEach(ordered::add);
		kept.stream().filter(wanted::contains).filter(c -> !ordered.contains(c)).forEach(ordered::add);
		return List.copyOf(ordered);
	}

	private static List<String> terms(Dictionary dictionary, List<Word> added) {
		List<String> terms = new ArrayList<>();
		dictionary.shipped().forEach(w -> terms.add(w.term()));
		added.forEach(w -> terms.add(w.term()));
		return List.copyOf(terms);
	}

	private static List<String> lines(String resource) {
		try (InputStream in = PublishingDictionaries.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + resource, e);
		}
	}

}
