package bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.gongkai.platform.WordMatcher;
import org.gongkai.publishing.ConfidentialityCheck;

/**
 * How long the confidentiality check takes. Part 1 (issue 22, item 8: the regular expressions it had took 15 s on a
 * 40,000-character draft and over 10 minutes on a 200,000-character one): long drafts, ordinary and adversarial,
 * one line each with its kind, length, findings and the best of five runs. Part 2 (issue 19): 10,000 sensitive words
 * over a 20,000-character document, the whole check with the words in one pass ({@link WordMatcher}, Aho–Corasick)
 * against a search for each word in turn (what the check did before), and the time to build the matcher.
 * Run: bench/confidentiality-check/run.sh [characters] [words] [document characters]
 */
public final class ConfidentialityCheckBenchmark {

	private ConfidentialityCheckBenchmark() {
	}

	public static void main(String[] args) {
		int length = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
		int wordCount = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
		int documentLength = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
		longDrafts(length);
		manyWords(wordCount, documentLength);
	}

	private static void longDrafts(int length) {
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

	/**
	 * Words of two to six characters drawn from the 3,500 commonest-block range of CJK (so that many share prefixes),
	 * a document of ordinary sentences with one word of the list in every 400 characters.
	 */
	private static void manyWords(int wordCount, int documentLength) {
		Random random = new Random(19);
		Set<String> distinct = new LinkedHashSet<>(List.of("绝密", "机密", "秘密★", "内部资料", "不得外传", "内部使用"));
		while (distinct.size() < wordCount) {
			StringBuilder word = new StringBuilder();
			int letters = 2 + random.nextInt(5);
			for (int i = 0; i < letters; i++) {
				word.append((char) (0x4E00 + random.nextInt(3500)));
			}
			distinct.add(word.toString());
		}
		List<String> words = new ArrayList<>(distinct);
		String sentence = "根据《中华人民共和国政府信息公开条例》第十九条，本机关现将二〇二五年度财政预算执行情况和重点项目进展予以公开，"
				+ "联系电话010-12345678。";
		StringBuilder text = new StringBuilder();
		while (text.length() < documentLength) {
			text.append(sentence);
			if (text.length() / 400 > (text.length() - sentence.length()) / 400) {
				text.append(words.get(random.nextInt(words.size())));
			}
		}
		String document = text.substring(0, documentLength);

		long started = System.nanoTime();
		ConfidentialityCheck check = new ConfidentialityCheck(words);
		long build = System.nanoTime() - started;
		long oneBuild = Long.MAX_VALUE;
		for (int run = 0; run < 5; run++) {
			started = System.nanoTime();
			WordMatcher.of(words);
			oneBuild = Math.min(oneBuild, System.nanoTime() - started);
		}
		int findings = 0;
		long best = Long.MAX_VALUE;
		for (int run = 0; run < 20; run++) {
			started = System.nanoTime();
			findings = check.check(document).size();
			best = Math.min(best, System.nanoTime() - started);
		}
		int naiveFindings = 0;
		long naive = Long.MAX_VALUE;
		for (int run = 0; run < 5; run++) {
			started = System.nanoTime();
			naiveFindings = eachWordInTurn(words, document);
			naive = Math.min(naive, System.nanoTime() - started);
		}
		System.out.printf("%,d words over a %,d-character document:%n", words.size(), document.length());
		System.out.printf("  build the matcher            %8.1f ms (first, cold: %.1f ms)%n", oneBuild / 1e6, build / 1e6);
		System.out.printf("  whole check, words in a pass %8.2f ms, %,d findings (best of 20)%n", best / 1e6, findings);
		System.out.printf("  words one by one (indexOf)   %8.2f ms, %,d sensitive-word findings (best of 5)%n",
				naive / 1e6, naiveFindings);
	}

	/** The sensitive-word part as it was before issue 19: one search through the document for each word. */
	private static int eachWordInTurn(List<String> words, String document) {
		int found = 0;
		for (String word : words) {
			for (int at = document.indexOf(word); at >= 0; at = document.indexOf(word, at + word.length())) {
				found++;
			}
		}
		return found;
	}

}
