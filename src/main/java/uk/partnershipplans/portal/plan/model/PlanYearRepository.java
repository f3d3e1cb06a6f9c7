package uk.partnershipplans.portal.plan.model;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.partnershipplans.portal.plan.PlanStatus;

public interface PlanYearRepository extends JpaRepository<PlanYear, Long> {

    List<PlanYear> findByPlanIdOrderByStartDate(Long planId);

    Optional<PlanYear> findFirstByPlanIdAndLabelIgnoreCase(Long planId, String label);

    long countByPlanId(Long planId);

    List<PlanYear> findByStatus(PlanStatus status);

    /** The plan years of a partnership's plans, newest plan first, for choosing where an indicator is reported. */
    @Query("select y from PlanYear y join fetch y.plan p where p.partnershipId = :partnershipId order by p.startYear desc, y.startDate")
    List<PlanYear> findWithPlanByPartnershipId(Long partnershipId);
}
