package uk.partnershipplans.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.partnershipplans.portal.account.PasswordRules.Problem;

/** The rules for passwords set through the portal, case by case. */
class PasswordRulesTest {

    private final PasswordRules rules = new PasswordRules();

    @ParameterizedTest(name = "''{0}'' for {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "OK", textBlock = """
            ''                              | jane.smith      | MISSING
            short                           | jane.smith      | TOO_SHORT
            elevenchars                     | jane.smith      | TOO_SHORT
            twelve-chars                    | jane.smith      | OK
            jane.smith.work                 | jane.smith.work | USERNAME
            ' JANE.SMITH.WORK'              | jane.smith.work | USERNAME
            jane.smith.work!                | jane.smith.work | OK
            password1234                    | jane.smith      | COMMON
            Password1234                    | jane.smith      | COMMON
            4321drowssap                    | jane.smith      | COMMON
            qwertyuiop123                   | jane.smith      | COMMON
            123456789012                    | jane.smith      | COMMON
            correct horse battery staple    | jane.smith      | COMMON
            '            '                  | jane.smith      | GUESSABLE
            abcabcabcabc                    | jane.smith      | GUESSABLE
            xyzxyzxyzxyz                    | jane.smith      | GUESSABLE
            1111aaaa2222                    | jane.smith      | GUESSABLE
            password1234 plum kettle        | jane.smith      | OK
            plum kettle orbit forty two     | jane.smith      | OK
            """)
    void checksLengthUsernameCommonPasswordsAndPatterns(String password, String username, Problem expected) {
        assertThat(rules.check(password, username)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void acceptsUpToSixtyFourCharactersThatFitTheHash() {
        assertThat(rules.check("a-long-passphrase-".repeat(3) + "abcdefghij", "x")).isEmpty(); // 64
        assertThat(rules.check("a-long-passphrase-".repeat(3) + "abcdefghijk", "x")).contains(Problem.TOO_LONG); // 65
        // 40 characters, but 80 bytes: more than bcrypt can hash
        assertThat(rules.check("é".repeat(40), "x")).contains(Problem.TOO_LONG);
    }

    @Test
    void theOneTimePasswordsThePortalMakesUpFollowTheRulesAndDiffer() {
        OneTimePasswords generator = new OneTimePasswords();
        java.util.Set<String> made = new java.util.HashSet<>();
        IntStream.range(0, 50).forEach(i -> {
            String password = generator.next();
            assertThat(password).matches("[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}").doesNotContain("0", "1", "l", "i", "o");
            assertThat(rules.check(password, "someone")).isEmpty();
            made.add(password);
        });
        assertThat(made).hasSize(50);
    }
}
