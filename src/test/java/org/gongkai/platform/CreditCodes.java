package org.gongkai.platform;

import org.gongkai.identity.UnifiedSocialCreditCode;

/**
 * The 统一社会信用代码 of an agency a test creates in the shared context, derived from the agency's code, so that two
 * tests' agencies never share one (two hand-picked codes once did, and whichever test ran second failed).
 */
public final class CreditCodes {

	private CreditCodes() {
	}

	/** A valid code of a 机关 in the demo's area whose organisation part is a hash of the agency's code. */
	public static String of(String agencyCode) {
		String first17 = "11429900MB" + String.format("%07d", Math.floorMod(agencyCode.hashCode(), 10_000_000));
		return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
	}

}
