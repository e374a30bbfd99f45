package org.gongkai.requests;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A span in which the reply clock stands still: a consultation (OGI art. 33 ¶3) or the wait for a fee
 * (国办函〔2020〕109号). {@code endedOn} is null while it lasts.
 */
@Table("request_pause")
public record Pause(PauseKind kind, LocalDate startedOn, LocalDate endedOn) {

	/** Why the clock stands still. */
	public enum PauseKind {

		/** 征求第三方或其他机关意见. */
		CONSULTATION,
		/** 等待缴纳信息处理费. */
		FEE

	}

	Pause end(LocalDate on) {
		return new Pause(kind, startedOn, on);
	}

	boolean isOpen() {
		return endedOn == null;
	}

}
