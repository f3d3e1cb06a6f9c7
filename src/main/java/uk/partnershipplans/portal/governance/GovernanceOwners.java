package uk.partnershipplans.portal.governance;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.shared.RecordOwners;

/**
 * The partnership of each governance record an address names: that of the plan an assessment is of, and for a
 * protected characteristic the partnership that adds it (none for the installation's list).
 */
@Component
class GovernanceOwners implements RecordOwners {

    private static final String OF_ASSESSMENT = " join plan p on p.id = a.plan_id";

    @Override
    public Map<String, String> ownerQueries() {
        return Map.of(
                "equality-assessments", "select p.partnership_id from equality_assessment a" + OF_ASSESSMENT
                        + " where a.id = ?",
                "assessment-parts", "select p.partnership_id from equality_assessment_part t"
                        + " join equality_assessment a on a.id = t.assessment_id" + OF_ASSESSMENT + " where t.id = ?",
                "assessment-rows", "select p.partnership_id from equality_assessment_row r"
                        + " join equality_assessment_part t on t.id = r.part_id"
                        + " join equality_assessment a on a.id = t.assessment_id" + OF_ASSESSMENT + " where r.id = ?",
                "assessment-actions", "select p.partnership_id from equality_assessment_action c"
                        + " join equality_assessment_part t on t.id = c.part_id"
                        + " join equality_assessment a on a.id = t.assessment_id" + OF_ASSESSMENT + " where c.id = ?",
                "protected-characteristics", "select partnership_id from protected_characteristic where id = ?");
    }
}
