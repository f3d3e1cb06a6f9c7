package uk.partnershipplans.portal.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.partnershipplans.portal.support.DemoData;
import uk.partnershipplans.portal.support.IntegrationTest;

/**
 * A year's statuses are worked out once for each version of the content: the number that a trigger on every table
 * moves at the commit of each writing transaction, whatever wrote (a page, a script, another node).
 */
@IntegrationTest
class KeptStatusesTest {

    @Autowired
    ProgressService progress;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void everyTableButTheHistoryHasTheTriggerThatCountsChanges() {
        List<String> without = jdbc.queryForList("""
                select t.tablename from pg_tables t
                where t.schemaname = current_schema() and t.tablename not like '%\\_aud'
                  and t.tablename not in ('revinfo', 'flyway_schema_history', 'content_version')
                  and not exists (select 1 from pg_trigger g where g.tgrelid = (quote_ident(t.tablename))::regclass
                                  and g.tgname = 'content_changed')
                  and not exists (select 1 from pg_trigger g where g.tgrelid = (quote_ident(t.tablename))::regclass
                                  and g.tgname = 'content_truncated')""", String.class);
        assertThat(without).as("tables whose changes are not counted: a migration adding a table adds the triggers of"
                + " V37 to it").isEmpty();
    }

    @Test
    void aCommittedTransactionMovesTheNumberOnceAndARolledBackOneNotAtAll() {
        long before = version();
        transaction.executeWithoutResult(status -> {
            jdbc.update("update status_setting set default_tolerance_percent = default_tolerance_percent");
            jdbc.update("update plan set title = title");
        });
        assertThat(version()).isEqualTo(before + 1);
        transaction.executeWithoutResult(status -> {
            jdbc.update("update plan set title = title");
            status.setRollbackOnly();
        });
        assertThat(version()).isEqualTo(before + 1);
    }

    @Test
    void theStatusesAreKeptUntilSomethingChangesAndThenWorkedOutAgain() {
        long year = DemoData.year2013(jdbc);
        YearStatus first = readOnly(year);
        assertThat(readOnly(year)).isSameAs(first);

        Long action = first.actions().get(0).action().id();
        String number = first.actions().get(0).action().number();
        try {
            jdbc.update("update plan_action set number = ? where id = ?", number + "x", action);
            YearStatus changed = readOnly(year);
            assertThat(changed).isNotSameAs(first);
            assertThat(changed.actions()).anySatisfy(a -> assertThat(a.action().number()).isEqualTo(number + "x"));
        } finally {
            jdbc.update("update plan_action set number = ? where id = ?", number, action);
        }
        assertThat(readOnly(year).actions()).anySatisfy(a -> assertThat(a.action().number()).isEqualTo(number));
    }

    @Test
    void nothingIsKeptInsideATransactionThatMayWrite() {
        long year = DemoData.year2013(jdbc);
        YearStatus kept = readOnly(year);
        transaction.executeWithoutResult(status -> {
            assertThat(progress.yearStatus(year, null).orElseThrow()).isNotSameAs(kept);
            status.setRollbackOnly();
        });
    }

    private YearStatus readOnly(long year) {
        return progress.yearStatus(year, null).orElseThrow();
    }

    private long version() {
        return jdbc.queryForObject("select version from content_version", Long.class);
    }
}
