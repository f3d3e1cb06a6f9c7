package uk.partnershipplans.portal.plan.model;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

    List<PlanAction> findByPlanYearIdOrderByPosition(Long planYearId);

    long countByPlanYearId(Long planYearId);

    long countByPlanYearPlanId(Long planId);

    @Query("select count(a) from PlanAction a join a.priorities p where p.id = :priorityId")
    long countByPriorityId(Long priorityId);

    @Query("select count(distinct a) from PlanAction a join a.ambitions m where m.id = :ambitionId")
    long countByAmbitionId(Long ambitionId);

    @Query("select count(distinct a) from PlanAction a join a.ambitions m where m.framework.id = :frameworkId")
    long countByFrameworkId(Long frameworkId);
}
