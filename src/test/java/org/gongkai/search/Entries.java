package org.gongkai.search;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.publishing.DocumentStatus;
import org.gongkai.publishing.Validity;

/** Index entries for tests, with valid defaults: a live 示例区某局 news item published on 1 June 2025. */
final class Entries {

	private long id;

	private Visibility visibility = Visibility.LIVE;

	private DocumentStatus status = DocumentStatus.PUBLISHED;

	private String agency = "demo-bureau";

	private List<String> scope = List.of("demo-district", "demo-bureau");

	private String column = "news";

	private String title = "示例区某局召开工作例会";

	private String body = "本局召开工作例会，相关科室负责人参加。";

	private String genre;

	private String documentNumber;

	private String indexNumber;

	private LocalDate publishedOn = LocalDate.of(2025, 6, 1);

	private Validity validity = Validity.VALID;

	private List<AttachmentText> attachments = List.of();

	private Entries(long id) {
		this.id = id;
		this.indexNumber = "11429900MB0000101T/2025-" + String.format("%05d", id);
	}

	static Entries live(long id) {
		return new Entries(id);
	}

	static Entries draft(long id) {
		Entries draft = new Entries(id);
		draft.visibility = Visibility.WORKING;
		draft.status = DocumentStatus.DRAFT;
		draft.publishedOn = null;
		draft.indexNumber = null;
		return draft;
	}

	Entries title(String value) {
		title = value;
		return this;
	}

	Entries body(String value) {
		body = value;
		return this;
	}

	Entries agency(String code, String... above) {
		agency = code;
		scope = java.util.stream.Stream.concat(java.util.Arrays.stream(above), java.util.stream.Stream.of(code)).toList();
		return this;
	}

	Entries column(String value) {
		column = value;
		return this;
	}

	Entries genre(String value) {
		genre = value;
		return this;
	}

	Entries number(String value) {
		documentNumber = value;
		return this;
	}

	Entries on(LocalDate value) {
		publishedOn = value;
		return this;
	}

	Entries validity(Validity value) {
		validity = value;
		return this;
	}

	Entries attachment(String name, String text) {
		attachments = List.of(new AttachmentText(name, text));
		return this;
	}

	IndexEntry entry() {
		return new IndexEntry(id, 1, visibility, status, agency, agency + "名称", scope, column, column + "栏目", title,
				body, null, null, genre, documentNumber, indexNumber, publishedOn, publishedOn, validity,
				visibility == Visibility.LIVE ? "/site/" + agency + "/documents/" + id + ".html"
						: "/admin/documents/" + id,
				attachments);
	}

}
