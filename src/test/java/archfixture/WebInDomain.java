package archfixture;

import org.springframework.http.HttpStatus;

/** Breaks the web-package rule on purpose: ArchitectureTests shows that the rule fires on it. */
class WebInDomain {

	HttpStatus decide() {
		return HttpStatus.CONFLICT;
	}

}
