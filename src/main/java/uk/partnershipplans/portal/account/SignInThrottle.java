package uk.partnershipplans.portal.account;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.account.SignInProperties.Throttle;

/**
 * Throttles sign-in attempts, before any password is checked: each attempt takes one from its client address's
 * allowance and one from its username's (known or not, as the account would be found), refilled every period
 * ({@code portal.sign-in.throttle.*}). A right password gives the username its allowance back; an address's is not
 * given back, so that guessing one password across many usernames is slowed too. Each allowance is a resilience4j
 * {@link RateLimiter}, whose permissions are taken atomically, so attempts at the same instant cannot share one.
 *
 * <p>The limiters are kept in memory, one per address and per username, at most {@code remembered} of each: beyond
 * that the longest unused is forgotten (and starts afresh if it comes back). The limits are read at each attempt, and
 * a limiter made under other limits is made again.
 */
@Component
class SignInThrottle {

    /** Longer usernames cannot be accounts' (the database holds 100 characters): they share one allowance. */
    private static final int USERNAME_LENGTH = 100;

    private final SignInProperties properties;
    private final Limiters addresses = new Limiters("sign-in per address");
    private final Limiters usernames = new Limiters("sign-in per username");

    SignInThrottle(SignInProperties properties) {
        this.properties = properties;
    }

    /**
     * Takes an attempt from the address's allowance, then from the username's: empty when both had one, else how long
     * to wait before trying again. An address over its limit takes nothing from the username's.
     */
    Optional<Duration> takeAttempt(String clientAddress, String username) {
        Throttle limits = properties.getThrottle();
        boolean allowed = addresses.take(addressKey(clientAddress), limits.getPerAddress(), limits)
                && usernames.take(usernameKey(username), limits.getPerUsername(), limits);
        return allowed ? Optional.empty() : Optional.of(limits.getPeriod());
    }

    /** The username's right password was given: it has its whole allowance again. */
    void forgetUsername(String username) {
        usernames.forget(usernameKey(username));
    }

    static String usernameKey(String username) {
        String normalised = username == null ? "" : Account.normalise(username);
        return normalised.length() > USERNAME_LENGTH ? normalised.substring(0, USERNAME_LENGTH) : normalised;
    }

    /**
     * An IPv4 address as it is; an IPv6 address by its first 64 bits, the part a provider gives one customer, who
     * could otherwise try from a new address each time.
     */
    static String addressKey(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address == null ? "" : address;
        }
        try {
            // A literal address is only parsed, never looked up.
            InetAddress parsed = InetAddress.getByName(address);
            return parsed instanceof Inet6Address ? HexFormat.of().formatHex(parsed.getAddress(), 0, 8) + "::/64"
                    : parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    /** The limiters of one kind of key, the most recently used last, at most {@code remembered} of them. */
    private static final class Limiters {

        private final String name;
        private final LinkedHashMap<String, RateLimiter> byKey = new LinkedHashMap<>(16, 0.75f, true);

        Limiters(String name) {
            this.name = name;
        }

        boolean take(String key, int limit, Throttle limits) {
            return limiter(key, limit, limits).acquirePermission();
        }

        synchronized void forget(String key) {
            byKey.remove(key);
        }

        private synchronized RateLimiter limiter(String key, int limit, Throttle limits) {
            RateLimiter limiter = byKey.get(key);
            if (limiter == null || limiter.getRateLimiterConfig().getLimitForPeriod() != limit
                    || !limiter.getRateLimiterConfig().getLimitRefreshPeriod().equals(limits.getPeriod())) {
                limiter = RateLimiter.of(name, RateLimiterConfig.custom()
                        .limitForPeriod(limit)
                        .limitRefreshPeriod(limits.getPeriod())
                        .timeoutDuration(Duration.ZERO) // refuse at once, never hold a request
                        .build());
                byKey.put(key, limiter);
                for (Iterator<Map.Entry<String, RateLimiter>> eldest = byKey.entrySet().iterator();
                        byKey.size() > Math.max(1, limits.getRemembered()); ) {
                    eldest.next();
                    eldest.remove();
                }
            }
            return limiter;
        }
    }
}
