package org.gongkai.browser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * The browsers a test opens ({@link Browser#start()}), each quit after the test whether it passed or not: a test
 * class registers one with {@code @RegisterExtension final Browsers browsers = new Browsers();} and opens as many as
 * its people need (a citizen's and an officer's).
 */
public final class Browsers implements AfterEachCallback {

	private final List<WebDriver> open = new ArrayList<>();

	/** Starts a browser that is quit after the test. */
	public WebDriver open() throws IOException {
		WebDriver driver = Browser.start();
		open.add(driver);
		return driver;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		try {
			open.forEach(WebDriver::quit);
		}
		finally {
			open.clear();
		}
	}

}
