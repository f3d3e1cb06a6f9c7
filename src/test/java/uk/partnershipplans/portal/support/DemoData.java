package uk.partnershipplans.portal.support;

import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the demo data is called, for tests that read it. */
public final class DemoData {

    /** The demo plan whose 2013-14 year reproduces the council papers. */
    public static final String PLAN_2011 = "Children, Young People and Families Plan 2011-14";

    /** The later demo plan, of two years. */
    public static final String PLAN_2014 = "Children, Young People and Families Plan 2014-16";

    /** The demo partnership, whose plans these are. */
    public static final String PARTNERSHIP = "Nottinghamshire Children's Trust";

    /** The demo partnership's id, as a set of one: the partnerships of an account made by a test. */
    public static Set<Long> partnership(JdbcTemplate jdbc) {
        return Set.of(jdbc.queryForObject("select id from partnership where name = ?", Long.class, PARTNERSHIP));
    }

    /** The id of the demo plan's 2013-14 year, the one the council papers describe. */
    public static long year2013(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select y.id from plan_year y join plan p on p.id = y.plan_id where p.title = ? "
                + "and y.label = '2013-14'", Long.class, PLAN_2011);
    }

    private DemoData() {
    }
}
