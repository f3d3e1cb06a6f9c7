package uk.partnershipplans.portal.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells the {@link Reach} of a signed-in person. Implemented where accounts are kept; every module asks it, never the
 * accounts themselves.
 */
public interface Reaches {

    /** The reach of the person signed in as {@code authentication}; {@link Reach#NOWHERE} for nobody. */
    Reach of(Authentication authentication);

    /** The reach of the person whose request this is. */
    default Reach current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }
}
