package org.gongkai.requests;

/**
 * What an applicant tells the agency (OGI art. 29): who they are, the information they want (title, document
 * number or another identifying description), and how they want it.
 */
public record Application(ApplicantType applicantType, String name, Applicant.IdType idType, String idNumber,
		String phone, String email, String address, String creditCode, String legalRepresentative,
		String description, String documentNumber, DeliveryMethod deliveryMethod, boolean paperCopy) {
}
