package uk.partnershipplans.portal.partner;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerGroupRepository extends JpaRepository<PartnerGroup, Long> {

    List<PartnerGroup> findByPartnershipIdOrderByName(Long partnershipId);

    long countByPartnershipId(Long partnershipId);
}
