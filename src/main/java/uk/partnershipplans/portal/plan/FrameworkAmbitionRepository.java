package uk.partnershipplans.portal.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FrameworkAmbitionRepository extends JpaRepository<FrameworkAmbition, Long> {

    Optional<FrameworkAmbition> findFirstByFrameworkIdAndShortNameIgnoreCase(Long frameworkId, String shortName);
}
