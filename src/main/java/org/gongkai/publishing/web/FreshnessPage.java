package org.gongkai.publishing.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.identity.StaffPrincipal;
import org.gongkai.publishing.ColumnFreshness;
import org.gongkai.publishing.FreshnessSource;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The freshness of every column of the agencies the user may read, with the single-veto items, and of what other
 * modules add to the board ({@link FreshnessSource}: the 政务新媒体 accounts).
 */
@Controller
class FreshnessPage {

	static final String VIEW = "admin/freshness";

	private final ColumnFreshness freshness;

	private final List<FreshnessSource> sources;

	FreshnessPage(ColumnFreshness freshness, List<FreshnessSource> sources) {
		this.freshness = freshness;
		this.sources = sources;
	}

	/** One source's rows for one agency; {@code veto} when one of them is stale. */
	record Section(String headingKey, String vetoKey, List<FreshnessSource.Row> rows, boolean veto) {
	}

	@GetMapping("/admin/freshness")
	String show(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		List<ColumnFreshness.Report> reports = freshness.readableBy(me.staff());
		model.addAttribute("reports", reports);
		Map<String, List<Section>> sections = reports.stream()
			.collect(Collectors.toMap(report -> report.agency().code(), report -> sources.stream()
				.map(source -> section(source, source.of(report.agency())))
				.filter(section -> !section.rows().isEmpty())
				.toList()));
		model.addAttribute("sections", sections);
		return VIEW;
	}

	private static Section section(FreshnessSource source, List<FreshnessSource.Row> rows) {
		return new Section(source.headingKey(), source.vetoKey(), rows,
				rows.stream().anyMatch(row -> row.state() == ColumnFreshness.State.STALE));
	}

}
