package uk.partnershipplans.portal.plan.model.framework;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExternalFrameworkRepository extends JpaRepository<ExternalFramework, Long> {

    Optional<ExternalFramework> findByPartnershipIdAndName(Long partnershipId, String name);

    List<ExternalFramework> findByPartnershipIdOrderByName(Long partnershipId);

    Page<ExternalFramework> findByPartnershipIdIn(Collection<Long> partnershipIds, Pageable pageable);

    Optional<ExternalFramework> findFirstByPartnershipIdAndNameIgnoreCase(Long partnershipId, String name);

    long countByPartnershipId(Long partnershipId);
}
