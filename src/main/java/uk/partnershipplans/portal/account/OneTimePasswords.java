package uk.partnershipplans.portal.account;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Makes up the one-time passwords an admin passes on: three groups of five letters and digits, such as
 * {@code k7mpx-4qa9t-zr3wh}, from an alphabet without the characters people mix up when reading aloud (0 and o, 1, l
 * and i). About 74 bits of randomness; the owner replaces it at the next sign-in.
 */
@Component
class OneTimePasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int GROUPS = 3;
    private static final int GROUP_LENGTH = 5;

    private final SecureRandom random = new SecureRandom();

    String next() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
