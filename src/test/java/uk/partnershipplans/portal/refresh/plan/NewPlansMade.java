package uk.partnershipplans.portal.refresh.plan;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The plans tests start from a previous plan, removed afterwards: found by the refreshes that started them. */
public final class NewPlansMade {

    private NewPlansMade() {
    }

    /** Removes every plan started from a previous one, with its first year, what that year reports and its refresh. */
    public static void removeAll(JdbcTemplate jdbc) {
        List<Long> made = jdbc.queryForList("select y.plan_id from plan_refresh r join plan_year y on y.id = r.to_year_id"
                + " where r.kind = 'NEW_PLAN'", Long.class);
        jdbc.update("delete from plan_refresh where kind = 'NEW_PLAN'");
        for (Long id : made) {
            jdbc.update("delete from plan_year_indicator where plan_year_id in (select id from plan_year where plan_id = ?)", id);
            jdbc.update("delete from plan_year where plan_id = ?", id);
            jdbc.update("delete from plan where id = ?", id);
        }
    }
}
