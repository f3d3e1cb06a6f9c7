package uk.partnershipplans.portal.plan.model;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PriorityRepository extends JpaRepository<Priority, Long> {

    List<Priority> findByPlanYearIdOrderByPosition(Long planYearId);

    @Query("select p from Priority p left join fetch p.operationalObjective where p.planYear.id = :planYearId order by p.position")
    List<Priority> findWithObjectiveByPlanYearId(Long planYearId);

    Optional<Priority> findFirstByPlanYearIdAndNumberIgnoreCase(Long planYearId, String number);

    long countByPlanYearId(Long planYearId);

    long countByPlanYearPlanId(Long planId);

    long countByOperationalObjectiveId(Long operationalObjectiveId);

    long countByOperationalObjectiveStrategicObjectiveId(Long strategicObjectiveId);

    @Query("select coalesce(max(p.position), 0) from Priority p where p.planYear.id = :planYearId")
    int lastPosition(Long planYearId);
}
