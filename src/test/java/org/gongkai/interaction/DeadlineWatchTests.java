package org.gongkai.interaction;

import java.time.Clock;
import java.time.LocalDate;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.Staff;
import org.gongkai.identity.StaffFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily watch changes items only through their aggregates: each raised item is saved through its repository, so
 * its version moves once, and a second run changes nothing.
 */
@IntegrationTest
class DeadlineWatchTests {

	@Autowired
	DeadlineWatch watch;

	@Autowired
	ProposalDesk proposalDesk;

	@Autowired
	Inspections inspections;

	@Autowired
	ProposalRepository proposals;

	@Autowired
	FindingRepository findings;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	@Test
	void anOverdueProposalAndFindingAreRaisedThroughTheirAggregatesOnce() {
		LocalDate today = LocalDate.now(clock);
		long proposalId = proposalDesk.register(staff("officer"), "demo-bureau",
				new NewProposal(ProposalKind.DEPUTY_SUGGESTION, "WATCH-0001", "关于公布社区食堂名单的建议", "李代表",
						"区人大常委会人代工委", today.minusMonths(4), false, ProposalRole.LEAD))
			.id();
		long findingId = inspections.record(staff("supervisor"), new NewFinding("demo-bureau",
				FindingSource.QUARTERLY_INSPECTION, today.minusDays(10), "办事指南未更新", "更新办事指南", today.minusDays(1),
				"张编辑"))
			.id();
		int proposalVersion = proposals.findById(proposalId).orElseThrow().version;
		int findingVersion = findings.findById(findingId).orElseThrow().version;

		watch.run(today);
		watch.run(today);

		Proposal proposal = proposals.findById(proposalId).orElseThrow();
		assertThat(proposal.remindedOn).isEqualTo(today);
		assertThat(proposal.version).as("saved once, through the aggregate").isEqualTo(proposalVersion + 1);
		Finding finding = findings.findById(findingId).orElseThrow();
		assertThat(finding.escalatedOn).isEqualTo(today);
		assertThat(finding.version).as("saved once, through the aggregate").isEqualTo(findingVersion + 1);
	}

	private Staff staff(String username) {
		return StaffFixtures.principal(context, username).staff();
	}

}
