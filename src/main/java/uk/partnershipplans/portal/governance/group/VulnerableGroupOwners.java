package uk.partnershipplans.portal.governance.group;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.shared.RecordOwners;

/** The partnership of each vulnerable group an address names: that of its plan. */
@Component
class VulnerableGroupOwners implements RecordOwners {

    @Override
    public Map<String, String> ownerQueries() {
        return Map.of("vulnerable-groups",
                "select p.partnership_id from vulnerable_group g join plan p on p.id = g.plan_id where g.id = ?");
    }
}
