package uk.partnershipplans.portal.plan.model;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.shared.RecordOwners;

/** The partnership of each plan record an address names: the partnership of its plan, indicator or framework. */
@Component
class PlanOwners implements RecordOwners {

    private static final String OF_YEAR = " join plan_year y on y.id = %s.plan_year_id join plan p on p.id = y.plan_id";

    @Override
    public Map<String, String> ownerQueries() {
        return Map.ofEntries(
                Map.entry("plans", "select partnership_id from plan where id = ?"),
                Map.entry("plan-years", "select p.partnership_id from plan_year y join plan p on p.id = y.plan_id"
                        + " where y.id = ?"),
                Map.entry("priorities", ofYear("priority")),
                Map.entry("priority-groups", ofYear("priority_group")),
                Map.entry("actions", ofYear("plan_action")),
                Map.entry("plan-year-indicators", ofYear("plan_year_indicator")),
                Map.entry("milestones", "select p.partnership_id from milestone r join priority pr on pr.id = r.priority_id"
                        + String.format(OF_YEAR, "pr") + " where r.id = ?"),
                Map.entry("indicators", "select partnership_id from indicator where id = ?"),
                Map.entry("indicator-values", ofIndicator()),
                Map.entry("values", ofIndicator()),
                Map.entry("frameworks", "select partnership_id from external_framework where id = ?"),
                Map.entry("ambitions", "select f.partnership_id from framework_ambition a"
                        + " join external_framework f on f.id = a.framework_id where a.id = ?"),
                Map.entry("plan-sections", ofPlan("plan_section")),
                Map.entry("initiatives", ofPlan("supported_initiative")),
                Map.entry("plan-partners", ofPlan("plan_partner")),
                Map.entry("references", ofPlan("plan_reference")),
                Map.entry("themes", ofPlan("key_theme")),
                Map.entry("principles", ofPlan("principle")),
                Map.entry("strategic-objectives", ofPlan("strategic_objective")),
                Map.entry("operational-objectives", "select p.partnership_id from operational_objective r"
                        + " join strategic_objective s on s.id = r.strategic_objective_id join plan p on p.id = s.plan_id"
                        + " where r.id = ?"));
    }

    private static String ofYear(String table) {
        return "select p.partnership_id from " + table + " r" + String.format(OF_YEAR, "r") + " where r.id = ?";
    }

    private static String ofPlan(String table) {
        return "select p.partnership_id from " + table + " r join plan p on p.id = r.plan_id where r.id = ?";
    }

    private static String ofIndicator() {
        return "select i.partnership_id from indicator_value r join indicator i on i.id = r.indicator_id where r.id = ?";
    }
}
