package uk.partnershipplans.portal.plan.model.indicator;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    Optional<Indicator> findByPartnershipIdAndName(Long partnershipId, String name);

    Page<Indicator> findByPartnershipIdIn(Collection<Long> partnershipIds, Pageable pageable);

    Optional<Indicator> findFirstByPartnershipIdAndNameIgnoreCase(Long partnershipId, String name);

    Optional<Indicator> findFirstByPartnershipIdAndCodeIgnoreCase(Long partnershipId, String code);

    long countByPartnershipId(Long partnershipId);
}
