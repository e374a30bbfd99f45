package bench;

import java.util.List;

import org.gongkai.publishing.ConfidentialityCheck;

/**
 * How long the confidentiality check takes on long drafts, ordinary and adversarial (issue 22, item 8: the regular
 * expressions it had took 15 s on a 40,000-character draft and over 10 minutes on a 200,000-character one). Prints
 * one line per draft: its kind, length, findings and the best of five runs in milliseconds.
 * Run: bench/confidentiality-check/run.sh [characters]
 */
public final class ConfidentialityCheckBenchmark {

	private ConfidentialityCheckBenchmark() {
	}

	public static void main(String[] args) {
		int length = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
		ConfidentialityCheck check = new ConfidentialityCheck(List.of("绝密", "机密", "秘密", "内部资料", "不得外传"));
		String notice = "关于困难群众临时救助情况的公示：张三，身份证号11010519491231002X，联系电话13800138000，邮箱 help@example.gov.cn。";
		List<String[]> drafts = List.of(new String[] { "ordinary notice", notice.repeat(length / notice.length()) },
				new String[] { "one long word", "a".repeat(length) },
				new String[] { "@ then letters", "a@" + "a".repeat(length - 2) },
				new String[] { "dotted domain", "a@" + "a.".repeat(length / 2 - 1) },
				new String[] { "digits", "1".repeat(length) },
				new String[] { "card numbers", "6222021234567890128 ".repeat(length / 20) });
		for (String[] draft : drafts) {
			long best = Long.MAX_VALUE;
			int findings = 0;
			for (int run = 0; run < 5; run++) {
				long started = System.nanoTime();
				findings = check.check(draft[1]).size();
				best = Math.min(best, System.nanoTime() - started);
			}
			System.out.printf("%-16s %,9d chars %,7d findings %8.1f ms%n", draft[0], draft[1].length(), findings,
					best / 1e6);
		}
	}

}
