package uk.partnershipplans.portal.account;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.partnershipplans.portal.shared.Role;

/** The first admin from the environment keeps the same password rules as everyone else. */
class FirstAdminTest {

    private final AccountService accounts = mock(AccountService.class);

    @Test
    void aPasswordThatBreaksTheRulesCreatesNobody() {
        for (String weak : new String[] {"            ", "abcabcabcabc", "password1234", "planning.lead", "short"}) {
            run(weak);
        }
        verify(accounts, never()).create(anyString(), any(), anyString(), any(), any());
    }

    @Test
    void aPasswordThatKeepsTheRulesCreatesTheAdmin() {
        run("a long passphrase from the environment");
        verify(accounts).create("planning.lead", "Planning lead", "a long passphrase from the environment", Set.of(Role.ADMIN),
                Set.of());
    }

    private void run(String password) {
        when(accounts.activeAdminExists()).thenReturn(false);
        when(accounts.exists("planning.lead")).thenReturn(false);
        new FirstAdmin(accounts, new FirstAdminProperties("planning.lead", password, "Planning lead"), new PasswordRules())
                .run(null);
    }
}
