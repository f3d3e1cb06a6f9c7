package uk.partnershipplans.portal.plan.model;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

    List<PlanAction> findByPlanYearIdOrderByPosition(Long planYearId);

    /** The actions serving any of these priorities, with all the priorities each serves, in one query. */
    @Query("select distinct a from PlanAction a left join fetch a.priorities where a.id in "
            + "(select s.id from PlanAction s join s.priorities p where p.id in :priorityIds)")
    List<PlanAction> findServingAnyWithPriorities(Collection<Long> priorityIds);

    long countByPlanYearId(Long planYearId);

    long countByPlanYearPlanId(Long planId);

    @Query("select count(a) from PlanAction a join a.priorities p where p.id = :priorityId")
    long countByPriorityId(Long priorityId);

    @Query("select count(distinct a) from PlanAction a join a.ambitions m where m.id = :ambitionId")
    long countByAmbitionId(Long ambitionId);

    @Query("select count(distinct a) from PlanAction a join a.ambitions m where m.framework.id = :frameworkId")
    long countByFrameworkId(Long frameworkId);
}
