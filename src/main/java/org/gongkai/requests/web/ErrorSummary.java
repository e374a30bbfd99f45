package org.gongkai.requests.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The problems of a refused application form for the summary at its top: the form's own first, then each field's in
 * the order of the form, named by the field's label, so that every line says what to correct and links to it.
 */
final class ErrorSummary {

	/** One line: the field it links to (null for the form's own) and what it says. */
	record Item(String field, String text) {
	}

	/** The fields in the order the form shows them. */
	static final List<String> ORDER = List.of("agencyCode", "applicantType", "name", "idType", "idNumber", "creditCode",
			"legalRepresentative", "phone", "email", "address", "idProof", "description", "documentNumber",
			"deliveryMethod", "paperCopy", "consent");

	/** The label of each field whose message does not name it. */
	static final Map<String, String> LABELS = Map.ofEntries(Map.entry("agencyCode", "apply.agency"),
			Map.entry("applicantType", "requests.applicantType"), Map.entry("name", "apply.name"),
			Map.entry("idType", "requests.idType"), Map.entry("idNumber", "requests.idNumber"),
			Map.entry("creditCode", "agency.creditCode"),
			Map.entry("legalRepresentative", "requests.legalRepresentative"), Map.entry("phone", "requests.phone"),
			Map.entry("email", "requests.email"), Map.entry("address", "requests.address"),
			Map.entry("idProof", "apply.idProof"), Map.entry("description", "requests.description"),
			Map.entry("documentNumber", "requests.documentNumber"),
			Map.entry("deliveryMethod", "requests.deliveryMethod"));

	private ErrorSummary() {
	}

	static List<Item> of(BindingResult result, MessageSource messages, Locale locale) {
		List<Item> items = new ArrayList<>();
		result.getGlobalErrors().forEach(error -> items.add(new Item(null, messages.getMessage(error, locale))));
		List<FieldError> fields = new ArrayList<>(result.getFieldErrors());
		fields.sort(Comparator.comparingInt(error -> {
			int position = ORDER.indexOf(error.getField());
			return position < 0 ? ORDER.size() : position;
		}));
		for (FieldError error : fields) {
			String message = messages.getMessage(error, locale);
			String label = LABELS.get(error.getField());
			items.add(new Item(error.getField(), label == null ? message
					: messages.getMessage("apply.errorFor",
							new Object[] { messages.getMessage(label, null, locale), message }, locale)));
		}
		return items;
	}

}
