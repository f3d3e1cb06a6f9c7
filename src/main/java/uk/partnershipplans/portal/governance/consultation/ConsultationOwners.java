package uk.partnershipplans.portal.governance.consultation;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.shared.RecordOwners;

/** The partnership of a consultation or submission an address names: that of the plan it consults on. */
@Component
class ConsultationOwners implements RecordOwners {

    private static final String OF_YEAR = " join plan_year y on y.id = c.plan_year_id join plan p on p.id = y.plan_id";

    @Override
    public Map<String, String> ownerQueries() {
        return Map.of(
                "consultations", "select p.partnership_id from consultation c" + OF_YEAR + " where c.id = ?",
                "submissions", "select p.partnership_id from consultation_submission s"
                        + " join consultation c on c.id = s.consultation_id" + OF_YEAR + " where s.id = ?");
    }
}
