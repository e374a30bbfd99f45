package org.gongkai.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (vendored in src/test/resources/axe, see its README) run on the page a browser shows: the serious and
 * critical findings, each as its rule, impact and first elements, for an assertion that there are none.
 */
final class Axe {

	private static final String SOURCE = load();

	private Axe() {
	}

	/** The serious and critical violations of WCAG 2.1 A/AA and best practice on the current page. */
	@SuppressWarnings("unchecked")
	static List<String> seriousFindings(WebDriver driver) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript(SOURCE);
		Object found = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, {resultTypes: ['violations']})
				  .then(results => done(results.violations
				    .filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
				      + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '))))
				  .catch(e => done(['axe failed: ' + e]));""");
		return (List<String>) found;
	}

	private static String load() {
		try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("src/test/resources/axe/axe.min.js is missing");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
