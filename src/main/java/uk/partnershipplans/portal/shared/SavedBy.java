package uk.partnershipplans.portal.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who last saved a record (a username, or {@link #SYSTEM}) and when, for saying so beside a refused save. */
public record SavedBy(String username, Instant at) {

    /** Who saves what start-up and the demo data write. */
    public static final String SYSTEM = "system";

    private static final ZoneId UK_TIME = ZoneId.of("Europe/London");

    /** The day in words, United Kingdom time: "31 March 2014". */
    public String day() {
        return day(at);
    }

    /** The time of day, United Kingdom time: "2:05pm". */
    public String clock() {
        return clock(at);
    }

    /** "31 March 2014", United Kingdom time, in English as the portal is. */
    public static String day(Instant at) {
        return at.atZone(UK_TIME).toLocalDate().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }

    /** "2:05pm", United Kingdom time. */
    public static String clock(Instant at) {
        ZonedDateTime time = at.atZone(UK_TIME);
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        return hour + String.format(Locale.ROOT, ":%02d", time.getMinute()) + (time.getHour() < 12 ? "am" : "pm");
    }

    /** The username of the person signed in, or {@link #SYSTEM} when nobody is (start-up, demo data). */
    public static String signedIn() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        boolean person = signedIn != null && signedIn.isAuthenticated()
                && !(signedIn instanceof AnonymousAuthenticationToken);
        return person ? signedIn.getName() : SYSTEM;
    }
}
