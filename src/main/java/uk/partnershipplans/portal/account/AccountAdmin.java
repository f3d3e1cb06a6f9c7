package uk.partnershipplans.portal.account;

import static uk.partnershipplans.portal.shared.Forms.optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.partnershipplans.portal.account.NewAccountForm.PersonChoice;
import uk.partnershipplans.portal.partner.PartnerDirectory.PartnershipSummary;
import uk.partnershipplans.portal.partner.PartnerDirectory.PersonSummary;
import uk.partnershipplans.portal.partner.PartnerDirectory;
import uk.partnershipplans.portal.shared.Dates;
import uk.partnershipplans.portal.shared.Reach;
import uk.partnershipplans.portal.shared.Reaches;
import uk.partnershipplans.portal.shared.Refusal.Problem;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.Role;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.shared.Writes;

/**
 * The rules for keeping accounts: usernames unique ignoring case and surrounding spaces, every account an admin keeps
 * belongs to a person of a partner organisation, passwords an admin gives follow {@link PasswordRules} and must be
 * changed at the next sign-in, stale saves refused, and never no active admin: the last one can neither lose the role
 * nor be deactivated. Accounts are deactivated, never deleted, so what they did stays attributed.
 */
@Service
@RequiredArgsConstructor
@Transactional
class AccountAdmin {

    static final int PAGE_SIZE = 20;

    private final AccountRepository accounts;
    private final PartnerDirectory directory;
    private final PasswordRules passwordRules;
    private final OneTimePasswords oneTimePasswords;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EntityManager entityManager;
    private final SignInThrottle throttle;
    private final Reaches reaches;

    /** Which accounts the list shows. */
    enum Status {
        ALL, ACTIVE, DEACTIVATED
    }

    record Search(String name, Role role, Status status) {
    }

    /**
     * An account with the person it belongs to (null when it has none) and, when it is locked, since when (null when it
     * is not; the start of a lock made before the portal recorded it is not known).
     */
    record AccountView(Account account, PersonSummary person, boolean locked, Instant lockedSince,
            List<String> partnerships) {

        AccountView(Account account, PersonSummary person, Instant now, Map<Long, String> partnershipNames) {
            this(account, person, account.isLocked(now), account.isLocked(now) ? account.getLockedAt() : null,
                    account.getPartnershipIds().stream().map(partnershipNames::get).filter(name -> name != null)
                            .sorted(String.CASE_INSENSITIVE_ORDER).toList());
        }

        /** An admin of no partnership keeps the whole installation. */
        public boolean ofInstallation() {
            return account.reach().everywhere();
        }

        public LocalDate createdOn() {
            return Dates.dayOf(account.getCreatedAt());
        }
    }

    /** A password an admin gave: {@code oneTimePassword} is the one the portal made up, or null when the admin typed one. */
    record GivenPassword(Long accountId, String oneTimePassword) {
    }

    @Transactional(readOnly = true)
    Page<AccountView> page(Search search, int page) {
        String typed = search.name() == null ? "" : search.name().strip().toLowerCase(Locale.ROOT);
        String pattern = "%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Collection<Role> roles = search.role() == null ? Arrays.asList(Role.values()) : List.of(search.role());
        Collection<Boolean> active = switch (search.status() == null ? Status.ALL : search.status()) {
            case ALL -> List.of(true, false);
            case ACTIVE -> List.of(true);
            case DEACTIVATED -> List.of(false);
        };
        Reach reach = reaches.current();
        Page<Account> found = accounts.search(pattern, roles, active, reach.everywhere(), reach.partnershipIds(),
                PageRequest.of(page, PAGE_SIZE, Sort.by("displayName", "username")));
        Map<Long, PersonSummary> people = directory.people(found.stream().map(Account::getPersonId)
                        .filter(id -> id != null).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        Instant now = clock.instant();
        Map<Long, String> names = partnershipNames();
        return found.map(account -> new AccountView(account, people.get(account.getPersonId()), now, names));
    }

    @Transactional(readOnly = true)
    AccountView view(Long id) {
        Account account = find(id);
        return new AccountView(account, directory.person(account.getPersonId()).orElse(null), clock.instant(),
                partnershipNames());
    }

    /** The partnerships the admin may give an account: those in their own reach. */
    @Transactional(readOnly = true)
    List<PartnershipSummary> partnerships() {
        return directory.partnershipsIn(reaches.current());
    }

    /** Whether the admin may make an account of no partnership: only an admin of the whole installation may. */
    boolean mayGiveWholeInstallation() {
        return reaches.current().everywhere();
    }

    @Transactional(readOnly = true)
    AccountForm form(Long id) {
        AccountView view = view(id);
        AccountForm form = new AccountForm();
        form.setDisplayName(view.account().getDisplayName());
        form.setRoles(EnumSet.copyOf(view.account().getRoles()));
        Reach reach = reaches.current();
        form.setPartnershipIds(view.account().getPartnershipIds().stream().filter(reach::includes)
                .collect(Collectors.toCollection(HashSet::new)));
        form.setEmail(view.account().getEmail());
        form.setVersion(view.account().getVersion());
        if (view.person() != null) {
            form.setOrganisationId(view.person().organisationId());
            form.setJobTitle(view.person().jobTitle());
        }
        return form;
    }

    /** The people in the partner directory who have no account yet: those a new account may belong to. */
    @Transactional(readOnly = true)
    List<PersonSummary> peopleWithoutAccount() {
        Set<Long> linked = new HashSet<>(accounts.linkedPersonIds());
        return directory.allPeople().stream().filter(person -> !linked.contains(person.id())).toList();
    }

    /**
     * Creates the account, and the person it belongs to when the form asks for a new one. Every problem with the form
     * is reported at once; nothing is written unless all is well.
     */
    GivenPassword create(NewAccountForm form) {
        List<Problem> problems = problemsOf(form);
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        String username = Account.normalise(form.getUsername());
        String typed = form.getPassword();
        boolean makeOneUp = typed == null || typed.isEmpty();
        boolean existingPerson = form.getPersonChoice() == PersonChoice.EXISTING;
        String displayName = form.getDisplayName().strip();
        String password = makeOneUp ? oneTimePasswords.next() : typed;
        Account account = new Account(username, displayName, passwordEncoder.encode(password), form.getRoles(),
                partnershipIds(Set.of(), form.getPartnershipIds()), clock.instant());
        account.requirePasswordChange();
        account.changeEmail(optional(form.getEmail()));
        account.linkTo(existingPerson ? form.getPersonId()
                : directory.addPerson(displayName, optional(form.getJobTitle()), form.getOrganisationId()));
        save(account);
        return new GivenPassword(account.getId(), makeOneUp ? password : null);
    }

    /**
     * What is wrong with a new account's form beyond its fields' own rules: a username already taken, a password that
     * breaks the rules, a person already linked or no organisation. The controller shows them with the fields' own
     * problems, so that every problem is listed at once; {@link #create} checks them again before writing.
     */
    List<Problem> problemsOf(NewAccountForm form) {
        List<Problem> problems = new ArrayList<>();
        String username = form.getUsername() == null || form.getUsername().isBlank() ? null
                : Account.normalise(form.getUsername());
        if (username != null) {
            accounts.findByUsername(username).ifPresent(existing -> problems.add(
                    new Problem("username", "account.username.taken", existing.getUsername(), existing.getDisplayName())));
        }
        String typed = form.getPassword();
        if (typed != null && !typed.isEmpty()) {
            passwordRules.check(typed, username).ifPresent(problem -> problems.add(new Problem("password", problem.code())));
        }
        checkPartnerships(form.getRoles(), Set.of(), form.getPartnershipIds(), problems);
        if (form.getPersonChoice() == PersonChoice.EXISTING) {
            checkPersonIsFree(form.getPersonId(), problems);
        } else {
            checkOrganisation(form.getOrganisationId(), problems);
        }
        return problems;
    }

    /** What is wrong with a changed account's form beyond its fields' own rules, as {@link #problemsOf(NewAccountForm)}. */
    List<Problem> problemsOf(Long id, AccountForm form) {
        List<Problem> problems = new ArrayList<>();
        checkPartnerships(form.getRoles(), find(id).getPartnershipIds(), form.getPartnershipIds(), problems);
        checkOrganisation(form.getOrganisationId(), problems);
        return problems;
    }

    /** Changes the account's name and roles, and the organisation and job title of its person. */
    void update(Long id, AccountForm form) {
        Account account = find(id);
        StaleEdit.check(form.getVersion(), account.getVersion());
        List<Problem> problems = problemsOf(id, form);
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        Set<Role> roles = EnumSet.copyOf(form.getRoles());
        Set<Long> partnershipIds = partnershipIds(account.getPartnershipIds(), form.getPartnershipIds());
        if (account.isActive() && account.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            refuseIfLastAdmin(account, "roles", "account.roles.last-admin");
        }
        // The person's organisation and job title are saved with this form: a new version of the account marks their
        // change too, so an admin who opened the form before it is refused even when only those changed.
        Writes.flushed(() -> entityManager.lock(account, LockModeType.PESSIMISTIC_FORCE_INCREMENT), Map.of());
        boolean rolesChanged = !roles.equals(account.getRoles());
        String displayName = form.getDisplayName().strip();
        account.revise(displayName, roles, partnershipIds);
        account.changeEmail(optional(form.getEmail()));
        if (account.getPersonId() == null) {
            account.linkTo(directory.addPerson(displayName, optional(form.getJobTitle()), form.getOrganisationId()));
        } else {
            directory.movePerson(account.getPersonId(), optional(form.getJobTitle()), form.getOrganisationId());
        }
        save(account);
        if (rolesChanged) {
            events.publishEvent(new AccountAccessChanged(account.getUsername()));
        }
    }

    /**
     * Unlocks an account locked after too many wrong passwords: it has all its attempts again, in the account and in
     * the sign-in throttle (so that its person can sign in at once), and its history records who unlocked it and when.
     * An account that is not locked (any more) is left as it is.
     */
    void unlock(Long id, long version) {
        Account account = find(id);
        StaleEdit.check(version, account.getVersion());
        Instant now = clock.instant();
        if (account.isLocked(now)) {
            account.unlock(now);
            save(account);
            throttle.forgetUsername(account.getUsername());
        }
    }

    /** Why the account cannot be deactivated by {@code by}, if it cannot: it is the last active admin, or theirs. */
    @Transactional(readOnly = true)
    Optional<Refusal> deactivationRefusal(Long id, String by) {
        Account account = find(id);
        if (account.isActive() && account.hasRole(Role.ADMIN)
                && !accounts.existsOtherActiveWithRole(Role.ADMIN, account.getId())) {
            return Optional.of(lastAdmin(account, null, "account.deactivate.last-admin"));
        }
        if (isOwn(account, by)) {
            return Optional.of(Refusal.of(null, "account.deactivate.own"));
        }
        return Optional.empty();
    }

    /** Deactivates the account: it can no longer sign in, and any session it has ends. Its record and history stay. */
    void deactivate(Long id, long version, String by) {
        Account account = find(id);
        StaleEdit.check(version, account.getVersion());
        if (!account.isActive()) {
            return;
        }
        if (account.hasRole(Role.ADMIN)) {
            refuseIfLastAdmin(account, null, "account.deactivate.last-admin");
        }
        if (isOwn(account, by)) {
            throw Refusal.of(null, "account.deactivate.own");
        }
        account.deactivate();
        save(account);
        events.publishEvent(new AccountAccessChanged(account.getUsername()));
    }

    void reactivate(Long id, long version) {
        Account account = find(id);
        StaleEdit.check(version, account.getVersion());
        account.reactivate();
        save(account);
    }

    /**
     * Gives the account a password that must be changed at the next sign-in: the one typed, or, when none is, one the
     * portal makes up (returned, to show once). Any session the account has ends. An admin cannot reset their own
     * password this way: they change it as everyone does.
     */
    GivenPassword resetPassword(Long id, ResetPasswordForm form, String by) {
        Account account = find(id);
        if (isOwn(account, by)) {
            throw Refusal.of("password", "account.reset.own");
        }
        String typed = form.getPassword();
        boolean makeOneUp = typed == null || typed.isEmpty();
        if (!makeOneUp) {
            passwordRules.check(typed, account.getUsername()).ifPresent(problem -> {
                throw Refusal.of("password", problem.code());
            });
        }
        String password = makeOneUp ? oneTimePasswords.next() : typed;
        account.resetPassword(passwordEncoder.encode(password));
        save(account);
        throttle.forgetUsername(account.getUsername());
        events.publishEvent(new AccountAccessChanged(account.getUsername()));
        return new GivenPassword(account.getId(), makeOneUp ? password : null);
    }

    /**
     * The account's partnerships once an admin has chosen among those in their reach: the ones chosen, and those out of
     * the admin's reach it had already (which the admin neither sees nor changes).
     */
    private Set<Long> partnershipIds(Set<Long> had, Set<Long> chosen) {
        Reach reach = reaches.current();
        Set<Long> ids = had.stream().filter(id -> !reach.includes(id)).collect(Collectors.toCollection(HashSet::new));
        ids.addAll(chosen == null ? Set.of() : chosen);
        return ids;
    }

    /**
     * Every partnership chosen must be one the admin may give; board members and officers belong to at least one, and
     * only an admin of the whole installation may make another.
     */
    private void checkPartnerships(Set<Role> roles, Set<Long> had, Set<Long> chosen, List<Problem> problems) {
        Reach reach = reaches.current();
        Set<Long> known = partnerships().stream().map(PartnershipSummary::id).collect(Collectors.toSet());
        if (chosen != null && !known.containsAll(chosen)) {
            problems.add(new Problem("partnershipIds", "account.partnerships.unknown"));
        } else if (partnershipIds(had, chosen).isEmpty()) {
            boolean admin = roles != null && roles.contains(Role.ADMIN);
            if (!admin || roles.size() > 1) {
                problems.add(new Problem("partnershipIds", "account.partnerships.required"));
            } else if (!reach.everywhere()) {
                problems.add(new Problem("partnershipIds", "account.partnerships.required-of-you"));
            }
        }
    }

    /** The names of the partnerships in the admin's reach: an account's others are not named to them. */
    private Map<Long, String> partnershipNames() {
        return partnerships().stream().collect(Collectors.toMap(PartnershipSummary::id, PartnershipSummary::name));
    }

    private void checkOrganisation(Long organisationId, List<Problem> problems) {
        if (!directory.organisationExists(organisationId)) {
            problems.add(new Problem("organisationId", "account.organisation.required"));
        }
    }

    private void checkPersonIsFree(Long personId, List<Problem> problems) {
        if (directory.person(personId).isEmpty()) {
            problems.add(new Problem("personId", "account.person.required"));
            return;
        }
        accounts.findByPersonId(personId).ifPresent(other -> problems.add(
                new Problem("personId", "account.person.taken", other.getDisplayName(), other.getUsername())));
    }

    /**
     * Refuses when no other active admin would remain. The active admins are locked first, so two admins doing this
     * to each other at the same moment take turns and the second is refused.
     */
    private void refuseIfLastAdmin(Account account, String field, String code) {
        boolean another = accounts.lockActiveWithRole(Role.ADMIN).stream()
                .anyMatch(admin -> !admin.getId().equals(account.getId()));
        if (!another) {
            throw lastAdmin(account, field, code);
        }
    }

    private static Refusal lastAdmin(Account account, String field, String code) {
        return Refusal.of(field, code, account.getDisplayName());
    }

    private static boolean isOwn(Account account, String username) {
        return username != null && account.getUsername().equals(Account.normalise(username));
    }

    private void save(Account account) {
        Writes.flushed(() -> accounts.saveAndFlush(account), Map.of(
                "uk_account_username", new Problem("username", "account.username.taken-now", account.getUsername()),
                "uk_account_person", new Problem("personId", "account.person.taken-now")));
    }

    private Account find(Long id) {
        return accounts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
