package uk.partnershipplans.portal.reporting.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.partnershipplans.portal.account.AccountDirectory;
import uk.partnershipplans.portal.reporting.MyUpdates;
import uk.partnershipplans.portal.reporting.round.ItemsForm;
import uk.partnershipplans.portal.reporting.round.RoundAdmin;
import uk.partnershipplans.portal.reporting.round.RoundAdminTest;
import uk.partnershipplans.portal.reporting.update.ProgressUpdateRepository;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.TestDatabase;

/**
 * Reminder emails sent through a real SMTP server (GreenMail, in this process). The reminders are switched on here, with
 * a mail sender of their own, rather than through the context's properties, so that the test shares its Spring context.
 */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN") // the services read the reach of the admin signed in
@TestPropertySource(properties = TestDatabase.OWN_DATABASE)
class RemindersTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    Reminders reminders;
    @Autowired
    RoundAdmin admin;
    @Autowired
    JdbcTemplate jdbc;

    long year;
    Long officer;
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    /** The context's reminders, switched on, sending through GreenMail, each run in a transaction as the bean's is. */
    @Autowired
    void reminders(ProgressUpdateRepository updates, MyUpdates myUpdates, AccountDirectory accounts,
            ReminderProperties properties, MessageSource messages, JdbcTemplate jdbcTemplate, Clock clock,
            PlatformTransactionManager transactions) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(ServerSetupTest.SMTP.getPort());
        ObjectProvider<JavaMailSender> mailSender = new StaticListableBeanFactory(Map.of("mailSender", sender))
                .getBeanProvider(JavaMailSender.class);
        ReminderProperties enabled = new ReminderProperties(true, properties.cron(), properties.daysBefore(),
                "plans@example.org", "https://plans.example.org");
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        reminders = new Reminders(updates, myUpdates, accounts, mailSender, enabled, messages, jdbcTemplate, clock) {
            @Override
            public int sendDue() {
                return transaction.execute(status -> super.sendDue());
            }
        };
    }

    /** Rounds, and the updates they asked for, go with each test: the database is shared with other tests. */
    @AfterEach
    void removeRounds() {
        jdbc.update("delete from reporting_round");
    }

    @BeforeEach
    void setUp() {
        jdbc.update("delete from reporting_round");
        year = DemoData.year2013(jdbc);
        officer = jdbc.queryForObject("select id from account where username = 'officer'", Long.class);
        jdbc.update("update account set email = 'officer@example.org' where id = ?", officer);
        jdbc.update("update account set email = 'board@example.org' where username = 'board'");
    }

    @Test
    void aWeekBeforeTheDeadlineTheOfficerGetsOneMailListingTheirOutstandingUpdates() throws Exception {
        LocalDate deadline = today.plusDays(7);
        Long round = openWithTwoUpdatesFor(deadline);

        assertThat(reminders.sendDue()).isEqualTo(1);

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("officer@example.org");
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("plans@example.org");
        assertThat(mail.getSubject()).isEqualTo("Your updates are due soon");
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("\r\n", "\n");
        List<String> assigned = admin.tracker(round, null).updates().stream()
                .filter(u -> u.assignee() != null).map(u -> u.subject().label()).toList();
        assertThat(assigned).hasSize(2);
        assertThat(body).contains("Dear Demo Officer,")
                .contains(assigned.get(0))
                .contains(assigned.get(1))
                .contains("due " + DAY.format(deadline))
                .contains("https://plans.example.org")
                .doesNotContain("overdue");

        assertThat(reminders.sendDue()).as("not twice on one day").isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void noReminderOnOtherDaysBeforeTheDeadlineNorForSubmittedUpdates() {
        openWithTwoUpdatesFor(today.plusDays(3));
        assertThat(reminders.sendDue()).isZero();

        jdbc.update("delete from reporting_round");
        Long round = openWithTwoUpdatesFor(today.plusDays(1));
        jdbc.update("update progress_update set state = 'SUBMITTED' where round_id = ? and assignee_id = ?", round,
                officer);
        assertThat(reminders.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void afterTheDeadlineTheMailSaysOverdue() throws Exception {
        openWithTwoUpdatesFor(today.minusDays(2));

        assertThat(reminders.sendDue()).isEqualTo(1);

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Your updates are overdue");
        assertThat(GreenMailUtil.getBody(mail)).contains(": overdue");
    }

    @Test
    void accountsWithoutAnEmailAddressGetNoMail() {
        jdbc.update("update account set email = null where id = ?", officer);
        openWithTwoUpdatesFor(today.plusDays(7));

        assertThat(reminders.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private Long openWithTwoUpdatesFor(LocalDate deadline) {
        Long round = admin.open(RoundAdminTest.form(year, "Round due " + deadline, deadline.minusDays(30), deadline));
        ItemsForm items = admin.itemsForm(round);
        items.getItems().get(0).setAssigneeId(officer);
        items.getItems().get(items.getItems().size() - 1).setAssigneeId(officer);
        admin.saveItems(round, items);
        return round;
    }
}
