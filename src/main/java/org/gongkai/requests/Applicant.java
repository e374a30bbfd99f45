package org.gongkai.requests;

/**
 * Who applies (OGI art. 29 (一)): a natural person or an organisation. Identity numbers and phone numbers are held
 * sealed (encrypted) wherever the application is stored; {@link PersonalData} opens them for authorised views only.
 *
 * @param idNumber sealed; a resident ID card number is checked against GB 11643 before sealing
 * @param phone sealed
 * @param creditCode an organisation's unified social credit code
 */
public record Applicant(ApplicantType type, String name, IdType idType, String idNumber, String phone, String email,
		String address, String creditCode, String legalRepresentative) {

	/** Kinds of identity document a natural person shows. */
	public enum IdType {

		/** 居民身份证 (GB 11643). */
		RESIDENT_ID_CARD,
		/** 护照. */
		PASSPORT,
		/** 港澳台居民居住证或往来通行证. */
		HK_MACAO_TAIWAN_PERMIT,
		/** 其他有效证件. */
		OTHER

	}

}
