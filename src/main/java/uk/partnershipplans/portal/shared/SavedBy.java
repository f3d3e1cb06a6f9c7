package uk.partnershipplans.portal.shared;

import java.time.Instant;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who last saved a record (a username, or {@link #SYSTEM}) and when, for saying so beside a refused save. */
public record SavedBy(String username, Instant at) {

    /** Who saves what start-up and the demo data write. */
    public static final String SYSTEM = "system";

    /** The day in words, United Kingdom time: "31 March 2014". */
    public String day() {
        return Dates.day(at);
    }

    /** The time of day, United Kingdom time: "2:05pm". */
    public String clock() {
        return Dates.clock(at);
    }

    /** The username of the person signed in, or {@link #SYSTEM} when nobody is (start-up, demo data). */
    public static String signedIn() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        boolean person = signedIn != null && signedIn.isAuthenticated()
                && !(signedIn instanceof AnonymousAuthenticationToken);
        return person ? signedIn.getName() : SYSTEM;
    }
}
