package org.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import static org.gongkai.search.LuceneFields.NUMBER;
import static org.gongkai.search.LuceneFields.TITLE_GRAMS;

/**
 * The words the index's analysers make of a query's text, once per analyser rather than per field (the smartcn fields
 * share one analysis), and remembered for the recent texts: smartcn is the costly part of building a query.
 */
final class QueryAnalysis {

	/** Analysed texts remembered at most (a few megabytes); the least used leave first. */
	static final int REMEMBERED = 10_000;

	private final Analyzer analyzer;

	private final Cache<String, List<Token>> remembered = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

	QueryAnalysis(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** A word and its position, as a phrase query places it. */
	record Token(String term, int position) {
	}

	/** The terms the analyser of {@code field} makes of {@code text}. */
	List<String> terms(String field, String text) {
		return tokens(field, text).stream().map(Token::term).toList();
	}

	/** The tokens the analyser of {@code field} makes of {@code text}, with their positions. */
	List<Token> tokens(String field, String text) {
		String analysis = field.equals(TITLE_GRAMS) || field.equals(NUMBER) ? field : "smartcn";
		return remembered.get(analysis + '\u0000' + text, key -> analyze(field, text));
	}

	private List<Token> analyze(String field, String text) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				tokens.add(new Token(term.toString(), position));
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return List.copyOf(tokens);
	}

}
