package org.gongkai.channels.web;

import java.util.List;

import org.gongkai.channels.ChannelAdministration;
import org.gongkai.channels.ChannelKind;
import org.gongkai.channels.ChannelSettings;
import org.gongkai.channels.NewChannel;
import org.gongkai.identity.AgencyDirectory;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffPrincipal;
import org.gongkai.platform.DomainException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The channels of the agencies the user may read; an ADMIN adds them and turns them on and off. */
@Controller
@RequestMapping("/admin/channels")
class ChannelPages {

	static final String VIEW = "admin/channels/channels";

	private final ChannelAdministration channels;

	private final AgencyDirectory agencies;

	ChannelPages(ChannelAdministration channels, AgencyDirectory agencies) {
		this.channels = channels;
		this.agencies = agencies;
	}

	/** A channel as the page shows it: never its secret; {@code mayConfigure} when the user may change it. */
	record ChannelRow(long id, String agencyName, ChannelKind kind, String name, String columnCode, String endpoint,
			String appId, boolean enabled, boolean mayConfigure) {
	}

	/** The form of a new channel. */
	record ChannelForm(String agencyCode, ChannelKind kind, String name, String columnCode, String endpoint,
			String appId, String secret, String thumbMediaId) {
	}

	@GetMapping
	String show(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		Staff staff = me.staff();
		List<AgencyInfo> readable = agencies.readableBy(staff);
		model.addAttribute("channels", channels.readableBy(staff).stream().map(channel -> row(staff, readable, channel)).toList());
		model.addAttribute("administered", readable.stream().filter(agency -> channels.mayConfigure(staff, agency)).toList());
		model.addAttribute("kinds", ChannelKind.values());
		model.addAttribute("readable", readable);
		return VIEW;
	}

	@PostMapping
	String add(@AuthenticationPrincipal StaffPrincipal me, ChannelForm form, RedirectAttributes redirect) {
		try {
			channels.add(me.staff(), form.agencyCode(), new NewChannel(form.kind(), form.name(), form.columnCode(),
					form.endpoint(), form.appId(), form.secret(), form.thumbMediaId()));
			redirect.addFlashAttribute("changed", "added");
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("refusal", e.messageKey());
			redirect.addFlashAttribute("refusalField", e.field());
		}
		return "redirect:/admin/channels";
	}

	@PostMapping("/{id}/enabled")
	String enable(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @RequestParam boolean on,
			RedirectAttributes redirect) {
		try {
			channels.setEnabled(me.staff(), id, on);
			redirect.addFlashAttribute("changed", on ? "enabled" : "disabled");
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("refusal", e.messageKey());
		}
		return "redirect:/admin/channels";
	}

	private ChannelRow row(Staff staff, List<AgencyInfo> readable, ChannelSettings channel) {
		AgencyInfo agency = readable.stream()
			.filter(candidate -> candidate.id().value() == channel.agencyId())
			.findFirst()
			.orElseThrow();
		return new ChannelRow(channel.id(), agency.name(), channel.kind(), channel.name(), channel.columnCode(),
				channel.endpoint(), channel.appId(), channel.enabled(), channels.mayConfigure(staff, agency));
	}

}
