package org.gongkai.interaction;

import java.time.LocalDate;

/**
 * A proposal as the assigning body hands it over.
 *
 * @param reference the number the assigning body gave it, e.g. 第0126号
 * @param proposer the deputy or member (several: as written on the assignment)
 * @param assignedBy the assigning body, e.g. 区人大常委会人代工委, 区政协提案委
 * @param complex 涉及面广、处理难度大 (代表法 art. 51): six months instead of three
 */
public record NewProposal(ProposalKind kind, String reference, String title, String proposer, String assignedBy,
		LocalDate assignedOn, Boolean complex, ProposalRole role) {
}
