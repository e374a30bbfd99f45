package org.gongkai.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (no download, no Selenium Manager). On a machine
 * without them the browser tests are skipped, so that a fresh checkout's tests pass with only a JDK; in CI
 * ({@code CI=true}) their absence fails the run instead.
 */
public final class Browser {

	static final File CHROMIUM = new File("/usr/bin/chromium");

	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private Browser() {
	}

	public static WebDriver start() throws IOException {
		boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("CI needs Debian's chromium and chromium-driver (see .ci/run)");
		}
		Assumptions.assumeTrue(installed, "browser tests need /usr/bin/chromium and /usr/bin/chromedriver");
		Path home = Files.createTempDirectory("chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,900", "--lang=zh-CN",
				"--user-data-dir=" + home.resolve("profile"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		WebDriver driver;
		try {
			driver = new Chromium(service, options, home);
		}
		catch (RuntimeException e) {
			FileSystemUtils.deleteRecursively(home.toFile());
			throw e;
		}
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return driver;
	}

	/** Logs a demo staff member in through the login page (with Chinese as the page language). */
	public static void logIn(WebDriver driver, int port, String username) {
		driver.get("http://localhost:" + port + "/admin/login?lang=zh_CN");
		driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
		driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(org.gongkai.IntegrationTest.PASSWORD);
		driver.findElement(org.openqa.selenium.By.cssSelector("button.primary")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
			.until(signedIn -> !signedIn.getCurrentUrl().contains("/admin/login"));
	}

	/**
	 * Clicks a button or link that loads a new page and waits until the old page is gone and the new one has loaded,
	 * so that the next look-up cannot find an element of the page being left.
	 */
	public static void clickAndLoad(WebDriver driver, org.openqa.selenium.WebElement element) {
		org.openqa.selenium.WebElement page = driver.findElement(org.openqa.selenium.By.tagName("html"));
		element.click();
		org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(driver,
				java.time.Duration.ofSeconds(30));
		wait.until(left -> gone(page));
		wait.until(loaded -> "complete"
			.equals(((org.openqa.selenium.JavascriptExecutor) loaded).executeScript("return document.readyState")));
	}

	/**
	 * Whether the element's page is gone. Chromium sometimes answers a look at an element of a page being left with
	 * "Node with given id does not belong to the document" instead of a stale-element error; that too means gone.
	 */
	private static boolean gone(org.openqa.selenium.WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException e) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException e) {
			if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw e;
		}
	}

	/**
	 * Has a browser of {@link #start()} save what it downloads into a new directory beside its profile (removed with it
	 * when the browser quits), and returns that directory.
	 */
	public static Path downloadInto(WebDriver driver, String name) throws IOException {
		if (!(driver instanceof Chromium chromium)) {
			throw new IllegalArgumentException("not a browser of Browser.start(): " + driver);
		}
		Path downloads = Files.createTempDirectory(chromium.home, name);
		((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toString()));
		return downloads;
	}

	/**
	 * The file downloaded into that directory whose name starts with the prefix and ends with the suffix, once its
	 * download is complete. Chromium first reserves the final name with an empty file and writes into a
	 * {@code .crdownload} beside it, which it then renames over the empty one; until then the file is not there yet.
	 */
	public static Path downloaded(WebDriver driver, Path downloads, String prefix, String suffix) {
		return new WebDriverWait(driver, Duration.ofSeconds(30)).until(done -> {
			try (Stream<Path> files = Files.list(downloads)) {
				Path found = null;
				for (Path file : (Iterable<Path>) files::iterator) {
					String name = file.getFileName().toString();
					if (name.endsWith(".crdownload")) {
						return null;
					}
					if (name.startsWith(prefix) && name.endsWith(suffix) && Files.size(file) > 0) {
						found = file;
					}
				}
				return found;
			}
			catch (IOException e) {
				return null;
			}
		});
	}

	/** Like {@link #screenshot} where a test has no use for the path. */
	public static void screenshotQuietly(WebDriver driver, String name) {
		try {
			screenshot(driver, name);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** Saves what the browser shows under target/screenshots/, for a person to look at. */
	public static Path screenshot(WebDriver driver, String name) throws IOException {
		Path target = Path.of("target", "screenshots", name + ".png");
		Files.createDirectories(target.getParent());
		Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		return target;
	}

	/**
	 * A Chromium whose profile and downloads live in one temporary directory, removed when it quits (about 3 MB a
	 * browser, which would otherwise stay behind in the temporary directory after every run of the suite).
	 */
	private static final class Chromium extends ChromeDriver {

		private final Path home;

		Chromium(ChromeDriverService service, ChromeOptions options, Path home) {
			super(service, options);
			this.home = home;
		}

		@Override
		public void quit() {
			try {
				super.quit();
			}
			finally {
				FileSystemUtils.deleteRecursively(home.toFile());
			}
		}

	}

}
