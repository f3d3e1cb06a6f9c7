package uk.partnershipplans.portal.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.Refusal.Problem;
import uk.partnershipplans.portal.shared.Writes;

/**
 * A signed-in person changes their own password: they prove they know the current one, and the new one follows
 * {@link PasswordRules}, differs from the current one and is typed the same twice. It clears the need to change a
 * password an admin gave.
 */
@Service
@RequiredArgsConstructor
@Transactional
class OwnPassword {

    private final AccountRepository accounts;
    private final PasswordRules passwordRules;
    private final PasswordEncoder passwordEncoder;

    void change(String username, ChangePasswordForm form) {
        Account account = accounts.findByUsername(Account.normalise(username))
                .orElseThrow(() -> new IllegalStateException("The signed-in account " + username + " does not exist"));
        List<Problem> problems = new ArrayList<>();
        boolean currentRight = passwordEncoder.matches(form.getCurrentPassword(), account.getPasswordHash());
        if (!currentRight) {
            problems.add(new Problem("currentPassword", "account.password.current.wrong"));
        }
        String chosen = form.getNewPassword();
        passwordRules.check(chosen, account.getUsername())
                .ifPresentOrElse(problem -> problems.add(new Problem("newPassword", problem.code())), () -> {
                    if (currentRight && chosen.equals(form.getCurrentPassword())) {
                        problems.add(new Problem("newPassword", "account.password.same"));
                    }
                });
        if (!chosen.equals(form.getConfirmPassword())) {
            problems.add(new Problem("confirmPassword", "account.password.confirm.different"));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        account.changePassword(passwordEncoder.encode(chosen));
        Writes.flushed(() -> accounts.saveAndFlush(account), Map.of());
    }
}
