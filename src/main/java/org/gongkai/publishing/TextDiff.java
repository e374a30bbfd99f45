package org.gongkai.publishing;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two texts as a reader of Chinese sees it: each Han character, each punctuation mark and
 * each run of ASCII letters or digits (a word, a number, a date) is one unit, and the longest common subsequence of
 * units is kept, the rest shown as removed or added. The common beginning and end are cut off first, so that a
 * correction of a few characters in a long regulation compares only the changed middle; a middle too long to compare
 * unit by unit ({@value #MAX_CELLS} cells) is compared line by line instead, and what differs then is shown as whole
 * lines removed and added.
 */
public final class TextDiff {

	static final int MAX_CELLS = 4_000_000;

	/** What happened to a piece of text. */
	public enum Change {

		SAME, REMOVED, ADDED

	}

	/** A run of text with what happened to it; the page shows removed text struck through and added text marked. */
	public record Segment(Change change, String text) {

		public boolean removed() {
			return change == Change.REMOVED;
		}

		public boolean added() {
			return change == Change.ADDED;
		}

	}

	private TextDiff() {
	}

	/** The segments that turn {@code before} into {@code after}, in order, neighbours of one kind merged. */
	public static List<Segment> of(String before, String after) {
		List<String> a = units(before == null ? "" : before);
		List<String> b = units(after == null ? "" : after);
		List<Segment> out = new ArrayList<>();
		int start = 0;
		while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
			start++;
		}
		int endA = a.size();
		int endB = b.size();
		while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
			endA--;
			endB--;
		}
		if ((long) (endA - start) * (endB - start) > MAX_CELLS) {
			// compared line by line: the middle widened to whole lines
			while (start > 0 && !a.get(start - 1).equals("\n")) {
				start--;
			}
			while (endA < a.size() && !a.get(endA - 1).equals("\n")) {
				endA++;
				endB++;
			}
		}
		add(out, Change.SAME, a.subList(0, start));
		List<String> middleA = a.subList(start, endA);
		List<String> middleB = b.subList(start, endB);
		if ((long) middleA.size() * middleB.size() <= MAX_CELLS) {
			lcs(out, middleA, middleB);
		}
		else {
			List<String> linesA = lines(String.join("", middleA));
			List<String> linesB = lines(String.join("", middleB));
			if ((long) linesA.size() * linesB.size() <= MAX_CELLS) {
				lcs(out, linesA, linesB);
			}
			else {
				add(out, Change.REMOVED, middleA);
				add(out, Change.ADDED, middleB);
			}
		}
		add(out, Change.SAME, a.subList(endA, a.size()));
		return out;
	}

	/** Whether the two texts differ at all. */
	public static boolean changed(List<Segment> segments) {
		return segments.stream().anyMatch(s -> s.change() != Change.SAME);
	}

	private static void lcs(List<Segment> out, List<String> a, List<String> b) {
		int n = a.size();
		int m = b.size();
		int[] length = new int[(n + 1) * (m + 1)];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				length[i * (m + 1) + j] = a.get(i).equals(b.get(j)) ? length[(i + 1) * (m + 1) + j + 1] + 1
						: Math.max(length[(i + 1) * (m + 1) + j], length[i * (m + 1) + j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < n && j < m) {
			if (a.get(i).equals(b.get(j))) {
				add(out, Change.SAME, List.of(a.get(i)));
				i++;
				j++;
			}
			else if (length[(i + 1) * (m + 1) + j] >= length[i * (m + 1) + j + 1]) {
				add(out, Change.REMOVED, List.of(a.get(i++)));
			}
			else {
				add(out, Change.ADDED, List.of(b.get(j++)));
			}
		}
		add(out, Change.REMOVED, a.subList(i, n));
		add(out, Change.ADDED, b.subList(j, m));
	}

	private static void add(List<Segment> out, Change change, List<String> units) {
		if (units.isEmpty()) {
			return;
		}
		String text = String.join("", units);
		if (!out.isEmpty() && out.get(out.size() - 1).change() == change) {
			Segment last = out.remove(out.size() - 1);
			text = last.text() + text;
		}
		out.add(new Segment(change, text));
	}

	/** A Han character or mark is a unit; so is a run of ASCII letters and digits, and a run of spaces. */
	static List<String> units(String text) {
		List<String> units = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int end = i + Character.charCount(text.codePointAt(i));
			if (asciiWord(text.charAt(i))) {
				while (end < text.length() && asciiWord(text.charAt(end))) {
					end++;
				}
			}
			else if (text.charAt(i) == ' ') {
				while (end < text.length() && text.charAt(end) == ' ') {
					end++;
				}
			}
			units.add(text.substring(i, end));
			i = end;
		}
		return units;
	}

	private static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		int from = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				lines.add(text.substring(from, i + 1));
				from = i + 1;
			}
		}
		if (from < text.length()) {
			lines.add(text.substring(from));
		}
		return lines;
	}

	private static boolean asciiWord(char c) {
		return c < 128 && Character.isLetterOrDigit(c);
	}

}
