package uk.partnershipplans.portal.reporting;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.shared.RecordOwners;

/** The partnership of each reporting record an address names: that of the plan its round reports on. */
@Component
class ReportingOwners implements RecordOwners {

    private static final String OF_ROUND = " join reporting_round o on o.id = %s.round_id join plan_year y on y.id = o.plan_year_id"
            + " join plan p on p.id = y.plan_id";

    @Override
    public Map<String, String> ownerQueries() {
        return Map.of(
                "rounds", "select p.partnership_id from reporting_round o join plan_year y on y.id = o.plan_year_id"
                        + " join plan p on p.id = y.plan_id where o.id = ?",
                "updates", "select p.partnership_id from progress_update u" + String.format(OF_ROUND, "u")
                        + " where u.id = ?",
                "figure-imports", "select p.partnership_id from figure_import f join plan_year y on y.id = f.plan_year_id"
                        + " join plan p on p.id = y.plan_id where f.id = ?",
                "attachments", "select p.partnership_id from progress_update_attachment f"
                        + " join progress_update u on u.id = f.update_id" + String.format(OF_ROUND, "u")
                        + " where f.id = ?");
    }
}
