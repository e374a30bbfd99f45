package org.gongkai.platform.web;

import org.gongkai.platform.DomainException;

import org.springframework.validation.BindingResult;

/**
 * Puts a business rejection next to the form field it concerns (or at the top of the form), so that the page shows
 * it in the reader's language and keeps everything the user typed.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult form, DomainException e) {
		if (e.field() != null && form.getTarget() != null
				&& org.springframework.beans.BeanUtils.getPropertyDescriptor(form.getTarget().getClass(),
						e.field()) != null) {
			form.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
		}
		else if (e.field() != null && form.getTarget() != null && isRecordComponent(form.getTarget(), e.field())) {
			form.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
		}
		else {
			form.reject(e.messageKey(), e.arguments(), e.messageKey());
		}
	}

	private static boolean isRecordComponent(Object target, String field) {
		if (!target.getClass().isRecord()) {
			return false;
		}
		for (var component : target.getClass().getRecordComponents()) {
			if (component.getName().equals(field)) {
				return true;
			}
		}
		return false;
	}

}
