package uk.partnershipplans.portal.partner;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnershipMembershipRepository extends JpaRepository<PartnershipMembership, Long> {

    long countByPartnershipId(Long partnershipId);
}
