package uk.partnershipplans.portal.plan.model;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PriorityGroupRepository extends JpaRepository<PriorityGroup, Long> {

    @Query("select distinct g from PriorityGroup g left join fetch g.priorities where g.planYear.id = :yearId order by g.position")
    List<PriorityGroup> findWithPrioritiesByPlanYearId(Long yearId);

    @Query("select coalesce(max(g.position), 0) from PriorityGroup g where g.planYear.id = :yearId")
    int lastPosition(Long yearId);
}
