package org.gongkai.publishing;

import java.time.LocalDate;

import org.gongkai.platform.DomainException;

/**
 * One change of an entry of the ledger, with exactly what it needs; {@link NormativeLedger#change} asks the table
 * whether it may happen now (409) and checks its dates.
 */
public sealed interface NormativeCommand {

	NormativeAction action();

	/** The day the change takes effect (for a renewal, the last day of the new validity period). */
	LocalDate on();

	/** The change from the flat shape the ledger's form binds; missing input is 400. */
	static NormativeCommand of(NormativeAction action, LocalDate on, Long amendedBy) {
		if (action == null) {
			throw DomainException.invalid("action", "validation.required");
		}
		return switch (action) {
			case ABOLISH -> new Abolish(on);
			case RENEW -> new Renew(on);
			case AMEND -> new Amend(on, amendedBy);
			case TAKE_EFFECT, EXPIRE -> throw DomainException.invalid("action", "publishing.normative.byDate");
		};
	}

	/** 废止 from {@code on}. */
	record Abolish(LocalDate on) implements NormativeCommand {

		public Abolish {
			required("on", on);
		}

		@Override
		public NormativeAction action() {
			return NormativeAction.ABOLISH;
		}

	}

	/** 重新公布: in force until {@code on}. */
	record Renew(LocalDate on) implements NormativeCommand {

		public Renew {
			required("on", on);
		}

		@Override
		public NormativeAction action() {
			return NormativeAction.RENEW;
		}

	}

	/** 修改 from {@code on} by the ledger's entry {@code amendedBy}. */
	record Amend(LocalDate on, Long amendedBy) implements NormativeCommand {

		public Amend {
			required("on", on);
			required("amendedBy", amendedBy);
		}

		@Override
		public NormativeAction action() {
			return NormativeAction.AMEND;
		}

	}

	private static void required(String field, Object value) {
		if (value == null) {
			throw DomainException.invalid(field, "validation.required");
		}
	}

}
