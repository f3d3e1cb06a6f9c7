package uk.partnershipplans.portal.plan.model;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanReferenceRepository extends JpaRepository<PlanReference, Long> {

    List<PlanReference> findByPlanIdOrderByPositionAscIdAsc(Long planId);

    @Query("select coalesce(max(r.position), 0) from PlanReference r where r.plan.id = :planId")
    int lastPosition(Long planId);
}
