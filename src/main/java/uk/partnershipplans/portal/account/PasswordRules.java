package uk.partnershipplans.portal.account;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.DictionaryMatcher;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryUtil;
import org.springframework.stereotype.Component;

/**
 * The rules for every password set through the portal (by an admin for someone, or by a person for themselves) and for
 * the first admin's from the environment: at least 12 characters, not the username, not one of the 100,000 most common
 * passwords of nbvcxz's list (whole, in any case, or reversed), and not guessable from a pattern: nbvcxz's estimate of
 * its entropy (repeats such as "abcabcabcabc", sequences, keyboard runs, dictionary words) must reach
 * {@value #MIN_ENTROPY_BITS} bits. Only the demo accounts, made for trying the portal, are not checked.
 */
@Component
class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 64;

    /**
     * About a million guesses: below it a password falls to a pattern-aware guesser at once, while a random word pair
     * with a separator ("twelve-chars", about 32 bits) passes.
     */
    static final int MIN_ENTROPY_BITS = 20;

    /** BCrypt reads no further than 72 bytes: a longer password could not be stored. */
    private static final int MAX_BYTES = 72;

    /** A broken rule, as the message code to show. */
    enum Problem {
        MISSING("account.password.missing"),
        TOO_SHORT("account.password.too-short"),
        TOO_LONG("account.password.too-long"),
        USERNAME("account.password.username"),
        COMMON("account.password.common"),
        GUESSABLE("account.password.guessable");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    /** The first rule {@code password} breaks for the account {@code username}, if any. */
    Optional<Problem> check(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Problem.MISSING);
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            return Optional.of(Problem.USERNAME);
        }
        if (isCommon(password)) {
            return Optional.of(Problem.COMMON);
        }
        if (new Nbvcxz(CommonPasswords.CONFIGURATION).estimate(password).getEntropy() < MIN_ENTROPY_BITS) {
            return Optional.of(Problem.GUESSABLE);
        }
        return Optional.empty();
    }

    /** True when the whole password is one entry of the list of common passwords. */
    private static boolean isCommon(String password) {
        List<Match> matches = new DictionaryMatcher().match(CommonPasswords.CONFIGURATION, password);
        return matches.stream().anyMatch(match -> match.getStartIndex() == 0 && match.getEndIndex() == password.length() - 1);
    }

    /** nbvcxz's list of common passwords, read on first use (about a second) rather than at every start-up. */
    private static final class CommonPasswords {

        static final Configuration CONFIGURATION = new ConfigurationBuilder()
                .setDictionaries(List.of(new Dictionary("passwords",
                        DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords), false)))
                .setDistanceCalc(false)
                .setLocale(Locale.UK)
                .createConfiguration();
    }
}
