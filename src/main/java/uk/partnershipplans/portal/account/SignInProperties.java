package uk.partnershipplans.portal.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How many failed sign-ins in a row lock an account, and for how long. */
@ConfigurationProperties("portal.sign-in")
record SignInProperties(int maxFailedAttempts, Duration lockDuration) {
}
