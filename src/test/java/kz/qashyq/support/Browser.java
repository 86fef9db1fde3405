package kz.qashyq.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium from the Debian packages ({@code chromium}, {@code chromium-driver}),
 * driven by Selenium. On CI ({@code CI=true}) a missing browser fails the tests;
 * elsewhere the browser tests are skipped with a message saying how to install it.
 */
public final class Browser {

	private Browser() {
	}

	public static ChromeDriver start() {
		Optional<Path> chromium = find("chromium", "chromium-browser", "google-chrome");
		Optional<Path> driver = find("chromedriver");
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		String missing = "headless Chromium and chromedriver are needed for the browser tests: "
				+ "apt-get install chromium chromium-driver";
		if (ci && (chromium.isEmpty() || driver.isEmpty())) {
			throw new IllegalStateException(missing);
		}
		assumeTrue(chromium.isPresent() && driver.isPresent(), missing);
		try {
			Path profile = Files.createTempDirectory("qashyq-chromium");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(chromium.get().toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--disable-quic", "--window-size=1280,900", "--lang=en", "--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver browser = new ChromeDriver(service, options);
			browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return browser;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not create a Chromium profile folder", ex);
		}
	}

	/**
	 * Signs a demo account in (password {@code demo}) through the login form, in English,
	 * and waits until the login page is left.
	 */
	public static void signIn(ChromeDriver browser, int port, String account) {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/login?lang=en");
		browser.findElement(By.name("username")).sendKeys(account);
		browser.findElement(By.name("password")).sendKeys("demo");
		browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private static Optional<Path> find(String... names) {
		String pathVariable = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
		List<Path> folders = Stream
			.concat(Stream.of(pathVariable.split(":")), Stream.of("/usr/bin", "/usr/lib/chromium"))
			.map(Path::of)
			.toList();
		for (String name : names) {
			for (Path folder : folders) {
				Path candidate = folder.resolve(name);
				if (Files.isExecutable(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

}
