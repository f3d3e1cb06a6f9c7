package uk.partnershipplans.portal.report;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.shared.RecordOwners;

/** The partnership of each report record an address names: that of the plan its committee report is on. */
@Component
class ReportOwners implements RecordOwners {

    private static final String OF_REPORT = " join plan_year y on y.id = r.plan_year_id join plan p on p.id = y.plan_id";

    @Override
    public Map<String, String> ownerQueries() {
        return Map.of(
                "committee-reports", "select p.partnership_id from committee_report r" + OF_REPORT + " where r.id = ?",
                "implications", "select p.partnership_id from committee_report_implication i"
                        + " join committee_report r on r.id = i.report_id" + OF_REPORT + " where i.id = ?",
                "recommendations", "select p.partnership_id from committee_report_recommendation c"
                        + " join committee_report r on r.id = c.report_id" + OF_REPORT + " where c.id = ?");
    }
}
