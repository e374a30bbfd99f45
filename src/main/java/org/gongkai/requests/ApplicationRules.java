package org.gongkai.requests;

import java.util.regex.Pattern;

import org.gongkai.identity.UnifiedSocialCreditCode;
import org.gongkai.platform.InvalidInput;
import org.gongkai.platform.ResidentIdNumber;

/**
 * What an application must contain (OGI art. 29): in full from the portal; from staff registering an oral or
 * written application, the applicant's type and name and the description at least, everything given still checked.
 */
final class ApplicationRules {

	private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\u3000()（）.·-]+");

	private ApplicationRules() {
	}

	/**
	 * A phone number as people write it, made comparable: {@code 138 1234 5678}, {@code 138-1234-5678} and
	 * {@code +86 138 1234 5678} become {@code 13812345678}; a landline keeps one dash after its area code
	 * ({@code 027 1234 5678} becomes {@code 027-12345678}). Anything else comes back stripped, to be refused as it is.
	 */
	static String normalisedPhone(String phone) {
		if (phone == null) {
			return null;
		}
		String stripped = phone.strip();
		String digits = stripped.replaceFirst("^(\\+\\s*86|0086)", "");
		String compact = SEPARATORS.matcher(digits).replaceAll("");
		if (compact.matches("1[3-9]\\d{9}")) {
			return compact;
		}
		java.util.regex.Matcher landline = Pattern.compile("(0\\d{2,3})[\\s\u3000()（）-]*(\\d{7,8})(?:\\s*(?:-|转|ext\\.?)\\s*(\\d{1,6}))?")
			.matcher(digits.strip());
		if (landline.matches()) {
			return landline.group(1) + "-" + landline.group(2) + (landline.group(3) == null ? "" : "-" + landline.group(3));
		}
		return stripped;
	}

	static void check(Application a, boolean complete) {
		InvalidInput.Violations v = new InvalidInput.Violations();
		if (a.applicantType() == null) {
			v.add("applicantType", "validation.required");
		}
		if (v.require("name", a.name()) && a.name().strip().length() > 100) {
			v.add("name", "requests.application.tooLong", 100);
		}
		if (v.require("description", a.description()) && a.description().strip().length() > 4000) {
			v.add("description", "requests.application.tooLong", 4000);
		}
		boolean person = a.applicantType() == null || !a.applicantType().isOrganisation();
		if (person) {
			if (complete && a.idType() == null) {
				v.add("idType", "validation.required");
			}
			if ((complete || present(a.idNumber())) && v.require("idNumber", a.idNumber())
					&& a.idType() == Applicant.IdType.RESIDENT_ID_CARD && !ResidentIdNumber.isValid(a.idNumber())) {
				v.add("idNumber", "requests.application.idNumber");
			}
		}
		else {
			if ((complete || present(a.creditCode())) && v.require("creditCode", a.creditCode())
					&& !UnifiedSocialCreditCode.isValid(a.creditCode().strip().toUpperCase(java.util.Locale.ROOT))) {
				v.add("creditCode", "identity.creditCode.invalid", a.creditCode());
			}
			if (complete) {
				v.require("legalRepresentative", a.legalRepresentative());
			}
		}
		if ((complete || present(a.phone())) && v.require("phone", a.phone())
				&& !PHONE.matcher(normalisedPhone(a.phone())).matches()) {
			v.add("phone", "requests.application.phone");
		}
		if (present(a.email()) && !EMAIL.matcher(a.email().strip()).matches()) {
			v.add("email", "requests.application.email");
		}
		if (complete && a.deliveryMethod() == null) {
			v.add("deliveryMethod", "validation.required");
		}
		if (a.deliveryMethod() == DeliveryMethod.EMAIL && !present(a.email())) {
			v.add("email", "requests.application.emailForDelivery");
		}
		if ((a.deliveryMethod() == DeliveryMethod.POST || complete && person) && !present(a.address())) {
			v.add("address", "validation.required");
		}
		v.throwIfAny();
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
