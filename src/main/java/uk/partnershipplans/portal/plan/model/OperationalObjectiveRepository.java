package uk.partnershipplans.portal.plan.model;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OperationalObjectiveRepository extends JpaRepository<OperationalObjective, Long> {

    Optional<OperationalObjective> findFirstByStrategicObjectivePlanIdAndNumberIgnoreCase(Long planId, String number);
}
