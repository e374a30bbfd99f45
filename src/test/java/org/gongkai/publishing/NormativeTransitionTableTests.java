package org.gongkai.publishing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

import org.gongkai.IntegrationTest;
import org.gongkai.identity.AgencyAdministration;
import org.gongkai.identity.AgencyInfo;
import org.gongkai.identity.AgencyId;
import org.gongkai.identity.NewAgency;
import org.gongkai.identity.Role;
import org.gongkai.identity.Staff;
import org.gongkai.platform.DomainException;
import org.gongkai.platform.WrittenRule;
import org.gongkai.publishing.NormativeEntry.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.publishing.NormativeAction.*;
import static org.gongkai.publishing.NormativeEntry.Status.*;

/**
 * Every (status, action) pair of an entry of the ledger against rules.md §6 (立、改、废): a document in force, as issued
 * or as amended, may be amended, renewed ("重新登记…公布，并自公布之日起重新计算有效期") or abolished, and expires by itself
 * when its validity period runs out ("有效期届满后规范性文件就自动失效"); one issued with a later date takes effect on
 * it; abolished and expired documents take no further change. Each pair is played on the real ledger, at today's
 * date: the allowed ones lead where the rule says, the others are refused with 409 and change nothing.
 */
@IntegrationTest
class NormativeTransitionTableTests {

	/** The expected table, written from rules.md §6 independently of {@link NormativeTransitions}. */
	private static final WrittenRule<Status, NormativeAction> RULE = WrittenRule.of(Status.class, NormativeAction.class)
		.allow(NOT_YET_IN_FORCE, TAKE_EFFECT, IN_FORCE)
		.allow(IN_FORCE, AMEND, AMENDED)
		.allow(IN_FORCE, RENEW, IN_FORCE)
		.allow(IN_FORCE, ABOLISH, ABOLISHED)
		.allow(IN_FORCE, EXPIRE, EXPIRED)
		.allow(AMENDED, AMEND, AMENDED)
		.allow(AMENDED, RENEW, AMENDED)
		.allow(AMENDED, ABOLISH, ABOLISHED)
		.allow(AMENDED, EXPIRE, EXPIRED);

	@Autowired
	NormativeLedger ledger;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	Clock clock;

	static Stream<Arguments> everyPair() {
		return RULE.everyPair();
	}

	@Test
	void theTableIsTheRule() {
		RULE.assertAllowedExactlyBy(NormativeTransitions.TABLE::allowed);
	}

	@ParameterizedTest(name = "{0} × {1}")
	@MethodSource("everyPair")
	@DisplayName("每个状态 × 每个操作")
	void everyPairIsDecidedByTheRule(Status status, NormativeAction action) {
		LocalDate today = LocalDate.now(clock);
		AgencyInfo agency = agency();
		Staff reviewer = reviewerOf(agency);
		AgencyId bureau = agency.id();
		long id = in(status, bureau, reviewer, today);
		assertThat(entry(bureau, id).statusOn(today)).isEqualTo(status);
		Status expected = RULE.next(status, action).orElse(null);
		if (!action.byReviewer()) {
			assertThat(NormativeTransitions.TABLE.next(status, action)).isEqualTo(RULE.next(status, action));
			if (expected != null) {
				NormativeEntry entry = entry(bureau, id);
				LocalDate then = action == TAKE_EFFECT ? entry.issuedOn() : entry.validUntil().plusDays(1);
				assertThat(entry.statusOn(then)).as("the date alone moves it").isEqualTo(expected);
			}
			assertThatThrownBy(() -> NormativeCommand.of(action, today, null)).as("no one's decision, 400")
				.isInstanceOfSatisfying(DomainException.class,
						e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID));
			return;
		}
		NormativeCommand command = command(action, bureau, today);
		if (expected == null) {
			NormativeEntry before = entry(bureau, id);
			assertThatThrownBy(() -> ledger.change(reviewer, id, command))
				.isInstanceOfSatisfying(DomainException.class,
						e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
			assertThat(entry(bureau, id)).isEqualTo(before);
			assertThat(offered(reviewer, id)).doesNotContain(action);
		}
		else {
			assertThat(offered(reviewer, id)).contains(action);
			ledger.change(reviewer, id, command);
			assertThat(entry(bureau, id).statusOn(today)).isEqualTo(expected);
		}
	}

	@Test
	void anEditorIsOfferedNothing() {
		AgencyInfo agency = agency();
		ledger.issue(agency.id(), NormativeKind.NORMATIVE_DOCUMENT, "示例区某局关于编辑查看台账的管理办法", null,
				LocalDate.now(clock).minusMonths(1), null, null, null);
		Staff editor = new Staff(-2, "normative-editor", agency.id(), agency.code(), agency.path(),
				Set.of(Role.EDITOR));
		assertThat(ledger.ledger(editor)).isNotEmpty()
			.allSatisfy(line -> assertThat(line.allowedActions()).isEmpty());
	}

	/** An agency of its own, so that the entries played here count in no other test's ledger or report. */
	private AgencyInfo agency() {
		return agencies.ensureChild("demo-district",
				new NewAgency("demo-normative-table", "示例区规范性文件测试局", null, null, null));
	}

	/** A REVIEWER of that agency, as a login would load one. */
	private static Staff reviewerOf(AgencyInfo agency) {
		return new Staff(-1, "normative-reviewer", agency.id(), agency.code(), agency.path(), Set.of(Role.REVIEWER));
	}

	/** A new entry of the agency brought into {@code status} on {@code today}. */
	private long in(Status status, AgencyId bureau, Staff reviewer, LocalDate today) {
		String title = "示例区某局关于" + status + "事项的管理办法";
		return switch (status) {
			case NOT_YET_IN_FORCE -> ledger.issue(bureau, NormativeKind.NORMATIVE_DOCUMENT, title, null,
					today.plusDays(10), null, null, null);
			case EXPIRED -> ledger.issue(bureau, NormativeKind.NORMATIVE_DOCUMENT, title, null, today.minusYears(3),
					today.minusDays(1), null, null);
			case IN_FORCE, AMENDED, ABOLISHED -> {
				long id = ledger.issue(bureau, NormativeKind.NORMATIVE_DOCUMENT, title, null, today.minusMonths(2),
						null, null, null);
				if (status == AMENDED) {
					ledger.change(reviewer, id, command(AMEND, bureau, today));
				}
				if (status == ABOLISHED) {
					ledger.change(reviewer, id, new NormativeCommand.Abolish(today));
				}
				yield id;
			}
		};
	}

	/** The action with input that satisfies every rule beside the table. */
	private NormativeCommand command(NormativeAction action, AgencyId bureau, LocalDate today) {
		return switch (action) {
			case ABOLISH -> new NormativeCommand.Abolish(today);
			case RENEW -> new NormativeCommand.Renew(today.plusYears(5));
			case AMEND -> new NormativeCommand.Amend(today, ledger.issue(bureau, NormativeKind.NORMATIVE_DOCUMENT,
					"示例区某局关于修改有关管理办法的决定", null, today.minusDays(1), null, null, null));
			case TAKE_EFFECT, EXPIRE -> throw new IllegalArgumentException(action.name());
		};
	}

	private NormativeEntry entry(AgencyId agency, long id) {
		return ledger.of(agency).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
	}

	private Set<NormativeAction> offered(Staff reviewer, long id) {
		return ledger.ledger(reviewer)
			.stream()
			.filter(line -> line.entry().id() == id)
			.findFirst()
			.orElseThrow()
			.allowedActions();
	}

}
