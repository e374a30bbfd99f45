package org.gongkai.requests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.NewAgency;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.Crypto;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.Sm2Signatures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SM2 signatures on letters (issue 19): with {@code gongkai.crypto=sm} the PDF of a letter is kept with a detached
 * signature beside it, which the integrity check verifies, reporting a signature gone or one that no longer holds;
 * in the standard mode letters carry none. The suite runs in both modes (the external-pg profile passes
 * {@code gongkai.crypto=sm}; {@code -Dgongkai.crypto=sm} does the same here); the second test signs in the national
 * mode whatever the suite's.
 */
@IntegrationTest
class LetterSignaturesTests {

	@Autowired
	RequestIntake intake;

	@Autowired
	RequestHandling handling;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	LetterSignatures signatures;

	@Autowired
	LetterIntegrityWatch watch;

	@Autowired
	Sm2Signatures sm2;

	@Autowired
	Crypto crypto;

	@Autowired
	GongkaiProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	record Kept(long id, Path file, boolean signed) {

		Path signature() {
			return Path.of(file + LetterSignatures.SUFFIX);
		}

	}

	@Test
	void aLetterCarriesItsSignatureBesideItInTheNationalModeOnly() throws Exception {
		Kept letter = clarificationNotice("demo-letter-signed", "孙九");
		LetterSignatures.Check check = signatures.verify();
		assertThat(check.missing()).doesNotContain(letter.id());
		assertThat(check.bad()).doesNotContain(letter.id());
		if (crypto.suite() == Crypto.Suite.SM) {
			assertThat(letter.signed()).isTrue();
			assertThat(letter.signature()).isRegularFile();
			assertThat(sm2.verify(Files.readAllBytes(letter.file()), Files.readString(letter.signature()))).isTrue();
			assertThat(check.checked()).isPositive();
		}
		else {
			assertThat(letter.signed()).isFalse();
			assertThat(letter.signature()).doesNotExist();
		}
		// the DOCX twin is never signed: the PDF is the letter's fixed form
		assertThat(jdbc.sql("""
				select count(*) from request_document d join request_document p on p.request_id = d.request_id
				where p.id = :id and d.content_type <> 'application/pdf' and d.sm2_signed""")
			.param("id", letter.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theIntegrityCheckReportsASignatureGoneOrNotHolding() throws Exception {
		Kept letter = clarificationNotice("demo-letter-tampered", "周十");
		byte[] pdf = Files.readAllBytes(letter.file());
		LetterSignatures national = new LetterSignatures(jdbc, properties, new Crypto(Crypto.Suite.SM), sm2);
		national.sign(letter.id(), properties.files().relativize(letter.file()), pdf);
		assertThat(national.verify().missing()).doesNotContain(letter.id());
		assertThat(national.verify().bad()).doesNotContain(letter.id());

		// the letter changed after it was signed
		Files.write(letter.file(), "%PDF-1.7 篡改".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(signatures.verify().bad()).contains(letter.id());
		watch.check();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("""
					select count(*) from audit_entry where action = 'LETTER_SIGNATURE_FAILED' and summary like :id""")
				.param("id", "%not holding: [%" + letter.id() + "%")
				.query(Long.class)
				.single() >= 1);
		Files.write(letter.file(), pdf);
		assertThat(signatures.verify().bad()).doesNotContain(letter.id());

		// the signature replaced by another file's, or removed
		Files.writeString(letter.signature(), sm2.sign("另一封信".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		assertThat(signatures.verify().bad()).contains(letter.id());
		Files.delete(letter.signature());
		LetterSignatures.Check gone = signatures.verify();
		assertThat(gone.missing()).contains(letter.id());
		assertThat(gone.bad()).doesNotContain(letter.id());

		national.sign(letter.id(), properties.files().relativize(letter.file()), pdf);
		assertThat(signatures.verify().missing()).doesNotContain(letter.id());
		assertThat(signatures.verify().bad()).doesNotContain(letter.id());
	}

	/** An application asked to clarify: the office keeps the 补正告知书 as PDF and DOCX. */
	private Kept clarificationNotice(String agencyCode, String applicant) {
		AgencyInfo agency = agencies.ensureChild("demo-district",
				new NewAgency(agencyCode, "示例区签名测试局" + applicant, null, null, null));
		Staff officer = new Staff(-1, agencyCode + "-officer", agency.id(), agency.code(), agency.path(),
				Set.of(Role.OFFICER));
		Submitted submitted = intake.submitOnline(agency.code(), new Application(ApplicantType.NATURAL_PERSON,
				applicant, Applicant.IdType.RESIDENT_ID_CARD, "11010519491231002X", "13800138000", "zhou@example.com",
				"示例区人民路9号", null, null, "关于那个项目的文件", null, DeliveryMethod.EMAIL, false), List.of());
		long id = jdbc.sql("select id from disclosure_request where tracking_number = :t")
			.param("t", submitted.trackingNumber())
			.query(Long.class)
			.single();
		LocalDate today = LocalDate.now(clock);
		SentEarlier.on(jdbc, id, today.minusDays(2));
		handling.act(officer, id, new RequestCommand.ConfirmReceipt(today.minusDays(2)));
		handling.act(officer, id, new RequestCommand.RequestClarification(today.minusDays(1), "请写明项目的名称。", 15));
		return jdbc.sql("""
				select id, storage_path, sm2_signed from request_document
				where request_id = :id and kind = 'CLARIFICATION_NOTICE' and content_type = 'application/pdf'""")
			.param("id", id)
			.query((rs, row) -> new Kept(rs.getLong("id"), properties.files().resolve(rs.getString("storage_path")),
					rs.getBoolean("sm2_signed")))
			.single();
	}

}
