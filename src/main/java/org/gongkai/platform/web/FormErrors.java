package org.gongkai.platform.web;

import org.gongkai.platform.DomainException;
import org.gongkai.platform.InvalidInput;

import org.springframework.validation.BindingResult;

/**
 * Puts a business rejection next to the form fields it concerns (or at the top of the form), so that the page shows
 * it in the reader's language and keeps everything the user typed.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult form, DomainException e) {
		if (e instanceof InvalidInput invalid) {
			invalid.violations().forEach(v -> reject(form, v.field(), v.messageKey(), v.arguments()));
		}
		else {
			reject(form, e.field(), e.messageKey(), e.arguments());
		}
	}

	private static void reject(BindingResult form, String field, String key, Object[] arguments) {
		if (field != null && isFormField(form.getTarget(), field)) {
			form.rejectValue(field, key, arguments, key);
		}
		else {
			form.reject(key, arguments, key);
		}
	}

	private static boolean isFormField(Object target, String field) {
		if (target == null) {
			return false;
		}
		if (target.getClass().isRecord()) {
			for (var component : target.getClass().getRecordComponents()) {
				if (component.getName().equals(field)) {
					return true;
				}
			}
			return false;
		}
		return org.springframework.beans.BeanUtils.getPropertyDescriptor(target.getClass(), field) != null;
	}

}
