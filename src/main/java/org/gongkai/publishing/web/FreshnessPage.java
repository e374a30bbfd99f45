package org.gongkai.publishing.web;

import java.util.List;
import java.util.Locale;

import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.DomainException;
import org.gongkai.publishing.ColumnFreshness;
import org.gongkai.publishing.FreshnessSource;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The freshness board: first one line per agency the user may read (its stale, due-soon and blank columns, its
 * home page, its single-veto items), then, for the agency chosen, every column and what other modules add to the
 * board ({@link FreshnessSource}: the 政务新媒体 accounts); the whole board as an XLSX workbook.
 */
@Controller
class FreshnessPage {

	static final String VIEW = "admin/freshness";

	private final ColumnFreshness freshness;

	private final List<FreshnessSource> sources;

	private final MessageSource messages;

	FreshnessPage(ColumnFreshness freshness, List<FreshnessSource> sources, MessageSource messages) {
		this.freshness = freshness;
		this.sources = sources;
		this.messages = messages;
	}

	/** One source's rows for one agency; {@code veto} when one of them is stale. */
	record Section(String headingKey, String vetoKey, List<FreshnessSource.Row> rows, boolean veto) {
	}

	/** One agency's columns and sections, and the vetoes that hold. */
	record Board(ColumnFreshness.Report report, List<Section> sections) {

		public long vetoes() {
			return report.vetoes().size() + sections.stream().filter(Section::veto).count();
		}

		/** How many rows of the other sources are in the named state. */
		public long sourceCount(String state) {
			return sections.stream()
				.flatMap(section -> section.rows().stream())
				.filter(row -> row.state() == ColumnFreshness.State.valueOf(state))
				.count();
		}

	}

	@GetMapping("/admin/freshness")
	String show(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String agency,
			Model model) {
		List<Board> boards = boards(me);
		model.addAttribute("boards", boards);
		if (agency != null) {
			model.addAttribute("selected", boards.stream()
				.filter(board -> board.report().agency().code().equals(agency))
				.findFirst()
				.orElseThrow(() -> DomainException.notFound("identity.agency.notFound", agency)));
		}
		else if (boards.size() == 1) {
			model.addAttribute("selected", boards.get(0));
		}
		return VIEW;
	}

	@GetMapping("/admin/freshness.xlsx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal StaffPrincipal me, Locale locale) {
		byte[] workbook = FreshnessWorkbook.write(boards(me), (key, args) -> messages.getMessage(key, args, locale));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("freshness.xlsx")
						.build()
						.toString())
			.body(workbook);
	}

	private List<Board> boards(StaffPrincipal me) {
		return freshness.readableBy(me.staff())
			.stream()
			.map(report -> new Board(report, sources.stream()
				.map(source -> section(source, source.of(report.agency())))
				.filter(section -> !section.rows().isEmpty())
				.toList()))
			.toList();
	}

	private static Section section(FreshnessSource source, List<FreshnessSource.Row> rows) {
		return new Section(source.headingKey(), source.vetoKey(), rows,
				rows.stream().anyMatch(row -> row.state() == ColumnFreshness.State.STALE));
	}

}
