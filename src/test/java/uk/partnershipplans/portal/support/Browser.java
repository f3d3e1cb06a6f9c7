package uk.partnershipplans.portal.support;

import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromedriver}, see {@link Chromium}) pointed at the
 * running portal, with an axe-core check of WCAG 2.2 A and AA that fails on any violation.
 */
public final class Browser {

    static final String CHROMIUM = env("CHROMIUM_BIN", "/usr/bin/chromium");
    static final String CHROMEDRIVER = env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final Chromium chromium;
    private final ChromeDriver driver;
    private final String baseUrl;

    private Browser(Chromium chromium, String baseUrl) {
        this.chromium = chromium;
        this.driver = chromium.driver();
        this.baseUrl = baseUrl;
    }

    static boolean isInstalled() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    /** A browser on the portal at {@code port}, in the run's one Chromium, signed out and with nothing stored. */
    static Browser on(Chromium chromium, int port) {
        return new Browser(chromium, "http://localhost:" + port);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Opens a page of the portal and checks it with axe-core. */
    public Browser visit(String path) {
        driver.get(baseUrl + path);
        return assertAccessible();
    }

    /** Fills and sends the sign-in form, then checks the page that follows. */
    public Browser signIn(String username, String password) {
        visit("/login");
        type("username", username);
        type("password", password);
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
        return assertAccessible();
    }

    public Browser signOut() {
        driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
        return assertAccessible();
    }

    public void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public String text(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector)).getText();
    }

    public List<String> texts(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).stream().map(WebElement::getText).toList();
    }

    /**
     * Runs axe-core on the current page against WCAG 2.2 A and AA, with no rule switched off. The portal's pages have
     * no frames, so axe runs in the page itself ({@code axe.run}, the "legacy" mode): the default mode injects axe a
     * second time into a blank window of its own to merge the results of frames, which doubles the cost of each check
     * and finds nothing more on a page without frames. Every rule runs; only the violations come back with all their
     * nodes, since the passes of a long table would otherwise be sent back node by node. Chromium loads axe into each
     * page as the page opens ({@link Chromium#ensureAxe}), rather than the test sending its half a megabyte each time.
     */
    public Browser assertAccessible() {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        AxeBuilder axe = new AxeBuilder().withOptions(options).withTags(WCAG_22_AA).setLegacyMode(true);
        axe.setInjectAxe(page -> chromium.ensureAxe(), false);
        Results results = axe.analyze(driver);
        if (results.isErrored()) {
            fail("axe-core could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        if (!results.getViolations().isEmpty()) {
            fail("Accessibility violations on " + driver.getCurrentUrl() + ":\n" + describe(results.getViolations()));
        }
        return this;
    }

    /**
     * Follows the link in the page's content (or the back link) whose whole text is {@code linkText}, then checks the
     * page it leads to with axe-core.
     */
    public Browser click(String linkText) {
        driver.findElements(By.cssSelector("main a, .govuk-back-link")).stream()
                .filter(link -> linkText.equals(link.getAttribute("textContent").strip().replaceAll("\\s+", " ")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No link '" + linkText + "' on " + path()))
                .click();
        return assertAccessible();
    }

    /** Sends the page's form with its main button, then checks the page that answers with axe-core. */
    public Browser save() {
        driver.findElement(By.cssSelector("main form[method=post] button[type=submit]")).click();
        return assertAccessible();
    }

    /** Saves a PNG of the page as {@code name}.png in the folder named by {@code -Dportal.screenshots}, if set. */
    public void shot(String name) {
        String folder = System.getProperty("portal.screenshots", "");
        if (!folder.isEmpty()) {
            screenshot(Path.of(folder, name + ".png"));
        }
    }

    /** Saves a PNG of the page, for a person to look at. */
    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                        + rule.getNodes().stream().map(node -> "    " + node.getTarget() + " " + node.getFailureSummary())
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
