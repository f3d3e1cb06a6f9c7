package uk.partnershipplans.portal.governance.risk;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.shared.RecordOwners;

/** The partnership of each risk an address names: that of the plan whose register it is in. */
@Component
class RiskOwners implements RecordOwners {

    @Override
    public Map<String, String> ownerQueries() {
        return Map.of("risks", "select p.partnership_id from plan_risk r join plan p on p.id = r.plan_id where r.id = ?");
    }
}
