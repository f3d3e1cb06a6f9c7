package uk.partnershipplans.portal.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    Optional<Indicator> findByPartnershipIdAndName(Long partnershipId, String name);
}
