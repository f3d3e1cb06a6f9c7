package uk.partnershipplans.portal.plan.model.indicator;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanYearIndicatorRepository extends JpaRepository<PlanYearIndicator, Long> {

    @Query("select r from PlanYearIndicator r join fetch r.planYear y join fetch y.plan where r.indicator.id = :indicatorId "
            + "order by y.startDate desc")
    List<PlanYearIndicator> findWithYearByIndicatorId(Long indicatorId);

    @Query("select r from PlanYearIndicator r join fetch r.indicator where r.planYear.id = :planYearId order by r.position")
    List<PlanYearIndicator> findWithIndicatorByPlanYearId(Long planYearId);

    Optional<PlanYearIndicator> findByPlanYearIdAndIndicatorId(Long planYearId, Long indicatorId);

    long countByPlanYearId(Long planYearId);

    long countByIndicatorId(Long indicatorId);

    @Query("select coalesce(max(r.position), 0) from PlanYearIndicator r where r.planYear.id = :planYearId")
    int lastPosition(Long planYearId);
}
