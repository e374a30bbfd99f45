package org.gongkai.platform;

/** Reading the answer of a JDBC batch. */
public final class Batches {

	private Batches() {
	}

	/** How many rows a batch of inserts with {@code on conflict do nothing} added. */
	public static int added(int[][] counts) {
		int added = 0;
		for (int[] chunk : counts) {
			for (int count : chunk) {
				added += Math.max(count, 0);
			}
		}
		return added;
	}

}
