package uk.partnershipplans.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the sign-in throttle remembers: a bounded number of keys, and an IPv6 customer's addresses as one. */
class SignInThrottleMemoryTest {

    private final SignInProperties properties = new SignInProperties();
    private final SignInThrottle throttle = new SignInThrottle(properties);

    @Test
    void beyondTheUsernamesItRemembersTheLongestUnusedIsForgottenAndStartsAfresh() {
        properties.getThrottle().setPerUsername(1);
        properties.getThrottle().setRemembered(2);
        assertThat(throttle.takeAttempt("192.0.2.1", "first")).isEmpty();
        assertThat(throttle.takeAttempt("192.0.2.1", "first")).contains(Duration.ofMinutes(1));

        throttle.takeAttempt("192.0.2.1", "second");
        throttle.takeAttempt("192.0.2.1", "third");

        assertThat(throttle.takeAttempt("192.0.2.1", "first")).as("forgotten").isEmpty();
        assertThat(throttle.takeAttempt("192.0.2.1", "third")).as("remembered").isPresent();
    }

    @Test
    void usernamesCountAsTheAccountWouldBeFoundAndVeryLongOnesShareOneAllowance() {
        properties.getThrottle().setPerUsername(1);
        assertThat(throttle.takeAttempt("192.0.2.1", "Jane.Smith")).isEmpty();
        assertThat(throttle.takeAttempt("192.0.2.1", " jane.smith ")).isPresent();

        assertThat(throttle.takeAttempt("192.0.2.1", "x".repeat(100) + "a")).isEmpty();
        assertThat(throttle.takeAttempt("192.0.2.1", "x".repeat(100) + "b")).isPresent();
    }

    @Test
    void addressesOfOneIpv6CustomerShareOneAllowanceAndIpv4AddressesEachHaveTheirOwn() {
        properties.getThrottle().setPerAddress(1);
        assertThat(throttle.takeAttempt("2001:db8:1:2:0:0:0:1", "a")).isEmpty();
        assertThat(throttle.takeAttempt("2001:db8:1:2:ffff:1:2:3", "b")).as("same /64").isPresent();
        assertThat(throttle.takeAttempt("2001:db8:1:3:0:0:0:1", "c")).as("another /64").isEmpty();

        assertThat(throttle.takeAttempt("192.0.2.1", "d")).isEmpty();
        assertThat(throttle.takeAttempt("192.0.2.2", "e")).isEmpty();
        assertThat(throttle.takeAttempt("192.0.2.1", "f")).isPresent();
    }
}
