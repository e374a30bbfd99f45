package org.gongkai.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Several fields of one input are wrong at once: the form shows each message next to its field, the API lists them
 * all. Collect with {@link Violations}, then {@link Violations#throwIfAny()}.
 */
public class InvalidInput extends DomainException {

	/** One field at fault, with the message key and its arguments. */
	public record Violation(String field, String messageKey, Object... arguments) {
	}

	private final List<Violation> violations;

	InvalidInput(List<Violation> violations) {
		super(Kind.INVALID, violations.get(0).field(), violations.get(0).messageKey(), violations.get(0).arguments());
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}

	/** Collects the violations of one input. */
	public static final class Violations {

		private final List<Violation> found = new ArrayList<>();

		public Violations add(String field, String messageKey, Object... arguments) {
			found.add(new Violation(field, messageKey, arguments));
			return this;
		}

		/** Adds a violation when {@code value} is null or blank; answers whether it was present. */
		public boolean require(String field, String value) {
			if (value == null || value.isBlank()) {
				add(field, "validation.required");
				return false;
			}
			return true;
		}

		public boolean isEmpty() {
			return found.isEmpty();
		}

		public void throwIfAny() {
			if (!found.isEmpty()) {
				throw new InvalidInput(found);
			}
		}

	}

}
