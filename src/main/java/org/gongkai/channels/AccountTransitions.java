package org.gongkai.channels;

import static org.gongkai.channels.AccountAction.CLOSE;
import static org.gongkai.channels.AccountAction.RESUME;
import static org.gongkai.channels.AccountAction.SUSPEND;
import static org.gongkai.channels.AccountStatus.ACTIVE;
import static org.gongkai.channels.AccountStatus.CLOSED;
import static org.gongkai.channels.AccountStatus.SUSPENDED;

import org.gongkai.platform.TransitionTable;

/** The one table of a register account's moves. */
final class AccountTransitions {

	static final TransitionTable<AccountStatus, AccountAction> TABLE = TransitionTable
		.builder(AccountStatus.class, AccountAction.class, "channels.account.notAllowed")
		.initial(ACTIVE)
		.from(ACTIVE).on(SUSPEND, SUSPENDED).on(CLOSE, CLOSED)
		.from(SUSPENDED).on(RESUME, ACTIVE).on(CLOSE, CLOSED)
		.from(CLOSED)
		.build();

	private AccountTransitions() {
	}

}
