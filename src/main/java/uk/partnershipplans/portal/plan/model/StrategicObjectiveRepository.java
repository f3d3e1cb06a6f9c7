package uk.partnershipplans.portal.plan.model;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StrategicObjectiveRepository extends JpaRepository<StrategicObjective, Long> {

    @Query("select distinct s from StrategicObjective s left join fetch s.operationalObjectives where s.plan.id = :planId "
            + "order by s.number")
    List<StrategicObjective> findWithOperationalByPlanId(Long planId);

    Optional<StrategicObjective> findFirstByPlanIdAndNumberIgnoreCase(Long planId, String number);
}
