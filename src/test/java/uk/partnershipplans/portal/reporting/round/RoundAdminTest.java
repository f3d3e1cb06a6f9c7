package uk.partnershipplans.portal.reporting.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import uk.partnershipplans.portal.account.AccountService;
import uk.partnershipplans.portal.reporting.MyUpdates;
import uk.partnershipplans.portal.reporting.update.ProgressUpdate;
import uk.partnershipplans.portal.reporting.update.ProgressUpdateRepository;
import uk.partnershipplans.portal.reporting.update.UpdateState;
import uk.partnershipplans.portal.shared.DateField;
import uk.partnershipplans.portal.shared.Refusal;
import uk.partnershipplans.portal.shared.Role;
import uk.partnershipplans.portal.shared.StaleEdit;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;
import uk.partnershipplans.portal.support.TestDatabase;

/** The rules of reporting rounds, on PostgreSQL with the demo plans. */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN") // the services read the reach of the admin signed in
@TestPropertySource(properties = TestDatabase.OWN_DATABASE)
public class RoundAdminTest {

    public static final String PLAN_2011 = "Children, Young People and Families Plan 2011-14";

    @Autowired
    RoundAdmin admin;
    @Autowired
    MyUpdates myUpdates;
    @Autowired
    ProgressUpdateRepository updates;
    @Autowired
    AccountService accountService;
    @Autowired
    JdbcTemplate jdbc;

    long year;

    /** Rounds, and the updates they asked for, go with each test: the database is shared with other tests. */
    @AfterEach
    void removeRounds() {
        jdbc.update("delete from reporting_round");
    }

    @BeforeEach
    void startWithoutRounds() {
        jdbc.update("delete from reporting_round");
        year = DemoData.year2013(jdbc);
    }

    @Test
    void aNewRoundHoldsEveryActionAndIndicatorOfTheYear() {
        Long id = admin.open(form(year, "Six-monthly review, September 2013", LocalDate.of(2013, 9, 30),
                LocalDate.of(2013, 10, 31)));

        long actions = jdbc.queryForObject("select count(*) from plan_action where plan_year_id = ?", Long.class, year);
        long indicators = jdbc.queryForObject("select count(*) from plan_year_indicator where plan_year_id = ?",
                Long.class, year);
        List<ProgressUpdate> all = updates.findByRoundId(id);
        assertThat(all.stream().filter(ProgressUpdate::isOfAction)).hasSize((int) actions);
        assertThat(all.stream().filter(u -> !u.isOfAction())).hasSize((int) indicators);
        assertThat(actions).isEqualTo(17);
        assertThat(all).allSatisfy(u -> assertThat(u.getState()).isEqualTo(UpdateState.NOT_STARTED));
    }

    @Test
    void anActionGoesToTheAccountNamedAsItsLeadIgnoringCase() {
        accountService.create("jo.lead", "Jo Lead", "a long passphrase", Set.of(Role.OFFICER),
                DemoData.partnership(jdbc));
        accountService.create("board.member", "Pat Board", "a long passphrase", Set.of(Role.BOARD),
                DemoData.partnership(jdbc));
        Long actionId = firstActionOfYear();
        Long otherAction = secondActionOfYear();
        jdbc.update("update plan_action set lead = 'JO LEAD ' where id = ?", actionId);
        jdbc.update("update plan_action set lead = 'Pat Board' where id = ?", otherAction);

        Long id = admin.open(form(year, "Round", LocalDate.of(2013, 9, 30), LocalDate.of(2013, 10, 31)));

        Long jo = jdbc.queryForObject("select id from account where username = 'jo.lead'", Long.class);
        assertThat(updateOf(id, actionId).getAssigneeId()).isEqualTo(jo);
        assertThat(updateOf(id, otherAction).getAssigneeId()).as("board members do not write updates").isNull();
        assertThat(updates.findByRoundId(id).stream().filter(u -> !u.isOfAction()))
                .allSatisfy(u -> assertThat(u.getAssigneeId()).as("indicators have no lead text").isNull());
    }

    @Test
    void aPlanYearHasOneOpenRoundAtATime() {
        admin.open(form(year, "First", LocalDate.of(2013, 9, 30), LocalDate.of(2013, 10, 31)));

        assertThatThrownBy(() -> admin.open(form(year, "Second", LocalDate.of(2014, 3, 31), LocalDate.of(2014, 4, 30))))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.problems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("planYearId");
                        assertThat(p.code()).isEqualTo("rounds.year.open");
                        assertThat(p.args()).containsExactly("First");
                    });
                });
    }

    @Test
    void theDatabaseAlsoRefusesASecondOpenRound() {
        admin.open(form(year, "First", LocalDate.of(2013, 9, 30), LocalDate.of(2013, 10, 31)));

        assertThatThrownBy(() -> jdbc.update("insert into reporting_round (plan_year_id, name, period_end, deadline, "
                + "open_for_plan_year_id, opened_at) values (?, 'Sneaky', date '2014-03-31', date '2014-04-30', ?, "
                + "current_timestamp)", year, year)).hasMessageContaining("uk_reporting_round_open");
    }

    @Test
    void closingARoundLetsTheYearHaveANewOne() {
        Long first = admin.open(form(year, "First", LocalDate.of(2013, 9, 30), LocalDate.of(2013, 10, 31)));

        admin.close(first, admin.round(first).getVersion());

        assertThat(admin.round(first).isOpen()).isFalse();
        Long second = admin.open(form(year, "Second", LocalDate.of(2014, 3, 31), LocalDate.of(2014, 4, 30)));
        assertThat(admin.rows()).extracting(RoundAdmin.RoundRow::id).containsExactly(second, first);
    }

    @Test
    void aClosedRoundCannotBeChanged() {
        Long id = admin.open(form(year, "First", LocalDate.of(2013, 9, 30), LocalDate.of(2013, 10, 31)));
        admin.close(id, admin.round(id).getVersion());

        assertThatThrownBy(() -> admin.revise(id, RoundForm.of(admin.round(id))))
                .hasMessageContaining("409");
        assertThatThrownBy(() -> admin.saveItems(id, admin.itemsForm(id))).hasMessageContaining("409");
    }

    @Test
    void theDeadlineCannotBeBeforeThePeriodEndAndDatesMustBeReal() {
        RoundForm form = form(year, "Round", LocalDate.of(2013, 9, 30), LocalDate.of(2013, 9, 29));
        assertThatThrownBy(() -> admin.open(form)).isInstanceOfSatisfying(Refusal.class, refusal ->
                assertThat(refusal.problems()).extracting(Refusal.Problem::code)
                        .containsExactly("rounds.deadline.before-period-end"));

        form.setPeriodEnd(DateField.of("31", "2", "2013"));
        form.setDeadline(new DateField());
        assertThatThrownBy(() -> admin.open(form)).isInstanceOfSatisfying(Refusal.class, refusal ->
                assertThat(refusal.problems()).extracting(Refusal.Problem::code)
                        .containsExactly("date.not-real", "rounds.date.required"));
        assertThat(admin.rows()).isEmpty();
    }

    @Test
    void itemsCanBeTakenOutAndReassignedUntilStarted() {
        accountService.create("sam.officer", "Sam Officer", "a long passphrase", Set.of(Role.OFFICER),
                DemoData.partnership(jdbc));
        Long sam = jdbc.queryForObject("select id from account where username = 'sam.officer'", Long.class);
        Long id = admin.open(form(year, "Round", LocalDate.of(2013, 9, 30), LocalDate.of(2013, 10, 31)));
        int before = updates.findByRoundId(id).size();

        ItemsForm items = admin.itemsForm(id);
        items.getItems().get(0).setIncluded(false);
        items.getItems().get(1).setAssigneeId(sam);
        admin.saveItems(id, items);

        assertThat(updates.findByRoundId(id)).hasSize(before - 1);
        assertThat(updateOf(id, Long.valueOf(items.getItems().get(1).getKey().replace("action-", "")))
                .getAssigneeId()).isEqualTo(sam);
        assertThatThrownBy(() -> admin.saveItems(id, items)).as("the form was read before the save").isInstanceOf(StaleEdit.class);

        ItemsForm again = admin.itemsForm(id);
        jdbc.update("update progress_update set state = 'DRAFT' where round_id = ? and action_id = ?", id,
                Long.valueOf(again.getItems().get(1).getKey().replace("action-", "")));
        again.getItems().get(1).setIncluded(false);
        assertThatThrownBy(() -> admin.saveItems(id, again)).isInstanceOfSatisfying(Refusal.class, refusal ->
                assertThat(refusal.problems()).extracting(Refusal.Problem::code).containsExactly("rounds.items.started"));
        assertThat(updates.findByRoundId(id)).hasSize(before - 1);
    }

    @Test
    void updatesOutstandingAfterTheDeadlineAreLateAndOverdue() {
        Long officer = jdbc.queryForObject("select id from account where username = 'officer'", Long.class);
        Long id = admin.open(form(year, "Past round", LocalDate.of(2013, 9, 30), LocalDate.of(2013, 10, 31)));
        ItemsForm items = admin.itemsForm(id);
        items.getItems().get(0).setAssigneeId(officer);
        items.getItems().get(1).setAssigneeId(officer);
        admin.saveItems(id, items);
        jdbc.update("update progress_update set state = 'SUBMITTED', submitted_at = timestamp with time zone "
                + "'2013-10-30 12:00:00+00' where round_id = ? and action_id = ?", id,
                Long.valueOf(items.getItems().get(1).getKey().replace("action-", "")));

        RoundAdmin.Tracker tracker = admin.tracker(id, null);
        assertThat(tracker.late()).isEqualTo(tracker.updates().size() - 1L);
        assertThat(tracker.counts().get(UpdateState.SUBMITTED)).isEqualTo(1);
        assertThat(admin.tracker(id, UpdateState.SUBMITTED).updates()).singleElement()
                .satisfies(u -> assertThat(u.late()).as("submitted before the deadline").isFalse());

        assertThat(myUpdates.of("officer")).extracting(MyUpdates.MyUpdate::state, MyUpdates.MyUpdate::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(UpdateState.NOT_STARTED, true),
                        org.assertj.core.groups.Tuple.tuple(UpdateState.SUBMITTED, false));
        assertThat(myUpdates.of("board")).isEmpty();
    }

    public static RoundForm form(Long year, String name, LocalDate periodEnd, LocalDate deadline) {
        RoundForm form = new RoundForm();
        form.setPlanYearId(year);
        form.setName(name);
        form.setPeriodEnd(DateField.of(periodEnd));
        form.setDeadline(DateField.of(deadline));
        form.setPastDeadlineConfirmed(true); // the demo rounds' deadlines have passed
        return form;
    }

    private ProgressUpdate updateOf(Long roundId, Long actionId) {
        return updates.findByRoundId(roundId).stream().filter(u -> actionId.equals(u.getActionId())).findFirst()
                .orElseThrow();
    }

    private Long firstActionOfYear() {
        return jdbc.queryForObject("select id from plan_action where plan_year_id = ? order by id limit 1", Long.class, year);
    }

    private Long secondActionOfYear() {
        return jdbc.queryForObject("select id from plan_action where plan_year_id = ? order by id offset 1 limit 1",
                Long.class, year);
    }
}
