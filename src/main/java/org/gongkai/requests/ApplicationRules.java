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
		String[] parts = stripped.replaceFirst("^(\\+\\s*86|0086)", "").split("\\s*(?:转|分机|ext\\.?)\\s*", 2);
		String compact = SEPARATORS.matcher(parts[0]).replaceAll("");
		if (parts.length == 1 && compact.matches("1[3-9]\\d{9}")) {
			return compact;
		}
		if (compact.matches("0\\d{9,11}")) {
			// 010 and 02x are the three-digit area codes, the others have four
			int area = compact.charAt(1) == '1' || compact.charAt(1) == '2' ? 3 : 4;
			String number = compact.substring(area);
			String extension = parts.length == 2 ? SEPARATORS.matcher(parts[1]).replaceAll("") : "";
			if (number.length() >= 7 && number.length() <= 8 && extension.matches("\\d{0,6}")) {
				return compact.substring(0, area) + "-" + number + (extension.isEmpty() ? "" : "-" + extension);
			}
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
