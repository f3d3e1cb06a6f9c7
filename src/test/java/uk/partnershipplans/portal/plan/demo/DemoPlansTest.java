package uk.partnershipplans.portal.plan.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.partnershipplans.portal.support.DemoData.PLAN_2011;
import static uk.partnershipplans.portal.support.DemoData.PLAN_2014;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.partnershipplans.portal.support.IntegrationTest;

/** The demo data, loaded into PostgreSQL, reproduces the counts and ticks of the council papers. */
@IntegrationTest
class DemoPlansTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the2013To14YearHasSevenPrioritiesSeventeenActionsAndTwentyTwoIndicators() {
        assertThat(count("select count(*) from priority p join plan_year y on y.id = p.plan_year_id join plan on plan.id = y.plan_id "
                + "where plan.title = ? and y.label = '2013-14'", PLAN_2011)).isEqualTo(7);
        assertThat(count("select count(*) from plan_action a join plan_year y on y.id = a.plan_year_id join plan on plan.id = y.plan_id "
                + "where plan.title = ? and y.label = '2013-14'", PLAN_2011)).isEqualTo(17);
        assertThat(count("select count(*) from plan_year_indicator i join plan_year y on y.id = i.plan_year_id join plan on plan.id = y.plan_id "
                + "where plan.title = ? and y.label = '2013-14'", PLAN_2011)).isEqualTo(22);
        assertThat(count("select count(*) from key_theme t join plan on plan.id = t.plan_id where plan.title = ?", PLAN_2011)).isEqualTo(4);
    }

    @Test
    void the2014To16PlanHasFivePrioritiesAndItsSectionFourIndicators() {
        assertThat(count("select count(*) from priority p join plan_year y on y.id = p.plan_year_id join plan on plan.id = y.plan_id "
                + "where plan.title = ?", PLAN_2014)).isEqualTo(5);
        assertThat(count("select count(*) from plan_year_indicator i join plan_year y on y.id = i.plan_year_id join plan on plan.id = y.plan_id "
                + "where plan.title = ? and not i.in_development", PLAN_2014)).isEqualTo(32);
        assertThat(count("select count(*) from plan_year_indicator i join plan_year y on y.id = i.plan_year_id join plan on plan.id = y.plan_id "
                + "where plan.title = ? and i.in_development", PLAN_2014)).isEqualTo(1);
    }

    /**
     * The first column of section 3.8 heads priorities 3.1, 3.4, 3.5 and 3.6 together (and so does the first column of
     * section 6, with its footnote): a tick under it links the action to all four.
     */
    @Test
    void actionsAreLinkedToPrioritiesAsTickedInSection3Point8() {
        assertThat(prioritiesOfAction("Establish the Integrated Commissioning Hub, to be fully operational by September 2013"))
                .containsExactlyInAnyOrder("3.1", "3.4", "3.5", "3.6", "3.2", "3.3", "3.7");
        assertThat(jdbc.queryForMap("select g.actions_heading, g.indicators_heading, g.footnote, "
                + "(select string_agg(p.number, ' ' order by p.number) from priority_group_member m join priority p "
                + "on p.id = m.priority_id where m.group_id = g.id) as numbers from priority_group g"
                + " join plan_year y on y.id = g.plan_year_id where y.label = '2013-14'"))
                .containsEntry("numbers", "3.1 3.4 3.5 3.6")
                .containsEntry("indicators_heading", "Improve early help services *")
                .containsEntry("footnote", "* This includes child poverty, closing the gaps, achievement at age 16-19 and "
                        + "employment for young adults")
                .hasEntrySatisfying("actions_heading", heading -> assertThat((String) heading)
                        .startsWith("Implement Nottinghamshire's Early Intervention and Prevention Strategy, including:"));
        assertThat(count("select count(*) from action_priority ap join priority p on p.id = ap.priority_id "
                + "join plan_year y on y.id = p.plan_year_id where y.label = '2013-14' and p.number = '3.5'"))
                .as("priority 3.5 has the actions ticked under the group's column").isEqualTo(
                        count("select count(*) from action_priority ap join priority p on p.id = ap.priority_id "
                                + "join plan_year y on y.id = p.plan_year_id where y.label = '2013-14' and p.number = '3.1'"))
                .isPositive();
        assertThat(prioritiesOfAction("Support the embedding of the MASH")).containsExactly("3.2");
        assertThat(prioritiesOfAction("Continue work to implement the Autistic Spectrum Disorder Pathway")).containsExactly("3.3", "3.7");
    }

    /** Priorities 3.5 and 3.6 word the same commitment of action 1 alike: the action holds it once. */
    @Test
    void theSameCommitmentIsHeldOnceForAnAction() {
        assertThat(jdbc.queryForList("select lower(m.text) from milestone m join plan_action a on a.id = m.action_id "
                + "join plan_year y on y.id = a.plan_year_id where y.label = '2013-14' and a.number = '1' "
                + "group by lower(m.text) having count(*) > 1", String.class)).isEmpty();
        assertThat(count("select count(*) from milestone m join priority p on p.id = m.priority_id join plan_year y "
                + "on y.id = p.plan_year_id where y.label = '2013-14' and p.number = '3.6' and m.text like 'Partnership "
                + "activities towards closing the gaps%'")).as("priority 3.6 still lists it").isEqualTo(1);
    }

    @Test
    void indicatorsCarryPrimaryAndAdditionalTicksAndTheDocumentsFigures() {
        assertThat(jdbc.queryForList("select p.number || case when ip.is_primary then ' primary' else ' additional' end "
                + "from indicator_priority ip join indicator i on i.id = ip.indicator_id join priority p on p.id = ip.priority_id "
                + "where i.name like 'Number of families with a single assessment%' order by p.number", String.class))
                .containsExactly("3.1 additional", "3.2 additional", "3.3 primary", "3.4 additional", "3.5 additional",
                        "3.6 additional");
        assertThat(jdbc.queryForMap("select v.figure, v.provisional, v.period_label from indicator_value v join indicator i on i.id = v.indicator_id "
                + "where i.name = 'Percentage of young people in academic years 12-14 not in education, employment or training' "
                + "and v.period_label = '2012/13 annual'"))
                .containsEntry("provisional", true).containsEntry("period_label", "2012/13 annual")
                .hasEntrySatisfying("figure", figure -> assertThat(((java.math.BigDecimal) figure).doubleValue()).isEqualTo(2.5));
        assertThat(jdbc.queryForObject("select v.not_available_reason from indicator_value v join indicator i on i.id = v.indicator_id "
                + "where i.name = 'Breast-feeding prevalence rates at 6-8weeks (Notts NHS)' and v.period_label = '2012/13 annual'", String.class))
                .isEqualTo("tbc");
    }

    @Test
    void figuresKeepTheDecimalPlacesThePapersPrint() {
        assertThat(decimalsOf("Early years foundation stage attainment", "2011/12 academic")).isEqualTo(1); // 64.0%
        assertThat(decimalsOf("Percentage of overall absence in primary, secondary and special schools", "2011/12 academic"))
                .isEqualTo(2); // 5.00%
        assertThat(decimalsOf("The number of contacts made to Children's Social Care", "2012/13 Q4 & annual"))
                .isEqualTo(0); // 15,642
    }

    private Integer decimalsOf(String indicator, String period) {
        return jdbc.queryForObject("select v.figure_decimals from indicator_value v join indicator i on i.id = v.indicator_id "
                + "where i.name = ? and v.period_label = ?", Integer.class, indicator, period);
    }

    @Test
    void theSeptember2012PositionSaysWhichIndicatorsWereAboveAndBelowTheNationalAverage() {
        List<String> comparisons = jdbc.queryForList("select national_comparison from indicator_value where period_label = 'September 2012' "
                + "and figure is null", String.class);
        assertThat(comparisons).contains("Better than the national average", "Worse than the national average");
    }

    @Test
    void partnerListsShowTheChangesBetweenThePlans() {
        assertThat(partnersNamedIn(PLAN_2011)).contains("Jobcentre Plus").doesNotContain("NHS Rushcliffe CCG", "Schools and colleges");
        assertThat(partnersNamedIn(PLAN_2014)).contains("NHS Rushcliffe CCG", "Schools and colleges", "Derbyshire and Nottinghamshire Area Team")
                .doesNotContain("Jobcentre Plus");
    }

    private List<String> prioritiesOfAction(String text) {
        return jdbc.queryForList("select p.number from action_priority ap join plan_action a on a.id = ap.action_id "
                + "join priority p on p.id = ap.priority_id where a.text = ? order by p.number", String.class, text);
    }

    private List<String> partnersNamedIn(String planTitle) {
        return jdbc.queryForList("select o.name from plan_partner pp join partner_organisation o on o.id = pp.organisation_id "
                + "join plan on plan.id = pp.plan_id where plan.title = ?", String.class, planTitle);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
