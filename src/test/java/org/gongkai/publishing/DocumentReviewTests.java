package org.gongkai.publishing;

import java.time.Instant;
import java.time.LocalDate;

import org.gongkai.identity.AgencyId;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyLevel;
import org.gongkai.platform.DomainException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The review rules of a document (OGI art. 17, 26; rules.md §5). */
class DocumentReviewTests {

	private static final Instant NOW = Instant.parse("2025-03-10T02:00:00Z");

	private static Document submitted() {
		Document document = Document.draft(1, 7, "editor", new Draft("news", "示例区某局召开2025年政务公开工作会议",
				"会议部署了全年工作。", null, null, "其他", "示例区某局", null, null, LocalDate.of(2025, 3, 7), null),
				"<p>会议部署了全年工作。</p>", NOW);
		document.submit();
		return document;
	}

	@Test
	@DisplayName("审核人不能审核自己撰写的信息")
	void aReviewerIsNotTheAuthor() {
		assertThatThrownBy(() -> submitted().publish("editor", 0, null, "x/2025-00001", NOW, false))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.messageKey()).isEqualTo("publishing.review.notAuthor"));
	}

	@Test
	@DisplayName("OGI art. 17: findings block publication unless overridden with a reason")
	void findingsNeedAReason() {
		Document document = submitted();
		assertThatThrownBy(() -> document.publish("reviewer", 2, " ", "x/2025-00001", NOW, false))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("overrideReason"));
		document.publish("reviewer", 2, "号码为单位公开的服务电话", "x/2025-00001", NOW, false);
		assertThat(document.status).isEqualTo(DocumentStatus.PUBLISHED);
		assertThat(document.overrideReason).isEqualTo("号码为单位公开的服务电话");
	}

	@Test
	@DisplayName("索引号 is given once and never changes; every publication is a new version")
	void theIndexNumberIsImmutableAndVersionsCount() {
		Document document = submitted();
		document.publish("reviewer", 0, null, "x/2025-00001", NOW, false);
		document.edit(7, new Draft("news", "示例区某局召开2025年政务公开工作会议（更正）", "更正后的内容。", null, null, null, null, null,
				null, LocalDate.of(2025, 3, 7), null), "<p>更正后的内容。</p>");
		assertThat(document.status).isEqualTo(DocumentStatus.DRAFT);
		document.submit();
		document.publish("reviewer", 0, null, "x/2025-00002", NOW.plusSeconds(60), false);
		assertThat(document.indexNumber).isEqualTo("x/2025-00001");
		assertThat(document.revision).isEqualTo(2);
	}

	@Test
	@DisplayName("定时发布: approved now with the same review rules, live at the set time, never in the past")
	void aScheduledPublicationGoesLiveAtItsTime() {
		Document document = submitted();
		Instant at = NOW.plusSeconds(3600);
		assertThatThrownBy(() -> document.schedule("reviewer", 0, null, NOW.minusSeconds(1), NOW))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("publishAt"));
		assertThatThrownBy(() -> document.schedule("editor", 0, null, at, NOW))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.messageKey()).isEqualTo("publishing.review.notAuthor"));
		assertThatThrownBy(() -> document.schedule("reviewer", 1, null, at, NOW))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("overrideReason"));
		document.schedule("reviewer", 0, null, at, NOW);
		assertThat(document.status).isEqualTo(DocumentStatus.SCHEDULED);
		assertThat(document.revision).isZero();
		assertThatThrownBy(document::startVersion).as("not editable while scheduled")
			.isInstanceOf(DomainException.class);

		document.publishScheduled("x/2025-00001", false);
		assertThat(document.status).isEqualTo(DocumentStatus.PUBLISHED);
		assertThat(document.publishedAt).isEqualTo(at);
		assertThat(document.publishAt).isNull();
		assertThat(document.revision).isEqualTo(1);
	}

	@Test
	void aCancelledScheduleReturnsToTheReviewer() {
		Document document = submitted();
		document.schedule("reviewer", 0, null, NOW.plusSeconds(60), NOW);
		document.unschedule();
		assertThat(document.status).isEqualTo(DocumentStatus.SUBMITTED);
		assertThat(document.publishAt).isNull();
		assertThatThrownBy(document::unschedule).isInstanceOf(DomainException.class);
	}

	@Test
	void aWithdrawalNeedsAReasonAndEndsEditing() {
		Document document = submitted();
		document.publish("reviewer", 0, null, "x/2025-00001", NOW, false);
		assertThatThrownBy(() -> document.withdraw("")).isInstanceOf(DomainException.class);
		document.withdraw("信息有误");
		assertThat(document.status).isEqualTo(DocumentStatus.WITHDRAWN);
		assertThatThrownBy(() -> document.edit(7, new Draft("news", "t", "b", null, null, null, null, null, null,
				LocalDate.of(2025, 3, 7), null), "<p>b</p>")).isInstanceOf(DomainException.class);
	}

	@Test
	void aSubmittedDocumentIsNotEditedUnderTheReviewersEyes() {
		assertThatThrownBy(() -> submitted().edit(7, new Draft("news", "t", "b", null, null, null, null, null, null,
				LocalDate.of(2025, 3, 7), null), "<p>b</p>"))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.messageKey()).isEqualTo("publishing.document.notEditable"));
	}

	@Test
	void theBodyIsCleanedAgainstTheAllowList() {
		assertThat(BodyHtml.clean("<p onclick=\"x()\">政务<script>alert(1)</script><b>公开</b></p><iframe src=x></iframe>"))
			.isEqualTo("<p>政务<b>公开</b></p>");
		assertThat(BodyHtml.clean("第一段\n\n第二段 <2>")).isEqualTo("<p>第一段</p><p>第二段 &lt;2&gt;</p>");
	}

	@Test
	void everyParagraphOfTheBodyIsAParagraph() {
		assertThat(BodyHtml.clean("各科室：<div>现将有关事项通知如下。</div><div><br></div><div>一、时间安排</div>").replace("\n", ""))
			.as("the first line typed into the editor is bare text, the next ones divs")
			.isEqualTo("<p>各科室：</p><p>现将有关事项通知如下。</p><p>一、时间安排</p>");
		assertThat(BodyHtml.clean("会议由<b>办公室</b>组织。<p>请各科室按时参加。</p><p><br></p><h2>二、会议议程</h2>")
			.replace("\n", ""))
			.isEqualTo("<p>会议由<b>办公室</b>组织。</p><p>请各科室按时参加。</p><h2>二、会议议程</h2>");
		assertThat(BodyHtml.clean("<ul><li>听取工作汇报</li></ul>附表：<table><tbody><tr><td>科室</td></tr></tbody></table>")
			.replace("\n", "").replaceAll(">\\s+<", "><"))
			.isEqualTo("<ul><li>听取工作汇报</li></ul><p>附表：</p><table><tbody><tr><td>科室</td></tr></tbody></table>");
	}

	@Test
	void indexNumbersFollowTheAgencysPattern() {
		AgencyInfo bureau = new AgencyInfo(new AgencyId(1), "demo-bureau", "示例区某局", "11429900MB0000101T",
				AgencyLevel.BUREAU, "demo-district", "/1/2/");
		AgencyInfo noCreditCode = new AgencyInfo(new AgencyId(2), "demo-office", "示例区某办", null, AgencyLevel.BUREAU,
				"demo-district", "/1/3/");
		assertThat(IndexNumbers.format(IndexNumbers.DEFAULT_PATTERN, bureau, 2025, 1))
			.isEqualTo("11429900MB0000101T/2025-00001");
		assertThat(IndexNumbers.format(IndexNumbers.DEFAULT_PATTERN, noCreditCode, 2025, 12))
			.isEqualTo("demo-office/2025-00012");
		assertThat(IndexNumbers.format("{code}-{year}-{serial:6}", bureau, 2026, 42)).isEqualTo("demo-bureau-2026-000042");
		assertThat(IndexNumbers.validate(" 示例区〔{year}〕{serial:4} ")).isEqualTo("示例区〔{year}〕{serial:4}");
		for (String bad : new String[] { "{prefix}/{serial}", "{prefix}/{year}", "{year}-{serial}<script>",
				"{year}-{serial}-{unknown}", "" }) {
			assertThatThrownBy(() -> IndexNumbers.validate(bad)).as(bad).isInstanceOf(DomainException.class);
		}
	}

}
