package bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.gongkai.GongkaiApplication;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * bench/login-challenge: how long the login's proof of work (issue 19) takes in a browser on a phone-class CPU. Starts
 * the application in-process (fresh data directory, no demo), fails one login as {@code admin} so that the login page
 * carries a real challenge at the configured difficulty, and loads that page N times per CPU rate in Debian's headless
 * Chromium with a 390 px wide mobile viewport and {@code Emulation.setCPUThrottlingRate} (1, 4, 6; 4–6× stands in for
 * a mid-range phone). Each load issues a new challenge, which the page's own {@code /assets/login-proof.js} solves; the
 * time runs from the script's start (its "working" status) to its "done" status, observed in the page. Prints, per
 * rate, the median and p95 of the solve times, the hash rate, and the median and p95 that the hash rate predicts
 * (the number of hashes is geometric: median ln 2 · 2^d, p95 ln 20 · 2^d). Run it with
 * {@code bench/login-challenge/run.sh [N] [difficulty]}.
 */
public final class LoginChallengeBenchmark {

	private static final String PASSWORD = "Bench-Login-2026";

	/** Installed before each page's scripts: notes when the challenge's status says working, then done. */
	private static final String OBSERVER = """
			new MutationObserver(function () {
			  var state = document.getElementById('login-challenge-state');
			  if (!state) { return; }
			  if (window.__started === undefined && state.textContent === state.getAttribute('data-working')) {
			    window.__started = performance.now();
			  }
			  if (window.__solved === undefined && state.textContent === state.getAttribute('data-done')) {
			    window.__solved = performance.now();
			  }
			}).observe(document, { subtree: true, childList: true, characterData: true });
			""";

	public static void main(String[] args) throws Exception {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
		List<String> settings = new ArrayList<>(List.of("--gongkai.demo=false", "--gongkai.admin-password=" + PASSWORD,
				"--server.port=0", "--logging.level.root=WARN", "--logging.level.org.gongkai=WARN",
				"--gongkai.security.lockout.max-failures=1"));
		if (args.length > 1) {
			settings.add("--gongkai.security.login.difficulty=" + Integer.parseInt(args[1]));
		}
		Path dataDir = Files.createTempDirectory("gongkai-bench-login");
		settings.add("--gongkai.data-dir=" + dataDir);
		ChromeDriver driver = null;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GongkaiApplication.class)
			.run(settings.toArray(String[]::new))) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			driver = browser(dataDir.resolve("chromium"));
			driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
			driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVER));
			String base = "http://localhost:" + port;
			failOnce(driver, base);
			System.out.printf("Chromium %s, %d solves per rate, 390×844 mobile viewport, %d cores on the host%n",
					driver.getCapabilities().getBrowserVersion(), runs, Runtime.getRuntime().availableProcessors());
			for (int rate : new int[] { 1, 4, 6 }) {
				driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", rate));
				measure(driver, base, rate, runs);
			}
		}
		finally {
			if (driver != null) {
				driver.quit();
			}
			org.springframework.util.FileSystemUtils.deleteRecursively(dataDir);
		}
	}

	private static ChromeDriver browser(Path profile) throws Exception {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--lang=zh-CN",
				"--user-data-dir=" + profile);
		return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver")
			.toFile()).usingAnyFreePort().build(), options);
	}

	/** One failed login as admin: from then on the login page carries a challenge for admin. */
	private static void failOnce(ChromeDriver driver, String base) {
		driver.get(base + "/admin/login?lang=zh_CN");
		driver.findElement(By.id("username")).sendKeys("admin");
		driver.findElement(By.id("password")).sendKeys("not-the-password-1");
		driver.findElement(By.cssSelector("button.primary")).click();
		new WebDriverWait(driver, Duration.ofSeconds(30)).until(page -> page.getCurrentUrl().contains("error"));
		if (driver.findElements(By.id("login-challenge")).isEmpty()) {
			throw new IllegalStateException("the login page carries no challenge after a failed login");
		}
	}

	private static void measure(ChromeDriver driver, String base, int rate, int runs) throws Exception {
		double[] millis = new double[runs];
		long hashes = 0;
		int difficulty = 0;
		for (int run = 0; run < runs; run++) {
			driver.get(base + "/admin/login?error");
			var box = driver.findElement(By.id("login-challenge"));
			String nonce = box.getAttribute("data-nonce");
			difficulty = Integer.parseInt(box.getAttribute("data-difficulty"));
			new WebDriverWait(driver, Duration.ofMinutes(5)).pollingEvery(Duration.ofMillis(20))
				.until(page -> ((JavascriptExecutor) page).executeScript("return window.__solved !== undefined"));
			Object started = driver.executeScript("return window.__started");
			Object solved = driver.executeScript("return window.__solved");
			millis[run] = ((Number) solved).doubleValue() - ((Number) started).doubleValue();
			String proof = driver.findElement(By.id("login-proof")).getAttribute("value");
			if (!solves(nonce, proof, difficulty)) {
				throw new IllegalStateException("the page's proof " + proof + " does not answer its challenge");
			}
			hashes += Long.parseLong(proof) + 1;
		}
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		double total = Arrays.stream(millis).sum();
		double perSecond = hashes / (total / 1000);
		double expected = Math.pow(2, difficulty);
		System.out.printf(
				"rate %d×: difficulty %d bits, %d solves: median %.0f ms, p95 %.0f ms, max %.0f ms; %,.0f hashes/s "
						+ "(%,d hashes); predicted from the hash rate: median %.0f ms, p95 %.0f ms, mean %.0f ms%n",
				rate, difficulty, runs, percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1],
				perSecond, hashes, Math.log(2) * expected / perSecond * 1000, Math.log(20) * expected / perSecond * 1000,
				expected / perSecond * 1000);
	}

	/** The nearest-rank percentile of sorted values. */
	private static double percentile(double[] sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	/** Whether SHA-256 of {@code nonce:counter} starts with {@code difficulty} zero bits (as the server checks). */
	private static boolean solves(String nonce, String counter, int difficulty) throws Exception {
		byte[] hash = MessageDigest.getInstance("SHA-256").digest((nonce + ":" + counter).getBytes(StandardCharsets.UTF_8));
		for (int bit = 0; bit < difficulty; bit++) {
			if ((hash[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
				return false;
			}
		}
		return true;
	}

}
