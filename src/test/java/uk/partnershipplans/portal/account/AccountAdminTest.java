package uk.partnershipplans.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import uk.partnershipplans.portal.account.AccountAdmin.AccountView;
import uk.partnershipplans.portal.account.AccountAdmin.GivenPassword;
import uk.partnershipplans.portal.account.AccountAdmin.Search;
import uk.partnershipplans.portal.account.AccountAdmin.Status;
import uk.partnershipplans.portal.account.NewAccountForm.PersonChoice;
import uk.partnershipplans.portal.partner.PartnerDirectory.PersonSummary;
import uk.partnershipplans.portal.partner.PartnerDirectory;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.Role;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;

/** The rules for keeping accounts and changing one's own password, on PostgreSQL with the demo data; rolled back. */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN") // the services read the reach of the admin signed in
@Transactional
class AccountAdminTest {

    private static final String GOOD_PASSWORD = "plum kettle orbit forty two";

    @Autowired
    AccountAdmin admin;

    @Autowired
    OwnPassword ownPassword;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PartnerDirectory directory;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcTemplate jdbc;

    Long ashfield;
    Long police;

    @BeforeEach
    void organisations() {
        ashfield = directory.organisationIdNamed("Ashfield District Council").orElseThrow();
        police = directory.organisationIdNamed("Nottinghamshire Police").orElseThrow();
    }

    @Test
    void anAccountForSomeoneNewRecordsThemAsAPersonOfTheOrganisationAndMustChangeTheGivenPassword() {
        NewAccountForm form = newAccount("  Priya.Shah ", "Priya Shah", Role.OFFICER);
        form.setJobTitle(" Early help coordinator ");

        GivenPassword given = admin.create(form);

        Account account = accounts.findById(given.accountId()).orElseThrow();
        assertThat(account.getUsername()).isEqualTo("priya.shah");
        assertThat(account.getRoles()).containsExactly(Role.OFFICER);
        assertThat(account.isMustChangePassword()).isTrue();
        assertThat(given.oneTimePassword()).isNotBlank();
        assertThat(passwordEncoder.matches(given.oneTimePassword(), account.getPasswordHash())).isTrue();
        PersonSummary person = directory.person(account.getPersonId()).orElseThrow();
        assertThat(person.name()).isEqualTo("Priya Shah");
        assertThat(person.jobTitle()).isEqualTo("Early help coordinator");
        assertThat(person.organisationName()).isEqualTo("Ashfield District Council");
    }

    @Test
    void aPasswordTheAdminTypesIsCheckedAndNotShownAgain() {
        NewAccountForm form = newAccount("sam.cole", "Sam Cole", Role.BOARD);
        form.setPassword(GOOD_PASSWORD);

        GivenPassword given = admin.create(form);

        assertThat(given.oneTimePassword()).isNull();
        Account account = accounts.findById(given.accountId()).orElseThrow();
        assertThat(passwordEncoder.matches(GOOD_PASSWORD, account.getPasswordHash())).isTrue();
        assertThat(account.isMustChangePassword()).isTrue();
    }

    @Test
    void aTakenUsernameIgnoringCaseAndSpacesAndABadPasswordAreRefusedTogetherAndNothingIsWritten() {
        long people = count("person");
        NewAccountForm form = newAccount("  ADMIN ", "Another Admin", Role.ADMIN);
        form.setPassword("short");

        assertThatThrownBy(() -> admin.create(form)).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.problems()).extracting(Refusal.Problem::field).containsExactly("username", "password");
            assertThat(texts(refusal)).containsExactly("There is already an account with the username 'admin' (Demo Admin)",
                    "Password must be at least 12 characters");
        });
        assertThat(count("person")).isEqualTo(people);
        assertThat(accounts.findByUsername("admin").orElseThrow().getDisplayName()).isEqualTo("Demo Admin");
    }

    @Test
    void anAccountMayBeForSomeoneAlreadyInTheDirectoryButOnlyOne() {
        Long person = directory.addPerson("Jo Green", "Inspector", police);
        assertThat(admin.peopleWithoutAccount()).extracting(PersonSummary::name).contains("Jo Green");
        NewAccountForm first = newAccount("jo.green", "Jo Green", Role.OFFICER);
        first.setPersonChoice(PersonChoice.EXISTING);
        first.setPersonId(person);
        first.setOrganisationId(null);
        Long id = admin.create(first).accountId();
        assertThat(accounts.findById(id).orElseThrow().getPersonId()).isEqualTo(person);
        assertThat(admin.peopleWithoutAccount()).extracting(PersonSummary::name).doesNotContain("Jo Green");

        NewAccountForm second = newAccount("j.green", "J Green", Role.BOARD);
        second.setPersonChoice(PersonChoice.EXISTING);
        second.setPersonId(person);
        assertThatThrownBy(() -> admin.create(second)).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(texts(refusal)).containsExactly("Jo Green already has an account (jo.green)"));

        NewAccountForm nobody = newAccount("no.one", "No One", Role.BOARD);
        nobody.setPersonChoice(PersonChoice.EXISTING);
        assertThatThrownBy(() -> admin.create(nobody)).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(texts(refusal)).containsExactly("Choose the person the account is for"));
    }

    @Test
    void changingAnAccountMovesItsPersonAndAStaleFormIsRefusedEvenWhenOnlyThePersonChanged() {
        Long id = admin.create(newAccount("lee.hart", "Lee Hart", Role.OFFICER)).accountId();
        AccountForm mine = admin.form(id);
        AccountForm theirs = admin.form(id);

        mine.setJobTitle("Head of service");
        mine.setOrganisationId(police);
        admin.update(id, mine);

        AccountView view = admin.view(id);
        assertThat(view.person().jobTitle()).isEqualTo("Head of service");
        assertThat(view.person().organisationName()).isEqualTo("Nottinghamshire Police");
        theirs.setJobTitle("Something else");
        assertThatThrownBy(() -> admin.update(id, theirs)).isInstanceOf(StaleEdit.class);
        assertThat(admin.view(id).person().jobTitle()).isEqualTo("Head of service");
    }

    @Test
    void anAccountWithoutAPersonGetsOneWhenChanged() {
        Long board = accounts.findByUsername("board").orElseThrow().getId();
        AccountForm form = admin.form(board);
        assertThat(form.getOrganisationId()).isNull();
        assertThatThrownBy(() -> admin.update(board, form)).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(texts(refusal)).containsExactly("Choose the organisation they work for"));

        form.setOrganisationId(ashfield);
        admin.update(board, form);

        assertThat(admin.view(board).person().name()).isEqualTo("Demo Board Member");
        assertThat(admin.view(board).person().organisationName()).isEqualTo("Ashfield District Council");
    }

    @Test
    void theLastActiveAdminCanNeitherLoseTheRoleNorBeDeactivated() {
        jdbc.update("update account set active = false where username <> 'admin'"
                + " and id in (select account_id from account_role where role = 'ADMIN')");
        Long demoAdmin = accounts.findByUsername("admin").orElseThrow().getId();
        Long second = admin.create(newAccount("second.admin", "Second Admin", Role.ADMIN)).accountId();

        // With two admins, one may go
        admin.deactivate(demoAdmin, admin.view(demoAdmin).account().getVersion(), "second.admin");
        assertThat(admin.view(demoAdmin).account().isActive()).isFalse();

        Account last = admin.view(second).account();
        assertThat(text(admin.deactivationRefusal(second, "someone").orElseThrow()))
                .isEqualTo("Second Admin is the only active admin. Make another account an admin first, so that someone can still manage the portal.");
        assertThatThrownBy(() -> admin.deactivate(second, last.getVersion(), "someone")).isInstanceOf(Refusal.class);
        AccountForm withoutAdmin = admin.form(second);
        withoutAdmin.setRoles(EnumSet.of(Role.BOARD));
        withoutAdmin.setPartnershipIds(DemoData.partnership(jdbc));
        assertThatThrownBy(() -> admin.update(second, withoutAdmin)).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(texts(refusal)).containsExactly(
                        "Second Admin is the only active admin, so cannot stop being an admin. Make another account an admin first."));
        assertThat(admin.view(second).account().getRoles()).contains(Role.ADMIN);
        assertThat(admin.view(second).account().isActive()).isTrue();

        // Reactivated, the demo admin makes two again
        admin.reactivate(demoAdmin, admin.view(demoAdmin).account().getVersion());
        withoutAdmin.setVersion(admin.view(second).account().getVersion());
        admin.update(second, withoutAdmin);
        assertThat(admin.view(second).account().getRoles()).containsExactly(Role.BOARD);
    }

    @Test
    void anAdminCannotDeactivateOrResetTheirOwnAccountHere() {
        Long second = admin.create(newAccount("second.admin", "Second Admin", Role.ADMIN)).accountId();
        assertThat(text(admin.deactivationRefusal(second, "Second.Admin").orElseThrow()))
                .isEqualTo("You cannot deactivate your own account. Ask another admin.");
        assertThatThrownBy(() -> admin.resetPassword(second, new ResetPasswordForm(), "second.admin"))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void aStaleDeactivationIsRefused() {
        Long id = admin.create(newAccount("kim.webb", "Kim Webb", Role.OFFICER)).accountId();
        long opened = admin.view(id).account().getVersion();
        admin.update(id, admin.form(id));

        assertThatThrownBy(() -> admin.deactivate(id, opened, "admin")).isInstanceOf(StaleEdit.class);
        assertThat(admin.view(id).account().isActive()).isTrue();
    }

    @Test
    void aResetGivesAPasswordThatMustBeChangedAndAnOwnChangeFollowsTheRules() {
        NewAccountForm form = newAccount("annabel.lowe", "Annabel Lowe", Role.OFFICER);
        form.setPassword(GOOD_PASSWORD);
        Long id = admin.create(form).accountId();

        ResetPasswordForm typed = new ResetPasswordForm();
        typed.setPassword("Annabel.Lowe");
        assertThatThrownBy(() -> admin.resetPassword(id, typed, "admin")).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(texts(refusal)).containsExactly("Password must not be the username"));
        String oneTime = admin.resetPassword(id, new ResetPasswordForm(), "admin").oneTimePassword();
        Account account = accounts.findById(id).orElseThrow();
        assertThat(passwordEncoder.matches(oneTime, account.getPasswordHash())).isTrue();
        assertThat(passwordEncoder.matches(GOOD_PASSWORD, account.getPasswordHash())).isFalse();

        assertThatThrownBy(() -> ownPassword.change("annabel.lowe", change("wrong password", "password1234", "password1234")))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(texts(refusal)).containsExactly(
                        "Current password is not correct",
                        "Password is too common and easy to guess. Choose one that is not on lists of common passwords, such as three or four random words"));
        assertThatThrownBy(() -> ownPassword.change("annabel.lowe", change(oneTime, oneTime, oneTime)))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(texts(refusal))
                        .containsExactly("New password must be different from your current password"));
        assertThatThrownBy(() -> ownPassword.change("annabel.lowe", change(oneTime, GOOD_PASSWORD, GOOD_PASSWORD + "!")))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(texts(refusal))
                        .containsExactly("The new passwords do not match. Type the same password twice"));
        assertThat(accounts.findById(id).orElseThrow().isMustChangePassword()).isTrue();

        ownPassword.change("annabel.lowe", change(oneTime, GOOD_PASSWORD, GOOD_PASSWORD));

        account = accounts.findById(id).orElseThrow();
        assertThat(account.isMustChangePassword()).isFalse();
        assertThat(passwordEncoder.matches(GOOD_PASSWORD, account.getPasswordHash())).isTrue();
    }

    @Test
    void theListSearchesByNameOrUsernameAndFiltersByRoleAndStatus() {
        Long id = admin.create(newAccount("zed.officer", "Zoe Dunn", Role.OFFICER)).accountId();
        admin.deactivate(id, admin.view(id).account().getVersion(), "admin");

        assertThat(usernames(new Search("ZOE", null, Status.ALL))).containsExactly("zed.officer");
        assertThat(usernames(new Search("zed.", null, Status.ALL))).containsExactly("zed.officer");
        assertThat(usernames(new Search("zed", null, Status.ACTIVE))).isEmpty();
        assertThat(usernames(new Search("zed", null, Status.DEACTIVATED))).containsExactly("zed.officer");
        assertThat(usernames(new Search("", Role.BOARD, Status.ALL))).contains("board").doesNotContain("officer", "zed.officer");
        assertThat(usernames(new Search("100%", null, Status.ALL))).isEmpty();
    }

    private List<String> usernames(Search search) {
        return admin.page(search, 0).map(view -> view.account().getUsername()).getContent();
    }

    private NewAccountForm newAccount(String username, String displayName, Role role) {
        NewAccountForm form = new NewAccountForm();
        form.setUsername(username);
        form.setDisplayName(displayName);
        form.setRoles(Set.of(role));
        form.setOrganisationId(ashfield);
        if (role != Role.ADMIN) { // an admin of no partnership keeps the whole installation
            form.setPartnershipIds(DemoData.partnership(jdbc));
        }
        return form;
    }

    private static ChangePasswordForm change(String current, String chosen, String confirmed) {
        ChangePasswordForm form = new ChangePasswordForm();
        form.setCurrentPassword(current);
        form.setNewPassword(chosen);
        form.setConfirmPassword(confirmed);
        return form;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private List<String> texts(Refusal refusal) {
        return refusal.problems().stream().map(problem -> messages.getMessage(problem, Locale.UK)).toList();
    }

    private String text(Refusal refusal) {
        return texts(refusal).get(0);
    }
}
