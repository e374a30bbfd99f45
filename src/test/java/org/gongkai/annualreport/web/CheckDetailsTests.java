package org.gongkai.annualreport.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failed check's detail in the words of the printed report: the codes a checked report's JSON carries become the
 * column and row names of table 三 and the groups of table 四, in Chinese and in English.
 */
class CheckDetailsTests {

	private final CheckDetails details = new CheckDetails(bundles());

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages", "i18n/annualreport");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	@Test
	void theBalanceOfEachColumnReadsAsThePrintedNote() {
		assertThat(details.words("NATURAL_PERSON: R1+R2=3 ≠ R3.7+R4=2; TOTAL: R1+R2=3 ≠ R3.7+R4=2", Locale.CHINA))
			.isEqualTo("自然人: 第一项+第二项=3 ≠ 第三项（七）+第四项=2; 总计: 第一项+第二项=3 ≠ 第三项（七）+第四项=2");
		assertThat(details.words("NATURAL_PERSON: R1+R2=3 ≠ R3.7+R4=2", Locale.ENGLISH))
			.isEqualTo("natural persons: row 1+row 2=3 ≠ row 3.7+row 4=2");
	}

	@Test
	void sumsCellsAndAppealsGroupsAreNamedAsInTheTables() {
		assertThat(details.words("LEGAL_SERVICE_AGENCY: ΣR3.x=4 ≠ R3.7=5", Locale.CHINA))
			.isEqualTo("法律服务机构: 第三项（一）至（六）之和=4 ≠ 第三项（七）=5");
		assertThat(details.words("R3.3.1: Σ=2 ≠ TOTAL=3", Locale.CHINA)).isEqualTo("第三项（三）1: 六类申请人之和=2 ≠ 总计=3");
		assertThat(details.words("R3.3.1/OTHER_ORGANIZATION=-1; litigationAfterReconsideration", Locale.CHINA))
			.isEqualTo("第三项（三）1/其他=-1; 复议后起诉");
		assertThat(details.words("COMMERCIAL_ENTERPRISE: R2=1 ≠ R4(Y−1)=2", Locale.CHINA))
			.isEqualTo("商业企业: 第二项=1 ≠ 上年度报告的第四项=2");
		assertThat(details.words("COMMERCIAL_ENTERPRISE: R2=1 ≠ R4(Y−1)=2", Locale.ENGLISH))
			.isEqualTo("commercial enterprises: row 2=1 ≠ row 4 of last year's report=2");
		assertThat(details.words("normativeDocuments: 12 ≠ 10+3−0", Locale.CHINA)).isEqualTo("行政规范性文件: 12 ≠ 10+3−0");
	}

	@Test
	void wordsAndFiguresTheReportAlreadyWritesStayAsWritten() {
		assertThat(details.words("政府信息公开申请：3 → 40", Locale.CHINA)).isEqualTo("政府信息公开申请：3 → 40");
		assertThat(details.words("“12件” ≠ 13", Locale.CHINA)).isEqualTo("“12件” ≠ 13");
		assertThat(details.words("", Locale.CHINA)).isEmpty();
	}

}
