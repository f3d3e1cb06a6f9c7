package uk.partnershipplans.portal.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OperationalObjectiveRepository extends JpaRepository<OperationalObjective, Long> {

    Optional<OperationalObjective> findFirstByStrategicObjectivePlanIdAndNumberIgnoreCase(Long planId, String number);
}
