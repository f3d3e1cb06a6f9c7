package uk.partnershipplans.portal.governance.risk;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RiskRepository extends JpaRepository<Risk, Long> {

    /** A page of a plan's risks scored from {@code lowest} to {@code highest}, the highest score first. */
    @Query(value = """
            select r from Risk r where r.planId = :planId and r.likelihood * r.impact between :lowest and :highest
            order by r.likelihood * r.impact desc, r.reviewDate, r.title, r.id""",
            countQuery = """
            select count(r) from Risk r where r.planId = :planId and r.likelihood * r.impact between :lowest and :highest""")
    Page<Risk> register(@Param("planId") Long planId, @Param("lowest") int lowest, @Param("highest") int highest,
            Pageable page);

    long countByPlanId(Long planId);

    long countByPlanYearId(Long planYearId);

    @Query("select count(r) from Risk r join r.priorityIds p where p = :priorityId")
    long countNamingPriority(@Param("priorityId") Long priorityId);
}
