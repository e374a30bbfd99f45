package org.gongkai.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Finds every occurrence of any of many words in a text in one pass (Aho–Corasick, 1975): the words make a trie, each
 * node knows the longest proper suffix of its path that is also a path (its failure link) and the nearest such
 * suffix that ends a word (its output link). The text is read once, character by character; the work is the length
 * of the text plus the number of occurrences, whatever the number of words. Transitions are kept in one
 * open-addressing table keyed by node and character, so 10,000 Chinese words take a few hundred kilobytes.
 * Immutable and safe to share between threads.
 */
public final class WordMatcher {

	/** An occurrence: the index of the word in {@link #words()} and where it starts in the text. */
	public record Match(int word, int position) {
	}

	private final List<String> words;

	/** Per node: the word that ends there (index into words, or -1), its failure link and its output link. */
	private final int[] wordAt;

	private final int[] fail;

	private final int[] output;

	/** Open addressing: key (node << 16 | character), value the child node; 0 is an empty slot (no child is node 0). */
	private final long[] keys;

	private final int[] children;

	private final int mask;

	private WordMatcher(List<String> words) {
		this.words = List.copyOf(words);
		int nodes = 1;
		for (String word : words) {
			nodes += word.length();
		}
		int capacity = Integer.highestOneBit(Math.max(4, nodes * 2 - 1)) << 1;
		this.keys = new long[capacity];
		this.children = new int[capacity];
		this.mask = capacity - 1;
		int[] wordAt = new int[nodes];
		Arrays.fill(wordAt, -1);
		int[] queue = new int[nodes];
		int count = 1;
		for (int w = 0; w < this.words.size(); w++) {
			String word = this.words.get(w);
			int node = 0;
			for (int i = 0; i < word.length(); i++) {
				int next = child(node, word.charAt(i));
				if (next < 0) {
					next = count++;
					put(node, word.charAt(i), next);
				}
				node = next;
			}
			wordAt[node] = w;
		}
		this.wordAt = Arrays.copyOf(wordAt, count);
		this.fail = new int[count];
		this.output = new int[count];
		links(count, queue);
	}

	/** A matcher for the words, stripped, empty ones and repeats left out. */
	public static WordMatcher of(java.util.Collection<String> words) {
		LinkedHashSet<String> distinct = new LinkedHashSet<>();
		for (String word : words) {
			String stripped = word == null ? "" : word.strip();
			if (!stripped.isEmpty()) {
				distinct.add(stripped);
			}
		}
		return new WordMatcher(new ArrayList<>(distinct));
	}

	/** The words it finds, in the order given (repeats and empty ones left out). */
	public List<String> words() {
		return words;
	}

	/**
	 * Every occurrence of every word, overlapping ones included, in the order of where they end (and, ending at the
	 * same place, the longer first). Each character is read once.
	 */
	public List<Match> find(CharSequence text) {
		List<Match> matches = new ArrayList<>();
		if (words.isEmpty()) {
			return matches;
		}
		int node = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			int next = child(node, c);
			while (next < 0 && node != 0) {
				node = fail[node];
				next = child(node, c);
			}
			node = next < 0 ? 0 : next;
			for (int n = wordAt[node] >= 0 ? node : output[node]; n > 0; n = output[n]) {
				int w = wordAt[n];
				matches.add(new Match(w, i + 1 - words.get(w).length()));
			}
		}
		return matches;
	}

	/** Failure and output links, breadth first from the root; nodes are numbered in insertion order. */
	private void links(int count, int[] queue) {
		// children of a node: scan the table once, grouping by parent
		int[] firstChild = new int[count];
		int[] nextSibling = new int[count];
		char[] via = new char[count];
		Arrays.fill(firstChild, -1);
		for (int slot = 0; slot < keys.length; slot++) {
			if (keys[slot] != 0) {
				int parent = (int) ((keys[slot] - 1) >>> 16);
				int child = children[slot];
				via[child] = (char) ((keys[slot] - 1) & 0xFFFF);
				nextSibling[child] = firstChild[parent];
				firstChild[parent] = child;
			}
		}
		int head = 0;
		int tail = 0;
		for (int c = firstChild[0]; c >= 0; c = nextSibling[c]) {
			fail[c] = 0;
			output[c] = 0;
			queue[tail++] = c;
		}
		while (head < tail) {
			int node = queue[head++];
			for (int c = firstChild[node]; c >= 0; c = nextSibling[c]) {
				int f = fail[node];
				int next = child(f, via[c]);
				while (next < 0 && f != 0) {
					f = fail[f];
					next = child(f, via[c]);
				}
				fail[c] = next < 0 || next == c ? 0 : next;
				output[c] = wordAt[fail[c]] >= 0 ? fail[c] : output[fail[c]];
				queue[tail++] = c;
			}
		}
	}

	private int child(int node, char c) {
		long key = key(node, c);
		for (int slot = slot(key);; slot = (slot + 1) & mask) {
			long k = keys[slot];
			if (k == key) {
				return children[slot];
			}
			if (k == 0) {
				return -1;
			}
		}
	}

	private void put(int node, char c, int child) {
		long key = key(node, c);
		int slot = slot(key);
		while (keys[slot] != 0) {
			slot = (slot + 1) & mask;
		}
		keys[slot] = key;
		children[slot] = child;
	}

	/** Node and character, plus one so that no key is 0. */
	private static long key(int node, char c) {
		return (((long) node << 16) | c) + 1;
	}

	private int slot(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h >>> 32) & mask;
	}

}
