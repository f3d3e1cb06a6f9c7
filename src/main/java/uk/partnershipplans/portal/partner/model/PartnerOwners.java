package uk.partnershipplans.portal.partner.model;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.shared.RecordOwners;

/**
 * The partnership of each partner record an address names. Organisations and their kinds are the installation's
 * directory, shared by its partnerships (the same police force serves several); their memberships belong to the
 * partnership joined.
 */
@Component
class PartnerOwners implements RecordOwners {

    @Override
    public Map<String, String> ownerQueries() {
        return Map.of(
                "partnerships", "select id from partnership where id = ?",
                "groups", "select partnership_id from partner_group where id = ?",
                "members", "select g.partnership_id from group_member m join partner_group g on g.id = m.group_id"
                        + " where m.id = ?",
                "memberships", "select partnership_id from partnership_membership where id = ?");
    }

    @Override
    public Set<String> sharedKinds() {
        return Set.of("partners", "partner-kinds");
    }
}
