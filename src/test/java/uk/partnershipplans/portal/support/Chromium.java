package uk.partnershipplans.portal.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The run's one headless Chromium. Starting a browser costs more than most tests' pages, so the browser tests share
 * one, and each test starts signed out: {@link #forget()} clears the cookies (the portal keeps nothing else in the
 * browser), ends any emulated media (a test of the printed page asks for print) and puts the window back to its size
 * after every test. The browser's cache of the portal's styles and scripts is kept, as a returning visitor's is. It
 * loads axe-core into every page it opens, for {@link Browser}'s accessibility check.
 */
final class Chromium implements AutoCloseable {

    private static final Dimension WINDOW = new Dimension(1280, 1024);
    /** axe-core as the axe-core Selenium library ships it, so that the check's version is the library's. */
    private static final String AXE = axeCore();

    private final ChromeDriver driver;
    private final Path profile;

    Chromium() {
        try {
            this.profile = Files.createTempDirectory("portal-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Browser.CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=" + WINDOW.width + "," + WINDOW.height, "--lang=en-GB",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(Browser.CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE));
    }

    /** Makes sure the page open now has axe-core: pages that opened before the script was added are given it here. */
    void ensureAxe() {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(AXE);
        }
    }

    private static String axeCore() {
        try (InputStream script = Chromium.class.getResourceAsStream("/axe.min.js")) {
            if (script == null) {
                throw new IllegalStateException("axe.min.js is not on the class path (com.deque.html.axe-core:selenium)");
            }
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Leaves the browser on a blank page, with no cookie of any portal, screen media and its window's usual size. */
    void forget() {
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        driver.manage().window().setSize(WINDOW);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // A temporary profile left behind does no harm.
        }
    }
}
