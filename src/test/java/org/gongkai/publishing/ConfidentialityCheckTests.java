package org.gongkai.publishing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.publishing.ConfidentialityCheck.Finding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** OGI art. 17 保密审查 on real-looking text of a notice. */
class ConfidentialityCheckTests {

	private final ConfidentialityCheck check = new ConfidentialityCheck(List.of("内部资料", "不得外传"));

	@Test
	void findsPersonalDataAndSensitiveWordsInANotice() {
		String notice = "关于2025年度困难群众临时救助情况的公示：张三，身份证号11010519491231002X，联系电话13800138000，"
				+ "救助金发放至银行卡6222021234567890128，咨询邮箱 help@example.gov.cn。本材料为内部资料。";
		List<Finding> findings = check.check(notice);
		assertThat(findings).extracting(Finding::kind, Finding::text)
			.containsExactly(tuple(Finding.Kind.ID_NUMBER, "11010519491231002X"),
					tuple(Finding.Kind.MOBILE_NUMBER, "13800138000"),
					tuple(Finding.Kind.BANK_CARD, "6222021234567890128"),
					tuple(Finding.Kind.EMAIL, "help@example.gov.cn"),
					tuple(Finding.Kind.SENSITIVE_WORD, "内部资料"));
		assertThat(findings.get(0).position()).isEqualTo(notice.indexOf("11010519491231002X"));
	}

	@Test
	void namesTheFileOfEachFindingInTheAttachments() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("attendees.pdf", "参会人员名单 身份证号 110101199003078515 手机 13800138000");
		files.put("议程.docx", "2026年12月8日上午九时 第一会议室");
		assertThat(check.checkFiles(files)).extracting(f -> f.fileName(), f -> f.finding().kind(), f -> f.finding().text())
			.containsExactly(tuple("attendees.pdf", Finding.Kind.ID_NUMBER, "110101199003078515"),
					tuple("attendees.pdf", Finding.Kind.MOBILE_NUMBER, "13800138000"));
	}

	@Test
	void leavesOrdinaryNumbersAlone() {
		String text = "鄂州华容政规〔2025〕1号：2025年预算总额为123456789012345678元的说法不实；索引号11420703MB0000101T/2025-00001；"
				+ "服务热线027-60586058，项目编号6222021234567890127。";
		assertThat(check.check(text)).isEmpty();
	}

	@Test
	void luhnOnRealAndAlteredCardNumbers() {
		assertThat(ConfidentialityCheck.luhn("6222021234567890128")).isTrue();
		assertThat(ConfidentialityCheck.luhn("6217000000000000004")).isTrue();
		assertThat(ConfidentialityCheck.luhn("6222021234567890127")).isFalse();
	}

}
