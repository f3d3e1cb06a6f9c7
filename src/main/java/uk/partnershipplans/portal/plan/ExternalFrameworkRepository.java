package uk.partnershipplans.portal.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExternalFrameworkRepository extends JpaRepository<ExternalFramework, Long> {

    Optional<ExternalFramework> findByPartnershipIdAndName(Long partnershipId, String name);
}
