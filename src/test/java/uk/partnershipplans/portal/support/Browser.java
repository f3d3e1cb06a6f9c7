package uk.partnershipplans.portal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeReporter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromedriver}, see {@link Chromium}) pointed at the
 * running portal, with an axe-core check of WCAG 2.2 A and AA that fails on any violation.
 */
public final class Browser {

    static final String CHROMIUM = env("CHROMIUM_BIN", "/usr/bin/chromium");
    static final String CHROMEDRIVER = env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /** axe's options, as axe-core's Selenium library would send them: every WCAG 2.2 A and AA rule, violations only. */
    private static final String AXE_OPTIONS = axeOptions();
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The page states that axe-core has passed in this run, by {@link #STATE}. axe-core's verdict is a function of what
     * it reads: the DOM, the styles that apply to it, the layout in the window and the few live states that CSS can
     * see. The styles are the portal's own static files, which cannot change while the run's JVM serves them, and the
     * inline styles are in the markup. So a state identical in all of these to one that passed would pass again, and is
     * not checked a second time. Only passes are remembered: a state that failed is checked, and fails, every time.
     */
    private static final Set<String> PASSED = ConcurrentHashMap.newKeySet();

    /**
     * A SHA-256 digest of everything axe-core's verdict depends on besides the static styles: the markup (with the
     * per-session form tokens blanked, which no rule reads), the live values of form fields (not in the markup once
     * typed into), the focused and hovered elements, the address (for {@code :target}), the window, the scroll,
     * the emulated media, whether the fonts and images have loaded, and the document's mode.
     */
    private static final String STATE = """
            var callback = arguments[arguments.length - 1];
            var path = function (element) {
                var steps = [];
                for (var e = element; e && e.parentElement; e = e.parentElement) {
                    steps.unshift(Array.prototype.indexOf.call(e.parentElement.children, e));
                }
                return element ? steps.join('/') : null;
            };
            var root = document.documentElement.cloneNode(true);
            root.querySelectorAll('input[name="_csrf"]').forEach(function (input) { input.setAttribute('value', ''); });
            root.querySelectorAll('meta[name="_csrf"]').forEach(function (meta) { meta.setAttribute('content', ''); });
            var fields = Array.prototype.map.call(document.querySelectorAll('input, select, textarea, option'),
                function (field) {
                    return field.name === '_csrf' ? '' : [field.value, field.checked, field.selected, field.disabled];
                });
            var hovered = document.querySelectorAll(':hover');
            var media = ['print', 'screen', '(prefers-color-scheme: dark)', '(prefers-reduced-motion: reduce)',
                '(forced-colors: active)', '(prefers-contrast: more)'].map(function (query) {
                    return window.matchMedia(query).matches;
                });
            var state = JSON.stringify([location.href, document.compatMode, window.innerWidth, window.innerHeight,
                window.outerWidth, window.outerHeight, window.devicePixelRatio, window.scrollX, window.scrollY, media,
                document.fonts.status, Array.prototype.map.call(document.images, function (image) { return image.complete; }),
                path(document.activeElement), path(hovered[hovered.length - 1]), fields, root.outerHTML]);
            crypto.subtle.digest('SHA-256', new TextEncoder().encode(state)).then(function (digest) {
                callback(Array.from(new Uint8Array(digest), function (b) { return b.toString(16).padStart(2, '0'); }).join(''));
            }, function (error) { callback('unknown: ' + error); });
            """;

    /**
     * The first link in the page's content (or back link) whose text content, with white space at its ends stripped
     * and runs of white space made one space as Java's {@code strip()} and {@code \\s+} do, is {@code arguments[0]}:
     * found in one call to the browser rather than one for each link.
     */
    private static final String FIND_LINK = """
            var ends = /^[\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000]+|[\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000]+$/g;
            var links = document.querySelectorAll('main a, .govuk-back-link');
            for (var i = 0; i < links.length; i++) {
                if (links[i].textContent.replace(ends, '').replace(/[ \\t\\n\\u000B\\f\\r]+/g, ' ') === arguments[0]) {
                    return links[i];
                }
            }
            return null;
            """;

    /**
     * What axe-core's Selenium library runs in its "legacy" mode ({@code axe.configure} to its own origin, then
     * {@code axe.run} on the whole document), in one call to the browser rather than the library's dozen.
     */
    private static final String RUN_AXE = """
            var callback = arguments[arguments.length - 1];
            if (typeof window.axe !== 'object') {
                callback('axe-core is not loaded');
                return;
            }
            axe.configure({ allowedOrigins: ['<same_origin>'] });
            axe.run(document, JSON.parse(arguments[0]))
                .then(function (results) { callback(JSON.parse(JSON.stringify(results))); },
                      function (error) { callback('axe-core failed: ' + (error && error.stack || error)); });
            """;

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
        WebElement send = driver.findElement(By.cssSelector("main button[type=submit]"));
        return leaveBy(send::click);
    }

    public Browser signOut() {
        WebElement signOut = driver.findElement(By.cssSelector("form[action='/logout'] button"));
        return leaveBy(signOut::click);
    }

    /**
     * Does what leaves the page (a click on a link or a form's button), waits until the next page has loaded, and checks
     * it with axe-core. A form's sending can begin after the click has returned: the page left is marked first, so that
     * nothing is read from it, or checked, while it is going.
     */
    private Browser leaveBy(Runnable leave) {
        driver.executeScript("window.portalLeft = true");
        leave.run();
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(driver.executeScript(
                        "return window.portalLeft !== true && document.readyState === 'complete'")));
        return assertAccessible();
    }

    /**
     * Types {@code text} into the field {@code id} in place of what it held: the field is cleared and focused, and the
     * text goes in as one input, as an input method or a paste puts it ({@code Input.insertText}), with the field's
     * input events. Sending each character as its own key costs a round trip each; the journeys done by keyboard alone
     * send real keys to the fields themselves.
     */
    public void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        driver.executeScript("arguments[0].focus()", field);
        driver.executeCdpCommand("Input.insertText", Map.of("text", text));
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
     * The options are those axe-core's Selenium library builds, and the results are read into its {@link Results}; the
     * run itself is one call to the browser. A page state that already passed in this run is not checked again
     * ({@link #PASSED}).
     */
    public Browser assertAccessible() {
        Object state = driver.executeAsyncScript(STATE);
        if (state instanceof String key && key.length() == 64 && PASSED.contains(key)) {
            return this;
        }
        Object answer = driver.executeAsyncScript(RUN_AXE, AXE_OPTIONS);
        if ("axe-core is not loaded".equals(answer)) {
            chromium.ensureAxe();
            answer = driver.executeAsyncScript(RUN_AXE, AXE_OPTIONS);
        }
        if (!(answer instanceof Map<?, ?>)) {
            fail("axe-core could not check " + driver.getCurrentUrl() + ": " + answer);
        }
        Results results = JSON.convertValue(answer, Results.class);
        if (results.isErrored()) {
            fail("axe-core could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        if (results.getViolations() == null) {
            fail("axe-core gave no list of violations for " + driver.getCurrentUrl() + ": " + answer);
        }
        if (!results.getViolations().isEmpty()) {
            fail("Accessibility violations on " + driver.getCurrentUrl() + ":\n" + describe(results.getViolations()));
        }
        if (state instanceof String key && key.length() == 64) {
            PASSED.add(key);
        }
        return this;
    }

    /**
     * Follows the link in the page's content (or the back link) whose whole text is {@code linkText}, then checks the
     * page it leads to with axe-core.
     */
    public Browser click(String linkText) {
        Object link = driver.executeScript(FIND_LINK, linkText);
        if (!(link instanceof WebElement element)) {
            throw new AssertionError("No link '" + linkText + "' on " + path());
        }
        return leaveBy(element::click);
    }

    /**
     * Clicks what leaves the page (a link, or a form's button), waits until the next page has loaded, and checks it
     * with axe-core.
     */
    public Browser press(WebElement linkOrButton) {
        return leaveBy(linkOrButton::click);
    }

    /** Sends the page's form with its main button, then checks the page that answers with axe-core. */
    public Browser save() {
        WebElement send = driver.findElement(By.cssSelector("main form[method=post] button[type=submit]"));
        return leaveBy(send::click);
    }

    /** Waits, up to thirty seconds (work in the background is slow on a busy machine), until {@code condition} holds of the page. */
    public void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition::apply);
    }

    /** The element that has the keyboard's focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * Waits for a page with errors, whose error summary GOV.UK Frontend focuses; the first Tab reaches the summary's
     * first link, which is returned. The page is checked with axe-core only then, as the check moves the focus.
     */
    public WebElement firstErrorLink() {
        waitUntil(page -> page.getTitle().startsWith("Error:"));
        waitUntil(page -> String.valueOf(focused().getAttribute("class")).contains("govuk-error-summary"));
        focused().sendKeys(Keys.TAB);
        WebElement link = focused();
        assertThat(link.getText()).isEqualTo(texts(".govuk-error-summary__list a").get(0));
        assertAccessible();
        return link;
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

    private static String axeOptions() {
        AxeRunOnlyOptions runOnly = new AxeRunOnlyOptions();
        runOnly.setType("tag");
        runOnly.setValues(WCAG_22_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(runOnly);
        options.setResultTypes(List.of("violations"));
        return AxeReporter.serialize(options);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
