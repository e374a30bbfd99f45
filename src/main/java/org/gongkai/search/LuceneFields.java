package org.gongkai.search;

import java.time.LocalDate;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.gongkai.publishing.DocumentStatus;
import org.gongkai.publishing.Validity;

/**
 * How an {@link IndexEntry} is laid out in Lucene. Text (title, summary, keywords, body, attachments) is analysed
 * by smartcn, Lucene's Chinese word segmenter; titles also as character bigrams, so that any part of a title
 * matches and near misses can be corrected; document and index numbers as bigrams of their Chinese part and their
 * numbers without leading zeros, so that 华容政规 2025 1 finds 鄂州华容政规〔2025〕1号, and as one normalised key for
 * exact matches. Title, body and attachments keep their offsets for fast highlighting.
 */
final class LuceneFields implements IndexFields {

	static final String DOCUMENT_VALUE = "document_value";

	static final String VERSION = "version";

	static final String TITLE_GRAMS = "title_grams";

	private static final FieldType HIGHLIGHTED = new FieldType(TextField.TYPE_STORED);

	static {
		HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		HIGHLIGHTED.freeze();
	}

	private LuceneFields() {
	}

	/** smartcn for text; bigrams for titles; bigrams and bare numbers for document and index numbers. */
	static Analyzer analyzer() {
		return new PerFieldAnalyzerWrapper(new SmartChineseAnalyzer(),
				Map.of(TITLE_GRAMS, new TitleGrams(), NUMBER, new Numbers()));
	}

	static Document document(IndexEntry entry) {
		Document doc = new Document();
		doc.add(new StringField(KEY, entry.key(), Field.Store.YES));
		doc.add(new StringField(DOCUMENT, Long.toString(entry.documentId()), Field.Store.YES));
		doc.add(new NumericDocValuesField(DOCUMENT_VALUE, entry.documentId()));
		doc.add(new NumericDocValuesField(VERSION, entry.version()));
		doc.add(new StringField(VISIBILITY, entry.visibility().name(), Field.Store.YES));
		doc.add(new StringField(STATUS, entry.status().name(), Field.Store.YES));
		entry.agencyScope().forEach(code -> doc.add(new StringField(SCOPE, code, Field.Store.NO)));
		doc.add(new StringField(AGENCY, entry.agencyCode(), Field.Store.YES));
		doc.add(new StoredField(AGENCY_NAME, entry.agencyName()));
		doc.add(new StringField(COLUMN, entry.columnCode(), Field.Store.YES));
		doc.add(new StoredField(COLUMN_NAME, entry.columnName()));
		keyword(doc, GENRE, entry.genre());
		doc.add(new StringField(VALIDITY, entry.validity().name(), Field.Store.YES));
		long day = entry.dated() == null ? 0 : entry.dated().toEpochDay();
		doc.add(new LongPoint(DATE, day));
		doc.add(new SortedNumericDocValuesField(DATE, day));
		if (entry.publishedOn() != null) {
			doc.add(new IntPoint(YEAR, entry.publishedOn().getYear()));
			doc.add(new StoredField(PUBLISHED_ON, entry.publishedOn().toString()));
		}
		doc.add(new Field(TITLE, entry.title(), HIGHLIGHTED));
		doc.add(new TextField(TITLE_GRAMS, entry.title(), Field.Store.NO));
		text(doc, SUMMARY, entry.summary(), Field.Store.YES);
		text(doc, KEYWORDS, entry.keywords(), Field.Store.NO);
		doc.add(new Field(BODY, entry.body(), HIGHLIGHTED));
		entry.attachments().forEach(file -> doc.add(new Field(ATTACHMENT, file.text(), HIGHLIGHTED)));
		number(doc, DOCUMENT_NUMBER, entry.documentNumber());
		number(doc, INDEX_NUMBER, entry.indexNumber());
		doc.add(new StoredField(URL, entry.url()));
		return doc;
	}

	/** A hit from an entry's stored fields, with its highlighted title and snippet. */
	static SearchHit hit(Document doc, String titleHtml, String snippet) {
		String publishedOn = doc.get(PUBLISHED_ON);
		return new SearchHit(Long.parseLong(doc.get(DOCUMENT)), Visibility.valueOf(doc.get(VISIBILITY)),
				DocumentStatus.valueOf(doc.get(STATUS)), doc.get(TITLE), titleHtml, doc.get(URL), doc.get(AGENCY),
				doc.get(AGENCY_NAME), doc.get(COLUMN), doc.get(COLUMN_NAME), doc.get(GENRE), doc.get(DOCUMENT_NUMBER),
				doc.get(INDEX_NUMBER), publishedOn == null ? null : LocalDate.parse(publishedOn),
				Validity.valueOf(doc.get(VALIDITY)), snippet);
	}

	private static void keyword(Document doc, String field, String value) {
		if (value != null) {
			doc.add(new StringField(field, value, Field.Store.YES));
		}
	}

	private static void text(Document doc, String field, String value, Field.Store store) {
		if (value != null) {
			doc.add(new TextField(field, value, store));
		}
	}

	private static void number(Document doc, String stored, String value) {
		if (value != null) {
			doc.add(new StoredField(stored, value));
			doc.add(new TextField(NUMBER, value, Field.Store.NO));
			doc.add(new StringField(NUMBER_KEY, QueryText.numberKey(value), Field.Store.NO));
		}
	}

	/** Overlapping pairs of characters, lower-cased: any substring of two or more characters is a phrase of them. */
	static final class TitleGrams extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String field) {
			Tokenizer grams = new NGramTokenizer(2, 2);
			return new TokenStreamComponents(grams, new LowerCaseFilter(grams));
		}

	}

	/**
	 * Document and index numbers: Chinese characters in bigrams, numbers without their leading zeros, letters
	 * lower-cased; brackets and 号 drop out.
	 */
	static final class Numbers extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String field) {
			Tokenizer tokens = new StandardTokenizer();
			TokenStream stream = new LowerCaseFilter(tokens);
			stream = new CJKBigramFilter(stream);
			stream = new PatternReplaceFilter(stream, java.util.regex.Pattern.compile("^0+(?=\\d)"), "", false);
			stream = new WithoutHao(stream);
			return new TokenStreamComponents(tokens, stream);
		}

	}

	private static final class WithoutHao extends FilteringTokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		WithoutHao(TokenStream in) {
			super(in);
		}

		@Override
		protected boolean accept() {
			return !(term.length() == 1 && term.charAt(0) == '号');
		}

	}

}
