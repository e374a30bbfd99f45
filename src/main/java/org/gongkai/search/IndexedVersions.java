package org.gongkai.search;

import java.util.Arrays;

/**
 * The version of each document an index holds, compactly (a million documents take 12 MB), sorted by document id.
 * A document held in two versions at once (a race a rebuild can leave) has {@link #MIXED}.
 */
public final class IndexedVersions {

	/** The version of a document that is absent from the index. */
	public static final int ABSENT = -1;

	/** The version of a document whose entries disagree. */
	public static final int MIXED = -2;

	private final long[] ids;

	private final int[] versions;

	/** From unsorted pairs of equal length; pairs of the same id with different versions become {@link #MIXED}. */
	public IndexedVersions(long[] ids, int[] versions) {
		Integer[] order = new Integer[ids.length];
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, (a, b) -> Long.compare(ids[a], ids[b]));
		long[] sortedIds = new long[ids.length];
		int[] sortedVersions = new int[ids.length];
		int n = 0;
		for (int i : order) {
			if (n > 0 && sortedIds[n - 1] == ids[i]) {
				if (sortedVersions[n - 1] != versions[i]) {
					sortedVersions[n - 1] = MIXED;
				}
				continue;
			}
			sortedIds[n] = ids[i];
			sortedVersions[n++] = versions[i];
		}
		this.ids = Arrays.copyOf(sortedIds, n);
		this.versions = Arrays.copyOf(sortedVersions, n);
	}

	public int versionOf(long documentId) {
		int at = Arrays.binarySearch(ids, documentId);
		return at >= 0 ? versions[at] : ABSENT;
	}

	/** How many documents the index holds. */
	public int documents() {
		return ids.length;
	}

	/** The document ids, sorted. */
	public long[] documentIds() {
		return ids.clone();
	}

}
