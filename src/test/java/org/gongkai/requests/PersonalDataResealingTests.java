package org.gongkai.requests;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.NewAgency;
import org.gongkai.platform.Crypto;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.ResidentIdNumber;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Switching gongkai.crypto on an installation with data (issue 19): the applicants' numbers sealed with the other
 * suite are re-sealed with this one at the start, and a switch killed after some batches goes on where it stopped.
 * Runs in either mode: the "old" values are sealed with the suite this run does not use.
 */
@IntegrationTest
class PersonalDataResealingTests {

	@Autowired
	RequestIntake intake;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalData personalData;

	@Autowired
	PersonalDataResealing resealing;

	@Autowired
	Crypto crypto;

	@Autowired
	GongkaiProperties properties;

	@Test
	void aHalfDoneSwitchLosesNothingAndResumes() {
		AgencyInfo agency = agencies.ensureChild("demo-district",
				new NewAgency("demo-resealing", "示例区国密切换测试局", null, null, null));
		String[][] applicants = { { idNumber("11010519491231001"), "13800138000" },
				{ idNumber("11010519800101002"), "13900139000" }, { idNumber("11010519900202003"), "13700137000" } };
		List<String> trackingNumbers = new ArrayList<>();
		for (String[] applicant : applicants) {
			trackingNumbers.add(intake.submitOnline(agency.code(), new Application(ApplicantType.NATURAL_PERSON,
					"国密" + applicant[1], Applicant.IdType.RESIDENT_ID_CARD, applicant[0], applicant[1], null,
					"示例区人民路3号", null, null, "示例区2026年公共自行车运营补贴资金", null, DeliveryMethod.ONLINE, false),
					List.of())
				.trackingNumber());
		}
		// the installation as it was before the switch: the same key, the other suite
		Crypto.Suite other = crypto.suite() == Crypto.Suite.SM ? Crypto.Suite.STANDARD : Crypto.Suite.SM;
		PersonalData before = new PersonalData(properties, "", new Crypto(other));
		for (String trackingNumber : trackingNumbers) {
			List<String> sealed = sealed(trackingNumber);
			jdbc.sql("""
					update disclosure_request set applicant_id_number = :id, applicant_phone = :phone
					where tracking_number = :t""")
				.param("id", before.seal(personalData.open(sealed.get(0))))
				.param("phone", before.seal(personalData.open(sealed.get(1))))
				.param("t", trackingNumber)
				.update();
		}
		assertThat(trackingNumbers).allSatisfy(t -> assertThat(sealed(t))
			.allSatisfy(value -> assertThat(Crypto.sealedWith(value)).isEqualTo(other)));

		// killed after the first batch of one application
		assertThat(resealing.resealBatch(1)).isEqualTo(1);
		assertThat(sealed(trackingNumbers.get(0)))
			.allSatisfy(value -> assertThat(value).startsWith(crypto.sealPrefix()));
		assertThat(sealed(trackingNumbers.get(1)))
			.allSatisfy(value -> assertThat(Crypto.sealedWith(value)).isEqualTo(other));
		assertThat(opened(trackingNumbers)).as("a mixed state reads every value")
			.containsExactly(applicants[0][0], applicants[0][1], applicants[1][0], applicants[1][1], applicants[2][0],
					applicants[2][1]);

		// the next start goes on with what is left
		resealing.atStart();
		assertThat(trackingNumbers).allSatisfy(t -> assertThat(sealed(t))
			.allSatisfy(value -> assertThat(value).startsWith(crypto.sealPrefix())));
		assertThat(opened(trackingNumbers)).containsExactly(applicants[0][0], applicants[0][1], applicants[1][0],
				applicants[1][1], applicants[2][0], applicants[2][1]);
		assertThat(resealing.resealAll()).as("nothing is sealed twice").isZero();
	}

	private static String idNumber(String first17) {
		return first17 + ResidentIdNumber.checkCharacter(first17);
	}

	private List<String> sealed(String trackingNumber) {
		return jdbc.sql("select applicant_id_number, applicant_phone from disclosure_request where tracking_number = :t")
			.param("t", trackingNumber)
			.query((rs, row) -> List.of(rs.getString(1), rs.getString(2)))
			.single();
	}

	private List<String> opened(List<String> trackingNumbers) {
		List<String> values = new ArrayList<>();
		for (String trackingNumber : trackingNumbers) {
			for (String value : sealed(trackingNumber)) {
				values.add(personalData.open(value));
			}
		}
		return values;
	}

}
