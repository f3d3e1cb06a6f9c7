package uk.partnershipplans.portal.partner;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnershipMembershipRepository extends JpaRepository<PartnershipMembership, Long> {

    long countByPartnershipId(Long partnershipId);

    /** The organisations that are members of the partnership, by name, each once. */
    @Query("select distinct o from PartnershipMembership m join m.organisation o where m.partnership.id = :partnershipId order by o.name")
    List<PartnerOrganisation> organisationsOf(Long partnershipId);
}
