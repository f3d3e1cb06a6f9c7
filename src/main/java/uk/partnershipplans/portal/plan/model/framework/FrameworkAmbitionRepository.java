package uk.partnershipplans.portal.plan.model.framework;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FrameworkAmbitionRepository extends JpaRepository<FrameworkAmbition, Long> {

    Optional<FrameworkAmbition> findFirstByFrameworkIdAndShortNameIgnoreCase(Long frameworkId, String shortName);
}
