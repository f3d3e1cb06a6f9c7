package uk.partnershipplans.portal.reporting.update;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipplans.portal.reporting.round.ReportingRound;
import uk.partnershipplans.portal.reporting.round.ReportingRoundRepository;
import uk.partnershipplans.portal.support.DemoData;

/**
 * A reporting round for the demo 2013-14 year, made through the module's repositories (the admin pages that open
 * rounds are built separately): action 1 (with four milestones) and the breast-feeding indicator (a percentage reported
 * by financial year) assigned to the {@code officer} demo account, the period ending 31 March 2014. Made by each test
 * from the context's beans rather than imported as a bean, so that the tests share the suite's Spring context.
 */
public class UpdateFixture {

    static final String PLAN_2011 = "Children, Young People and Families Plan 2011-14";

    private final JdbcTemplate jdbc;
    private final ReportingRoundRepository rounds;
    private final ProgressUpdateRepository updates;

    public UpdateFixture(ApplicationContext context) {
        this(context.getBean(JdbcTemplate.class), context.getBean(ReportingRoundRepository.class),
                context.getBean(ProgressUpdateRepository.class));
    }

    UpdateFixture(JdbcTemplate jdbc, ReportingRoundRepository rounds, ProgressUpdateRepository updates) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.updates = updates;
    }

    /** The ids of a fresh round's two updates; any earlier round of the year is removed first. */
    public record Round(long roundId, long actionUpdateId, long indicatorUpdateId, long actionId, long indicatorId) {
    }

    public Round freshRound() {
        jdbc.update("delete from reporting_round where plan_year_id = ?", year2013());
        return openRound("Six-monthly review, March 2014", LocalDate.of(2014, 3, 31), LocalDate.of(2014, 4, 30));
    }

    /** Opens another round of the year, with the same two updates; the year's other rounds must be closed. */
    public Round openRound(String name, LocalDate periodEnd, LocalDate deadline) {
        long year = year2013();
        ReportingRound round = rounds.save(new ReportingRound(year, name, periodEnd, deadline, Instant.now()));
        long actionId = jdbc.queryForObject("select id from plan_action where plan_year_id = ? and number = '1'",
                Long.class, year);
        long indicatorId = jdbc.queryForObject("select id from indicator where name like 'Breast-feeding prevalence rates "
                + "at 6-8weeks (Notts NHS)%'", Long.class);
        ProgressUpdate action = updates.save(ProgressUpdate.ofAction(round, actionId, accountId("officer")));
        ProgressUpdate indicator = updates.save(ProgressUpdate.ofIndicator(round, indicatorId, accountId("officer")));
        return new Round(round.getId(), action.getId(), indicator.getId(), actionId, indicatorId);
    }

    /**
     * Opens a round of the plan year with an update of each of its actions and indicators, all assigned to the account
     * named {@code username}; the year must have no open round.
     */
    public Round roundOfEverything(long year, String username) {
        ReportingRound round = rounds.save(new ReportingRound(year, "Round of every action and indicator",
                LocalDate.of(2014, 3, 31), LocalDate.of(2014, 4, 30), Instant.now()));
        long assignee = accountId(username);
        List<Long> actions = jdbc.queryForList("select id from plan_action where plan_year_id = ? order by id", Long.class, year);
        List<Long> indicators = jdbc.queryForList("select indicator_id from plan_year_indicator where plan_year_id = ? "
                + "order by indicator_id", Long.class, year);
        List<ProgressUpdate> made = new ArrayList<>();
        actions.forEach(action -> made.add(ProgressUpdate.ofAction(round, action, assignee)));
        indicators.forEach(indicator -> made.add(ProgressUpdate.ofIndicator(round, indicator, assignee)));
        List<ProgressUpdate> saved = updates.saveAll(made);
        return new Round(round.getId(), saved.get(0).getId(), saved.get(actions.size()).getId(), actions.get(0),
                indicators.get(0));
    }

    /** Names the account as the round's lead for the priorities the action serves. */
    public void nameLeadOfActionPriorities(Round round, String username) {
        jdbc.update("insert into reporting_round_lead (round_id, priority_id, account_id) "
                + "select ?, priority_id, ? from action_priority where action_id = ?",
                round.roundId(), accountId(username), round.actionId());
    }

    long accountId(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    long year2013() {
        return DemoData.year2013(jdbc);
    }
}
