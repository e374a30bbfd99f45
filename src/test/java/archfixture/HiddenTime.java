package archfixture;

import java.time.LocalDate;

/** Breaks the clock rule on purpose: ArchitectureTests shows that the rule fires on it. */
class HiddenTime {

	LocalDate today() {
		return LocalDate.now();
	}

}
