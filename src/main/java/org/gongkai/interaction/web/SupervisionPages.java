package org.gongkai.interaction.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.gongkai.identity.StaffPrincipal;
import org.gongkai.interaction.SupervisionRecords;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.web.FormErrors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Training records and complaints about disclosure work, on one page with a form for each. */
@Controller
@RequestMapping("/admin/interaction/supervision")
class SupervisionPages {

	static final String VIEW = "admin/interaction/supervision";

	private static final String BACK = "redirect:/admin/interaction/supervision";

	private final SupervisionRecords records;

	SupervisionPages(SupervisionRecords records) {
		this.records = records;
	}

	record TrainingForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn, String topic,
			Integer attendees, BigDecimal hours) {
	}

	record ComplaintForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn, String complainant,
			String summary, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate handledOn, String handling) {
	}

	@GetMapping
	String page(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		if (!model.containsAttribute("training")) {
			model.addAttribute("training", new TrainingForm(null, "", null, null));
		}
		if (!model.containsAttribute("complaint")) {
			model.addAttribute("complaint", new ComplaintForm(null, "", "", null, ""));
		}
		model.addAttribute("trainings", records.training(me.staff()));
		model.addAttribute("complaints", records.complaints(me.staff()));
		return VIEW;
	}

	@PostMapping("/training")
	String training(@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("training") TrainingForm form,
			BindingResult result, Model model) {
		return act(me, result, model, () -> records.addTraining(me.staff(), me.staff().agencyCode(), form.heldOn(),
				form.topic(), form.attendees(), form.hours()));
	}

	@PostMapping("/complaints")
	String complaint(@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("complaint") ComplaintForm form,
			BindingResult result, Model model) {
		return act(me, result, model, () -> records.addComplaint(me.staff(), me.staff().agencyCode(),
				form.receivedOn(), form.complainant(), form.summary()));
	}

	@PostMapping("/complaints/{id}")
	String handle(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
			@ModelAttribute("complaint") ComplaintForm form, BindingResult result, Model model) {
		return act(me, result, model, () -> records.handleComplaint(me.staff(), id, form.handledOn(),
				form.handling()));
	}

	private String act(StaffPrincipal me, BindingResult result, Model model, Runnable action) {
		try {
			action.run();
			return BACK;
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.NOT_FOUND) {
				throw e;
			}
			FormErrors.reject(result, e);
			return page(me, model);
		}
	}

}
