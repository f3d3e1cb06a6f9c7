package uk.partnershipplans.portal.account;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.partner.PartnerDirectory.PersonSummary;
import uk.partnershipplans.portal.partner.PartnerDirectory;
import uk.partnershipplans.portal.shared.Role;

/** What other modules may read of accounts: who can write updates, names and email addresses by id. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class AccountDirectory {

    private final AccountRepository accounts;
    private final PartnerDirectory people;

    /** An account as other modules see it; {@code email} and {@code jobTitle} are null when it has none. */
    public record AccountSummary(Long id, String displayName, String email, String jobTitle) {
    }

    /**
     * The active accounts that may write updates for a partnership's plans, by name: its officers, and admins too (a
     * planning team member sometimes writes an update for someone away). Board members only read.
     */
    public List<AccountSummary> updaters(Long partnershipId) {
        List<Account> found = accounts.findAll().stream()
                .filter(a -> a.isActive() && (a.hasRole(Role.OFFICER) || a.hasRole(Role.ADMIN))
                        && a.reach().includes(partnershipId))
                .sorted(Comparator.comparing(Account::getDisplayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        Map<Long, PersonSummary> persons = people.people(found.stream().map(Account::getPersonId)
                        .filter(id -> id != null).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        return found.stream().map(a -> summary(a, persons.get(a.getPersonId()))).toList();
    }

    /** The id of the account signed in as {@code username}. */
    public Optional<Long> idOf(String username) {
        return accounts.findByUsername(Account.normalise(username)).map(Account::getId);
    }

    /** The accounts with these ids (those that exist), by id. */
    public Map<Long, AccountSummary> byIds(Collection<Long> ids) {
        return accounts.findAllById(ids).stream()
                .collect(Collectors.toMap(Account::getId, a -> summary(a, null)));
    }

    private static AccountSummary summary(Account account, PersonSummary person) {
        return new AccountSummary(account.getId(), account.getDisplayName(), account.getEmail(),
                person == null ? null : person.jobTitle());
    }
}
