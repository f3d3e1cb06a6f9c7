package uk.partnershipplans.portal.account;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.partnershipplans.portal.shared.RecordOwners;

/**
 * The partnerships of an account an address names: an admin of one of them may keep it; an account of none (an admin
 * of the installation) only admins of the installation.
 */
@Component
class AccountOwners implements RecordOwners {

    @Override
    public Map<String, String> ownerQueries() {
        return Map.of("accounts", "select ap.partnership_id from account a"
                + " left join account_partnership ap on ap.account_id = a.id where a.id = ?");
    }
}
