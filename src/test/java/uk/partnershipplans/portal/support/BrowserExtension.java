package uk.partnershipplans.portal.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each browser test a {@link Browser} on the running portal, in the run's one {@link Chromium}, signed out again
 * after each test. Where Chromium is not installed the tests are skipped with a message, except when {@code CI=true}:
 * there they run, and fail if Chromium is missing.
 */
class BrowserExtension implements ExecutionCondition, ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Browser.isInstalled() || "true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("Chromium is at " + Browser.CHROMIUM);
        }
        return ConditionEvaluationResult.disabled("Browser tests skipped: Chromium or ChromeDriver is not installed at "
                + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER + " (apt-get install chromium chromium-driver, "
                + "or set CHROMIUM_BIN and CHROMEDRIVER_BIN).");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        int port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class);
        return Browser.on(chromium(context), port);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        chromium(context).forget();
    }

    /** Started by the first browser test and closed by JUnit when the run ends. */
    private static Chromium chromium(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent("chromium", key -> new Chromium(), Chromium.class);
    }
}
